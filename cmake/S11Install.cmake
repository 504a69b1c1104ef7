# Installing s11 and packaging it for Debian.
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

# cpack -G DEB in the build directory (scripts/package.sh: build-release/) makes
# s11_VERSION_ARCH.deb, installing under /usr.
set(S11_PACKAGE_MAINTAINER
    "Seed 9dcda592 maintainers <maintainers@users.noreply.h-seed-9dcda592.example>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME s11)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Section 11 safeguarding self-assessment audits")
# Lines of the long description, as Debian wants them (CPack indents them).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "s11 scores an agency's Section 11 (Children Act 2004) safeguarding self-assessment"
  "against its safeguarding board's framework and writes the return the board expects"
  "(an xlsx workbook), rated by the board's own rules, with every gap and over-claim"
  "visible, and a draft action plan. The OSCB standards and the Working Together key"
  "features are bundled, with a staff questionnaire and an example audit (s11 demo).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${S11_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The run-time dependencies (libxlsxwriter, libzip, Boost program_options, pugixml, libssl,
# libstdc++) from the libraries the binary links, by dpkg-shlibdeps (dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
