#include "base/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>
#include <thread>

#include "base/errors.h"

namespace s11 {

namespace {

std::string error_text(int error) {
  return std::error_code(error, std::generic_category()).message();
}

/// The first line of what the file open at `fd` holds (at most 4 KiB).
std::string read_note(int fd) {
  std::string note(4096, '\0');
  ssize_t n = pread(fd, note.data(), note.size(), 0);
  note.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  return note.substr(0, note.find('\n'));
}

}  // namespace

std::optional<FileLock> FileLock::acquire(const std::string& path, const std::string& note,
                                          std::chrono::milliseconds wait, std::string& holder) {
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) throw IoError(path + ": cannot open the lock file: " + error_text(errno));
  FileLock lock(fd);
  const auto deadline = std::chrono::steady_clock::now() + wait;
  while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EINTR) continue;
    if (errno != EWOULDBLOCK) throw IoError(path + ": cannot lock: " + error_text(errno));
    if (std::chrono::steady_clock::now() >= deadline) {
      holder = read_note(fd);
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // The note is only for the message of a process that finds the lock taken; failing to
  // write it does not stop this one.
  const std::string line = note + "\n";
  if (ftruncate(fd, 0) == 0) {
    [[maybe_unused]] ssize_t written = pwrite(fd, line.data(), line.size(), 0);
  }
  return lock;
}

FileLock::FileLock(FileLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }

FileLock& FileLock::operator=(FileLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

FileLock::~FileLock() {
  if (fd_ >= 0) close(fd_);
}

}  // namespace s11
