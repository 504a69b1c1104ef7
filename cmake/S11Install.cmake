# Installing s11.
#
# s11 finds its data from the path of its own executable (base/data_file.h, installed_data_dir):
# <exe dir>/../share/s11/<subdir>, else <exe dir>/share/s11/<subdir>. No path is compiled in, so
# the installed program never reads the source tree and an installed prefix can be moved.
#
#   installed:   PREFIX/bin/s11, PREFIX/share/s11/{standards,questionnaires,examples}/,
#                PREFIX/share/man/man1/s11.1
#   build tree:  build/s11, build/share/s11/{standards,questionnaires,examples} (links to the
#                source folders, made here at configure time), build/share/man/man1/s11.1;
#                programs one level down (build/tests/s11_tests) find build/share/s11 too.

# The build tree's share/s11: links to the source folders, so edits need no rebuild.
set(S11_BUILD_DATA_DIR "${PROJECT_BINARY_DIR}/share/s11")
file(MAKE_DIRECTORY "${S11_BUILD_DATA_DIR}")
foreach(subdir standards questionnaires examples)
  file(CREATE_LINK "${PROJECT_SOURCE_DIR}/${subdir}" "${S11_BUILD_DATA_DIR}/${subdir}" SYMBOLIC)
endforeach()

# The bundled data (bin/s11 and the man page are installed by cli/CMakeLists.txt).
install(DIRECTORY standards/ DESTINATION share/s11/standards FILES_MATCHING PATTERN "*.xml")
install(DIRECTORY questionnaires/ DESTINATION share/s11/questionnaires
        FILES_MATCHING PATTERN "*.xml")
install(DIRECTORY examples/ DESTINATION share/s11/examples)
