#include <exception>
#include <filesystem>
#include <iostream>

#include "base/control_text.h"
#include "base/errors.h"
#include "cli/commands.h"

// Every exception is mapped to its exit code here and nowhere else. Messages quote the user's
// data (cells, file names), so control characters in them are escaped, never sent to the
// terminal.
int main(int argc, char** argv) {
  try {
    return s11::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout);
  } catch (const s11::InputError& e) {
    for (const auto& problem : e.problems()) std::cerr << s11::terminal_safe(problem) << "\n";
    std::cerr << "s11: " << e.problems().size()
              << (e.problems().size() == 1 ? " problem" : " problems")
              << " found; nothing was written.\n";
    return static_cast<int>(e.exit_code());
  } catch (const s11::Error& e) {
    std::cerr << "s11: " << s11::terminal_safe(e.what()) << "\n";
    if (e.exit_code() == s11::ExitCode::kUsage) std::cerr << "Run 's11 --help' for usage.\n";
    return static_cast<int>(e.exit_code());
  } catch (const std::filesystem::filesystem_error& e) {
    std::cerr << "s11: " << s11::terminal_safe(e.path1().string()) << ": " << e.code().message()
              << "\n";
    return static_cast<int>(s11::ExitCode::kIo);
  } catch (const std::exception& e) {
    std::cerr << "s11: internal error: " << s11::terminal_safe(e.what()) << "\n";
    return static_cast<int>(s11::ExitCode::kInternal);
  }
}
