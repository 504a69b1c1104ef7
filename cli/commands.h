#pragma once
/// The s11 command line: one table of subcommands, each parsed into an options struct and run
/// by one `run_*` function. `main` only maps exceptions to exit codes.

#include <iosfwd>
#include <string>
#include <vector>

#include "base/errors.h"

namespace s11::cli {

/// The exit codes `run` returns itself (success, or help for a bare `s11`); errors carry
/// theirs (base/errors.h ExitCode).
inline constexpr int kExitOk = static_cast<int>(ExitCode::kOk);
inline constexpr int kExitUsage = static_cast<int>(ExitCode::kUsage);

/// Runs the command line `args` (without the program name), printing results to `out`.
/// Returns the exit code for success or help; throws UsageError, InputError or IoError.
int run(const std::vector<std::string>& args, std::ostream& out);

/// The s11 version, e.g. "0.1.0".
std::string version();

/// The manual page s11(1) in roff (man macros), made from the same command table and option
/// descriptions as --help: NAME, SYNOPSIS, DESCRIPTION, COMMANDS, EXIT STATUS, ENVIRONMENT,
/// FILES. The build writes it with s11_man_page (cli/man_page_main.cpp) and installs it.
std::string man_page();

}  // namespace s11::cli
