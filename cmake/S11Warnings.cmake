# One interface target carrying the project's compiler settings: warnings, warnings-as-errors
# and sanitizers. Every s11 target links it.
add_library(s11_options INTERFACE)
target_compile_features(s11_options INTERFACE cxx_std_20)
target_compile_options(s11_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
if(S11_WARNINGS_AS_ERRORS)
  target_compile_options(s11_options INTERFACE -Werror)
endif()
if(S11_SANITIZE)
  target_compile_options(s11_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                               -fno-sanitize-recover=undefined)
  target_link_options(s11_options INTERFACE -fsanitize=address,undefined)
endif()
# GCC 12 warns falsely about `"text" + std::string` at -O2 (GCC bug 105651, fixed in 13).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(s11_options INTERFACE -Wno-restrict)
endif()
