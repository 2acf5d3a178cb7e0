# The installation layout (`cmake --install`) and the .deb CPack builds from it (packaging/build-deb.sh).
include(GNUInstallDirs)

install(TARGETS dbx schema-studio RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The bundled demo project. Installed read-only: the app copies it for each user on first run.
set(SS_DEMO_DESTINATION ${CMAKE_INSTALL_DATADIR}/schema-studio/demo)
install(FILES ${CMAKE_SOURCE_DIR}/dbx.yml DESTINATION ${SS_DEMO_DESTINATION})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/schema_specs ${CMAKE_SOURCE_DIR}/seeding_profiles
        DESTINATION ${SS_DEMO_DESTINATION} FILES_MATCHING PATTERN "*.yml")

# Desktop integration: the entry, AppStream metadata, and the icon as SVG and in the usual PNG sizes, drawn by
# the same code as the window's icon.
set(SS_PACKAGING_DIR ${CMAKE_SOURCE_DIR}/packaging/deb)
install(FILES ${SS_PACKAGING_DIR}/schema-studio.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${SS_PACKAGING_DIR}/schema-studio.metainfo.xml ${CMAKE_BINARY_DIR}/packaging/schema-studio.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/packaging/schema-studio.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/schema-studio.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

add_executable(render_icons ${CMAKE_SOURCE_DIR}/packaging/tools/render_icons.cpp)
target_link_libraries(render_icons PRIVATE ui)
set(SS_ICON_SIZES 16 24 32 48 64 128 256)
set(SS_ICON_DIR ${CMAKE_BINARY_DIR}/packaging/icons)
set(SS_ICON_FILES)
foreach(size ${SS_ICON_SIZES})
  list(APPEND SS_ICON_FILES ${SS_ICON_DIR}/${size}x${size}/apps/schema-studio.png)
endforeach()
add_custom_command(OUTPUT ${SS_ICON_FILES}
  COMMAND render_icons ${SS_ICON_DIR} ${SS_ICON_SIZES}
  DEPENDS render_icons ${CMAKE_SOURCE_DIR}/ui/widgets/painted_icon.cpp
  COMMENT "Rendering the application icon")
add_custom_target(desktop_icons ALL DEPENDS ${SS_ICON_FILES})
install(DIRECTORY ${SS_ICON_DIR}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)

# Manual pages from the programs' own --help, so they never disagree with it.
find_program(SS_HELP2MAN help2man REQUIRED)
set(SS_MAN_DIR ${CMAKE_BINARY_DIR}/packaging/man)
set(SS_MAN_PAGES)
foreach(program dbx schema-studio)
  if(program STREQUAL "dbx")
    set(summary "Schema Studio on the command line: validate, plan, apply, seed and draw database schemas")
  else()
    set(summary "desktop schema builder: design, plan, apply, seed and diagram database schemas")
  endif()
  set(page ${SS_MAN_DIR}/${program}.1.gz)
  add_custom_command(OUTPUT ${page}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${SS_MAN_DIR}
    COMMAND ${SS_HELP2MAN} --no-info --section=1 --name=${summary} --output=${SS_MAN_DIR}/${program}.1
            $<TARGET_FILE:${program}>
    COMMAND gzip -n -9 -f ${SS_MAN_DIR}/${program}.1
    DEPENDS ${program}
    COMMENT "Writing the manual page of ${program}"
    VERBATIM)
  list(APPEND SS_MAN_PAGES ${page})
endforeach()
add_custom_target(man_pages ALL DEPENDS ${SS_MAN_PAGES})
install(FILES ${SS_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

configure_file(${SS_PACKAGING_DIR}/changelog ${CMAKE_BINARY_DIR}/packaging/changelog @ONLY)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/changelog.gz
  COMMAND gzip -n -9 -f -k ${CMAKE_BINARY_DIR}/packaging/changelog
  DEPENDS ${CMAKE_BINARY_DIR}/packaging/changelog)
add_custom_target(package_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
install(FILES ${SS_PACKAGING_DIR}/copyright ${CMAKE_BINARY_DIR}/packaging/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/schema-studio)

# The .deb: Depends from the binaries' shared libraries (dpkg-shlibdeps), plus what they load at run time and
# shlibdeps cannot see: the Qt SQL drivers for the three databases, and the font the diagram measures with.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME schema-studio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Schema Studio maintainers <maintainers@schema-studio.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop schema builder for SQLite, PostgreSQL and MariaDB")
set(CPACK_PACKAGE_DESCRIPTION
    "Schema Studio takes a schema written in YAML to a running, populated database:\n\
a code editor with live validation, a plan with the diff, the DDL and a risk\n\
verdict per change, apply through a migration ledger, synthetic data from a\n\
profile of distributions, and an ER diagram laid out by Graphviz. Every step\n\
is also on the command line as dbx. A demo project is included.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6sql6-mysql, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
