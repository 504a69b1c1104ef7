#pragma once
/// One s11 at a time on an audit directory: the commands that replace `DIR/out/` hold an
/// exclusive lock on `DIR/.s11.lock` while they do, so two runs cannot mix their outputs or
/// recover each other's work in progress. The lock file records who holds it (pid, command,
/// start time) for the message a second run prints; the kernel drops the lock when its process
/// ends, however it ends.

#include <chrono>
#include <string>

#include "base/file_lock.h"

namespace s11::app {

/// How long a second run waits for the first before giving up.
inline constexpr std::chrono::milliseconds kAuditLockWait{5000};

/// Locks the audit directory `dir` for `command` (as the user typed it, e.g. "s11 run"),
/// waiting up to `wait`. Throws IoError (exit code 3) when another process still holds it:
/// "another s11 run (pid 1234, `s11 run`, started 2026-12-02 02:41:07) is using DIR; wait for it
/// to finish, then run again", or when the lock file cannot be opened.
FileLock lock_audit(const std::string& dir, const std::string& command,
                    std::chrono::milliseconds wait = kAuditLockWait);

}  // namespace s11::app
