# The Debian package (scripts/package.sh): nianbao_<version>_<arch>.deb, made by CPack.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nianbao)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Nianbao")
set(CPACK_PACKAGE_CONTACT "Nianbao maintainers <maintainers@users.noreply.r-seed-cbf0601c.example>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # nianbao_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)   # Debian has no "office" section; the menu category is Office
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The synopsis, then the long description, English and Chinese.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "editor for the government information disclosure annual report")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Nianbao (年报) fills in the yearly government information disclosure report
that every Chinese administrative body publishes in the prescribed format:
one tab per section, totals computed and consistency rules checked as you
type, every year kept in a local SQLite file, the finished report exported
to PDF, ODT or HTML as GB/T 9704 lays it out, and printed.

政府信息公开工作年度报告编制工具：按国务院办公厅规定的格式逐部分填写年度报告，
表格中的总计自动计算，勾稽关系随填随查，每个年度保存在本机文件中，
成稿按 GB/T 9704 版式导出为 PDF、ODT 或 HTML 并打印。")
# The libraries the binary links are found by dpkg-shlibdeps; what Qt loads at run time
# (the SQLite driver, the platform plugins, Qt's own translations) and the fonts the report
# is set in are not, and are listed here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The fonts are the default faces of docs/output.md: without fonts-arphic-ukai the 楷体 lines
# fell back to Noto Sans CJK JP on a fresh Debian 12.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n, fonts-noto-cjk, fonts-arphic-ukai, fonts-arphic-uming")
# A shared database on a PostgreSQL server (docs/postgresql.md) needs Qt's PostgreSQL driver;
# names beyond U+FFFF need HanaMinB (fonts-hanazono).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, fonts-hanazono")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
# A native package's changelog, compressed as Debian policy wants it (gzip -9n).
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog ${PROJECT_BINARY_DIR}/packaging/changelog COPYONLY)
execute_process(COMMAND gzip -9nf ${PROJECT_BINARY_DIR}/packaging/changelog COMMAND_ERROR_IS_FATAL ANY)
install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz DESTINATION ${NIANBAO_INSTALL_DOCDIR})
include(CPack)
