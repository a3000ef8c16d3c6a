# The MIME package as shared-mime-info reads it: update-mime-database into an empty folder
# must accept it and map *.nianbao.json to the report type, a subclass of JSON.
# cmake -DMIME_XML=… -DWORK_DIR=… -P checkmime.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/packages")
configure_file("${MIME_XML}" "${WORK_DIR}/packages/nianbao.xml" COPYONLY)
execute_process(COMMAND update-mime-database -V "${WORK_DIR}" RESULT_VARIABLE result ERROR_VARIABLE errors OUTPUT_VARIABLE output)
if(NOT result EQUAL 0 OR errors MATCHES "[Ww]arning|[Ee]rror")
    message(FATAL_ERROR "update-mime-database refused the MIME package (${result}): ${errors}")
endif()
file(READ "${WORK_DIR}/globs2" globs)
if(NOT globs MATCHES "application/x-nianbao-report\\+json:\\*\\.nianbao\\.json")
    message(FATAL_ERROR "no glob *.nianbao.json in globs2:\n${globs}")
endif()
file(READ "${WORK_DIR}/subclasses" subclasses)
if(NOT subclasses MATCHES "application/x-nianbao-report\\+json application/json")
    message(FATAL_ERROR "not a subclass of application/json:\n${subclasses}")
endif()
