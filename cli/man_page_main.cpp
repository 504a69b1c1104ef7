// s11_man_page FILE: writes the manual page s11(1) to FILE (the build runs it; see
// cli/CMakeLists.txt). Not installed.
#include <fstream>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: s11_man_page FILE\n";
    return 2;
  }
  std::ofstream out(argv[1], std::ios::binary);
  out << s11::cli::man_page();
  out.close();
  if (!out) {
    std::cerr << "s11_man_page: " << argv[1] << ": cannot write\n";
    return 3;
  }
  return 0;
}
