#include <exception>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "base/errors.h"

int main(int argc, char** argv) {
  namespace cli = s11::cli;
  try {
    return cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout);
  } catch (const s11::UsageError& e) {
    std::cerr << "s11: " << e.what() << "\nRun 's11 --help' for usage.\n";
    return cli::kExitUsage;
  } catch (const s11::InputError& e) {
    for (const auto& problem : e.problems()) std::cerr << problem << "\n";
    std::cerr << "s11: " << e.problems().size()
              << (e.problems().size() == 1 ? " problem" : " problems")
              << " found; nothing was written.\n";
    return cli::kExitInput;
  } catch (const s11::IoError& e) {
    std::cerr << "s11: " << e.what() << "\n";
    return cli::kExitIo;
  } catch (const std::filesystem::filesystem_error& e) {
    std::cerr << "s11: " << e.path1().string() << ": " << e.code().message() << "\n";
    return cli::kExitIo;
  } catch (const std::exception& e) {
    std::cerr << "s11: internal error: " << e.what() << "\n";
    return cli::kExitInternal;
  }
}
