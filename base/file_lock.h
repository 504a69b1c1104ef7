#pragma once
/// An exclusive advisory lock on a file (flock), held by one process at a time. The kernel
/// drops it when the process ends however it ends, so a killed process never leaves a stale
/// lock. The lock file itself is kept: removing it would let two processes lock two files.

#include <chrono>
#include <optional>
#include <string>

namespace s11 {

/// A held lock; released when destroyed.
class FileLock {
 public:
  /// Locks the file at `path` (created if missing), waiting up to `wait` while another process
  /// holds it, then writes `note` (who holds it, one line) into the file. Returns nullopt when
  /// the lock is still held by another process after `wait`; `holder` then receives the note
  /// that process wrote ("" when it wrote none yet). Throws IoError when the file cannot be
  /// opened or locked for another reason.
  static std::optional<FileLock> acquire(const std::string& path, const std::string& note,
                                         std::chrono::milliseconds wait, std::string& holder);

  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();

 private:
  explicit FileLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace s11
