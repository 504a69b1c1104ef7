#include "app/audit_lock.h"

#include <unistd.h>

#include <ctime>
#include <filesystem>

#include "base/errors.h"
#include "workbooks/audit_directory.h"

namespace s11::app {

namespace fs = std::filesystem;

FileLock lock_audit(const std::string& dir, const std::string& command,
                    std::chrono::milliseconds wait) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char started[32] = {};
  std::strftime(started, sizeof started, "%Y-%m-%d %H:%M:%S", &local);
  const std::string note =
      "pid " + std::to_string(getpid()) + ", `" + command + "`, started " + started;
  std::string holder;
  std::optional<FileLock> lock =
      FileLock::acquire((fs::path(dir) / audit_directory::kLockFile).string(), note, wait, holder);
  if (!lock) {
    throw IoError("another s11 run" + (holder.empty() ? "" : " (" + holder + ")") + " is using " +
                  dir + "; wait for it to finish, then run again");
  }
  return std::move(*lock);
}

}  // namespace s11::app
