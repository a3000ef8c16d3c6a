# Runs lupdate over app/ and forms/ into a copy of translations/nianbao_zh_CN.ts and fails
# when any message is new or left unfinished: a Chinese clerk would see English there.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/nianbao_zh_CN.ts")
file(COPY_FILE "${SOURCE_DIR}/translations/nianbao_zh_CN.ts" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -locations none -no-obsolete "${SOURCE_DIR}/app" "${SOURCE_DIR}/forms" -ts "${copy}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(STRINGS "${copy}" unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    file(STRINGS "${copy}" lines)
    set(previous "")
    set(report "")
    foreach(line IN LISTS lines)
        if(line MATCHES "type=\"unfinished\"")
            string(APPEND report "  ${previous}\n")
        endif()
        set(previous "${line}")
    endforeach()
    message(FATAL_ERROR "${count} message(s) have no Chinese translation; run "
        "`cmake --build build --target update_translations` and translate them:\n${report}")
endif()
message(STATUS "every message is translated")
