# Debian's libqscintilla2-qt6-dev ships no CMake package: find the library and its Qsci/ headers ourselves.
get_target_property(_qt_core_include Qt6::Core INTERFACE_INCLUDE_DIRECTORIES)
list(GET _qt_core_include 0 _qt_core_include_dir)
get_filename_component(_qt_include_root "${_qt_core_include_dir}" DIRECTORY)
find_path(QSCINTILLA_INCLUDE_DIR Qsci/qsciscintilla.h HINTS "${_qt_include_root}" /usr/include/x86_64-linux-gnu/qt6)
find_library(QSCINTILLA_LIBRARY NAMES qscintilla2_qt6)
if(NOT QSCINTILLA_INCLUDE_DIR OR NOT QSCINTILLA_LIBRARY)
  message(FATAL_ERROR "QScintilla for Qt 6 not found: run packaging/install-deps.sh (libqscintilla2-qt6-dev)")
endif()
add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
set_target_properties(QScintilla::QScintilla PROPERTIES
  IMPORTED_LOCATION "${QSCINTILLA_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${QSCINTILLA_INCLUDE_DIR}"
  INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
find_package(Qt6 REQUIRED COMPONENTS PrintSupport)
