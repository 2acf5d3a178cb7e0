# DuckDB's C API, fetched by packaging/fetch-duckdb.sh into a cache outside the source tree (Debian 12 has no
# package). Without it the build goes on without the DuckDB dialect (no SS_HAVE_DUCKDB); with it the header's
# version must be the library's, and the library is installed privately beside the programs.
set(SS_DUCKDB_VERSION 1.4.4)
set(_ss_duckdb_caches /var/cache/schema-studio/duckdb-${SS_DUCKDB_VERSION})
if(DEFINED ENV{XDG_CACHE_HOME})
  list(PREPEND _ss_duckdb_caches $ENV{XDG_CACHE_HOME}/schema-studio/duckdb-${SS_DUCKDB_VERSION})
elseif(DEFINED ENV{HOME})
  list(PREPEND _ss_duckdb_caches $ENV{HOME}/.cache/schema-studio/duckdb-${SS_DUCKDB_VERSION})
endif()
set(SS_DUCKDB_ROOT "" CACHE PATH "Where packaging/fetch-duckdb.sh put DuckDB (include/duckdb.h, lib/libduckdb.so, VERSION)")
find_path(DUCKDB_INCLUDE_DIR duckdb.h HINTS ${SS_DUCKDB_ROOT}/include PATHS ${_ss_duckdb_caches} PATH_SUFFIXES include NO_DEFAULT_PATH)
find_library(DUCKDB_LIBRARY duckdb HINTS ${SS_DUCKDB_ROOT}/lib PATHS ${_ss_duckdb_caches} PATH_SUFFIXES lib NO_DEFAULT_PATH)

set(SS_HAVE_DUCKDB OFF)
if(DUCKDB_INCLUDE_DIR AND DUCKDB_LIBRARY)
  get_filename_component(_ss_duckdb_root "${DUCKDB_INCLUDE_DIR}" DIRECTORY)
  file(STRINGS "${_ss_duckdb_root}/VERSION" _ss_duckdb_header_version LIMIT_COUNT 1)
  try_run(_ss_duckdb_run _ss_duckdb_compiled ${CMAKE_BINARY_DIR}/duckdb-probe ${CMAKE_CURRENT_LIST_DIR}/duckdb/version_probe.cpp
          CMAKE_FLAGS "-DINCLUDE_DIRECTORIES=${DUCKDB_INCLUDE_DIR}"
          LINK_LIBRARIES ${DUCKDB_LIBRARY}
          RUN_OUTPUT_VARIABLE _ss_duckdb_library_version)
  if(NOT _ss_duckdb_compiled OR NOT _ss_duckdb_run EQUAL 0)
    message(FATAL_ERROR "DuckDB in ${_ss_duckdb_root} does not link or run: fetch it again with packaging/fetch-duckdb.sh")
  endif()
  if(NOT _ss_duckdb_library_version STREQUAL "v${_ss_duckdb_header_version}")
    message(FATAL_ERROR "DuckDB header ${_ss_duckdb_header_version} and library ${_ss_duckdb_library_version} differ in ${_ss_duckdb_root}")
  endif()
  set(SS_HAVE_DUCKDB ON)
  add_library(DuckDB::DuckDB SHARED IMPORTED)
  set_target_properties(DuckDB::DuckDB PROPERTIES
    IMPORTED_LOCATION "${DUCKDB_LIBRARY}"
    IMPORTED_SONAME libduckdb.so
    INTERFACE_INCLUDE_DIRECTORIES "${DUCKDB_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS SS_HAVE_DUCKDB)
  message(STATUS "DuckDB ${_ss_duckdb_header_version}: ${DUCKDB_LIBRARY}")
  # Private to the programs: not on the system's library path, found through their RPATH.
  install(FILES "${DUCKDB_LIBRARY}" DESTINATION lib/schema-studio)
  # The npm build keeps its symbols: stripped as installed, as the programs are (Debian's policy for shipped
  # libraries; 10 MB less).
  if(CMAKE_STRIP)
    install(CODE "execute_process(COMMAND \"${CMAKE_STRIP}\" --strip-unneeded
                    \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib/schema-studio/libduckdb.so\" COMMAND_ERROR_IS_FATAL ANY)")
  endif()
  list(APPEND CMAKE_INSTALL_RPATH "$ORIGIN/../lib/schema-studio")
else()
  message(STATUS "DuckDB not found (run packaging/fetch-duckdb.sh): building without the DuckDB dialect")
endif()
