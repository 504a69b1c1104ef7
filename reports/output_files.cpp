#include "reports/output_files.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "base/errors.h"

namespace s11 {

namespace fs = std::filesystem;

namespace {

constexpr const char* kNewTag = ".s11-new-";
constexpr const char* kOldTag = ".s11-old-";
constexpr const char* kLegacyTag = ".s11-tmp-";  // s11 0.x set old outputs aside in one of these
constexpr const char* kLegacyPrevious = ".previous-";
constexpr const char* kFileTemp = ".s11-tmp-";

std::string error_text(int error) {
  return std::error_code(error, std::generic_category()).message();
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

/// What is at `path` when it is not a regular file, as "a directory"; "" for a regular file or
/// nothing at all.
std::string unexpected_kind(const fs::path& path) {
  struct stat st {};
  if (lstat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) return "";
  if (S_ISDIR(st.st_mode)) return "a directory";
  if (S_ISLNK(st.st_mode)) return "a symbolic link";
  if (S_ISFIFO(st.st_mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(st.st_mode)) return "a socket";
  return "a device file";
}

/// Flushes the file or directory at `path` to disk. Throws IoError when it cannot.
void sync_path(const fs::path& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw IoError(path.string() + ": cannot open to flush to disk: " + error_text(errno));
  // Some file systems cannot fsync a directory (EINVAL); their renames are then as durable as
  // they get.
  const bool ok = fsync(fd) == 0 || errno == EINVAL;
  const int error = errno;
  close(fd);
  if (!ok) throw IoError(path.string() + ": cannot flush to disk: " + error_text(error));
}

bool same_inode(const fs::path& a, const fs::path& b) {
  struct stat sa {};
  struct stat sb {};
  return lstat(a.c_str(), &sa) == 0 && lstat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

bool exists_no_follow(const fs::path& path) {
  struct stat st {};
  return lstat(path.c_str(), &st) == 0;
}

/// Empties `old` (the previous outputs, swapped out of `dir`) into `dir` and removes it. An
/// entry named in `outputs` is an old output and is dropped; any other entry already in `dir` as
/// the same file was linked there before the swap and is dropped too; the rest (the user's,
/// subdirectories included) is moved into `dir`. With `outputs` null (recovery: which names were
/// outputs is not known) a regular file `dir` also has is dropped, as `dir` holds the newer set.
/// Returns the entries it had to leave in `old` ("" when `old` is gone).
std::string empty_old_outputs(const fs::path& old, const fs::path& dir,
                              const std::vector<std::string>* outputs) {
  std::vector<std::string> kept;
  std::error_code error;
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(old, error)) entries.push_back(entry.path());
  std::sort(entries.begin(), entries.end());
  for (const auto& from : entries) {
    const std::string name = from.filename().string();
    const fs::path to = dir / name;
    const bool output =
        outputs && std::find(outputs->begin(), outputs->end(), name) != outputs->end();
    const bool in_dir = exists_no_follow(to);
    bool drop = output || (in_dir && same_inode(from, to));
    if (!outputs && in_dir && !drop) drop = unexpected_kind(from).empty();
    if (drop) {
      if (unlink(from.c_str()) != 0) kept.push_back(name);
    } else if ((in_dir && !unexpected_kind(from).empty()) ||
               rename(from.c_str(), to.c_str()) != 0) {
      kept.push_back(name);
    }
  }
  try {
    sync_path(dir);
  } catch (const IoError&) {
    // The new set is in place; a failed flush of the moves is no reason to stop.
  }
  if (kept.empty() && rmdir(old.c_str()) == 0) return "";
  return join(kept, ", ");
}

std::string left_message(const fs::path& old, const std::string& kept) {
  return old.string() + ": left in place, holding " + kept +
         ", which could not be moved back; move them yourself, then remove it";
}

/// The inode recorded in the name of a `.NAME.s11-new-INODE-XXXXXX` leftover.
ino_t recorded_inode(const std::string& leftover, const std::string& prefix) {
  const std::string digits =
      leftover.substr(prefix.size(), leftover.find('-', prefix.size()) - prefix.size());
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) return 0;
  return static_cast<ino_t>(std::stoull(digits));
}

}  // namespace

void recover_output_directory(const std::string& target_dir, const OutputBatch::Note& note) {
  const fs::path dir = target_dir;
  const fs::path parent = dir.parent_path();
  const std::string name = dir.filename().string();
  const std::string new_prefix = "." + name + kNewTag;
  const std::string old_prefix = "." + name + kOldTag;
  const std::string legacy_prefix = "." + name + kLegacyTag;
  std::vector<fs::path> olds;
  std::vector<fs::path> news;
  std::vector<fs::path> legacy;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(parent, error)) {
    const std::string entry_name = entry.path().filename().string();
    if (!entry.is_directory(error) || entry.is_symlink(error)) continue;
    if (starts_with(entry_name, old_prefix)) olds.push_back(entry.path());
    if (starts_with(entry_name, new_prefix)) news.push_back(entry.path());
    if (starts_with(entry_name, legacy_prefix)) legacy.push_back(entry.path());
  }
  if (error == std::errc::no_such_file_or_directory) return;  // Nothing there to recover.
  if (error) throw IoError(parent.string() + ": cannot list: " + error.message());
  const std::string recovered = dir.string() + ": recovered from an interrupted run: ";
  auto restore = [&](const fs::path& old) {
    if (rename(old.c_str(), dir.c_str()) != 0) {
      throw IoError(old.string() + ": cannot put the previous outputs back as " + dir.string() +
                    ": " + error_text(errno));
    }
    sync_path(parent);
    note(recovered + "put back the complete previous outputs from " + old.string());
  };
  auto finish = [&](const fs::path& old) {
    const std::string kept = empty_old_outputs(old, dir, nullptr);
    sync_path(parent);
    note(recovered + "kept its complete new outputs and removed the previous ones in " +
         old.string());
    if (!kept.empty()) note(left_message(old, kept));
  };

  std::sort(olds.begin(), olds.end());
  std::sort(news.begin(), news.end());
  std::sort(legacy.begin(), legacy.end());
  // Old sets first: when out/ is missing one of them is put back before anything else.
  for (const auto& old : olds) {
    if (!exists_no_follow(dir)) {
      restore(old);
    } else {
      finish(old);
    }
  }
  for (const auto& leftover : news) {
    struct stat st {};
    if (lstat(leftover.c_str(), &st) != 0) continue;
    const ino_t inode = recorded_inode(leftover.filename().string(), new_prefix);
    if (inode != 0 && st.st_ino == inode) {
      // Swapped out: this is the previous set, and out/ is the complete new one.
      if (!exists_no_follow(dir)) {
        restore(leftover);
      } else {
        finish(leftover);
      }
    } else {
      fs::remove_all(leftover, error);
      if (error) throw IoError(leftover.string() + ": cannot remove: " + error.message());
      sync_path(parent);
      note(recovered + "kept the complete previous outputs and removed the unfinished ones in " +
           leftover.string());
    }
  }
  for (const auto& leftover : legacy) {
    // s11 0.x moved the old outputs into its temporary directory as `.previous-NAME` before
    // moving the new ones in; putting every one of them back gives the previous set.
    fs::create_directories(dir, error);
    if (error) throw IoError(dir.string() + ": cannot create directory: " + error.message());
    for (const auto& entry : fs::directory_iterator(leftover, error)) {
      const std::string entry_name = entry.path().filename().string();
      if (!starts_with(entry_name, kLegacyPrevious)) continue;
      const fs::path to = dir / entry_name.substr(std::string(kLegacyPrevious).size());
      if (rename(entry.path().c_str(), to.c_str()) != 0) {
        throw IoError(entry.path().string() + ": cannot put back as " + to.string() + ": " +
                      error_text(errno));
      }
    }
    fs::remove_all(leftover, error);
    if (error) throw IoError(leftover.string() + ": cannot remove: " + error.message());
    sync_path(dir);
    sync_path(parent);
    note(recovered + "put back the previous outputs an earlier s11 had set aside in " +
         leftover.string());
  }
}

OutputBatch::OutputBatch(std::string target_dir, Mode mode, Note note)
    : target_dir_(std::move(target_dir)), mode_(mode), note_(std::move(note)) {
  if (!note_) note_ = [](const std::string&) {};
  if (mode_ != Mode::kDirectory) return;
  fs::path real = fs::absolute(target_dir_).lexically_normal();
  if (real.filename().empty()) real = real.parent_path();
  real = fs::weakly_canonical(real.parent_path()) / real.filename();
  struct stat st {};
  if (lstat(real.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)) {
    struct stat followed {};
    if (S_ISLNK(st.st_mode) && stat(real.c_str(), &followed) == 0 && S_ISDIR(followed.st_mode)) {
      real = fs::canonical(real);  // out/ links to a directory: that one is replaced.
    } else {
      const std::string kind = S_ISREG(st.st_mode) ? "a file" : unexpected_kind(real);
      throw IoError(target_dir_ + ": " + kind +
                    " is where s11 writes its output directory; left alone and nothing was "
                    "written: move or rename it, then run again");
    }
  }
  real_dir_ = real.string();
  recover_output_directory(real_dir_, note_);
}

OutputBatch::~OutputBatch() {
  std::error_code ignored;
  if (!temp_dir_.empty()) fs::remove_all(temp_dir_, ignored);
  if (made_dir_ && !committed_) fs::remove(target_dir_, ignored);  // only if still empty
}

void OutputBatch::check_output_path(const std::string& file_name) const {
  const fs::path dir = mode_ == Mode::kDirectory ? real_dir_ : target_dir_;
  const std::string kind = unexpected_kind(dir / file_name);
  if (kind.empty()) return;
  throw IoError((fs::path(target_dir_) / file_name).string() + ": " + kind +
                " is at this output path; left alone and nothing was written: move or rename "
                "it, then run again");
}

std::string OutputBatch::temp_path(const std::string& file_name) {
  check_output_path(file_name);
  if (temp_dir_.empty()) {
    std::string pattern;
    // mkdtemp makes a directory only its owner may open; the new out/ gets the old one's
    // permissions, or the usual ones (the umask's) when there is none, so a return on a
    // shared drive stays readable by those who could read it before.
    mode_t new_dir_mode = 0;
    if (mode_ == Mode::kDirectory) {
      const fs::path real = real_dir_;
      struct stat st {};
      const bool exists = lstat(real.c_str(), &st) == 0;
      const auto inode = exists ? static_cast<unsigned long long>(st.st_ino) : 0ULL;
      if (exists && S_ISDIR(st.st_mode)) {
        new_dir_mode = st.st_mode & 07777;
      } else {
        const mode_t mask = umask(0);
        umask(mask);
        new_dir_mode = 0777 & ~mask;
      }
      pattern = (real.parent_path() /
                 ("." + real.filename().string() + kNewTag + std::to_string(inode) + "-XXXXXX"))
                    .string();
    } else {
      std::error_code error;
      made_dir_ = fs::create_directories(target_dir_, error);
      if (error) throw IoError(target_dir_ + ": cannot create directory: " + error.message());
      // Temporaries of a run that was killed are removed once their process is gone.
      for (const auto& entry : fs::directory_iterator(target_dir_, error)) {
        const std::string name = entry.path().filename().string();
        if (!starts_with(name, kFileTemp)) continue;
        const int pid = std::atoi(name.c_str() + std::string(kFileTemp).size());
        if (pid <= 0 || kill(pid, 0) == 0 || errno != ESRCH) continue;
        std::error_code ignored;
        if (fs::remove_all(entry.path(), ignored) > 0) {
          note_(entry.path().string() +
                ": removed the unfinished files of an interrupted run; nothing of it was in place");
        }
      }
      pattern =
          (fs::path(target_dir_) / (kFileTemp + std::to_string(getpid()) + "-XXXXXX")).string();
    }
    if (!mkdtemp(pattern.data())) {
      throw IoError(fs::path(pattern).parent_path().string() +
                    ": cannot create a temporary directory for output: " + error_text(errno));
    }
    temp_dir_ = pattern;
    if (new_dir_mode != 0 && chmod(temp_dir_.c_str(), new_dir_mode) != 0) {
      throw IoError(temp_dir_ + ": cannot set the permissions of the new output directory: " +
                    error_text(errno));
    }
  }
  names_.push_back(file_name);
  return (fs::path(temp_dir_) / file_name).string();
}

void OutputBatch::write_text(const std::string& file_name, const std::string& content) {
  std::string path = temp_path(file_name);
  std::ofstream out(path, std::ios::binary);
  out << content;
  out.close();
  if (!out) throw IoError((fs::path(target_dir_) / file_name).string() + ": cannot write");
}

void OutputBatch::commit() {
  if (names_.empty() || committed_) return;
  for (const auto& name : names_) {
    check_output_path(name);
    sync_path(fs::path(temp_dir_) / name);
  }
  if (mode_ == Mode::kDirectory) {
    commit_directory();
  } else {
    commit_files();
  }
  committed_ = true;
}

void OutputBatch::commit_directory() {
  const fs::path dir = real_dir_;
  const fs::path parent = dir.parent_path();
  const fs::path staged = temp_dir_;
  const bool had_dir = exists_no_follow(dir);
  if (had_dir) {
    // The user's files are linked in, so the new directory is complete before the swap; what
    // cannot be linked (subdirectories) is moved across after it.
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
      const std::string name = entry.path().filename().string();
      if (std::find(names_.begin(), names_.end(), name) != names_.end()) continue;
      if (entry.is_directory(error) && !entry.is_symlink(error)) continue;
      [[maybe_unused]] int linked = link(entry.path().c_str(), (staged / name).c_str());
    }
    if (error) throw IoError(target_dir_ + ": cannot list: " + error.message());
  }
  sync_path(staged);

  const std::string cannot = target_dir_ + ": cannot put the new outputs in place: ";
  if (!had_dir) {
    if (renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, dir.c_str(), RENAME_NOREPLACE) != 0) {
      if ((errno != EINVAL && errno != ENOSYS) || rename(staged.c_str(), dir.c_str()) != 0) {
        throw IoError(cannot + error_text(errno));
      }
    }
    temp_dir_.clear();
    sync_path(parent);
    return;
  }
  fs::path old = staged;
  if (renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, dir.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno != EINVAL && errno != ENOSYS) throw IoError(cannot + error_text(errno));
    // No RENAME_EXCHANGE here: out/ steps aside under a name recovery knows, then the new one
    // takes its place. A kill between the two leaves no out/, and the next run puts it back.
    std::string suffix = staged.filename().string();
    suffix = suffix.substr(suffix.rfind('-') + 1);
    old = parent / ("." + dir.filename().string() + kOldTag + suffix);
    if (rename(dir.c_str(), old.c_str()) != 0) throw IoError(cannot + error_text(errno));
    sync_path(parent);
    if (rename(staged.c_str(), dir.c_str()) != 0) {
      const int error = errno;
      if (rename(old.c_str(), dir.c_str()) == 0) sync_path(parent);
      throw IoError(cannot + error_text(error));
    }
  }
  temp_dir_.clear();  // It now holds the old set, emptied below.
  sync_path(parent);
  const std::string kept = empty_old_outputs(old, dir, &names_);
  if (kept.empty()) {
    sync_path(parent);
  } else {
    note_(left_message(old, kept));
  }
}

void OutputBatch::commit_files() {
  const fs::path dir = target_dir_;
  std::vector<fs::path> placed;
  for (const auto& name : names_) {
    const fs::path from = fs::path(temp_dir_) / name;
    const fs::path to = dir / name;
    int result = 0;
    if (mode_ == Mode::kReplaceFiles) {
      result = rename(from.c_str(), to.c_str());
    } else {
      result = renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE);
      if (result != 0 && (errno == EINVAL || errno == ENOSYS)) {
        result = link(from.c_str(), to.c_str());  // fails with EEXIST as well
      }
    }
    if (result != 0) {
      const int error = errno;
      for (const auto& path : placed) unlink(path.c_str());
      if (error == EEXIST) throw IoError(to.string() + ": already exists; not overwritten");
      throw IoError(to.string() + ": cannot move into place: " + error_text(error));
    }
    placed.push_back(to);
  }
  sync_path(dir);
}

std::vector<std::string> OutputBatch::paths() const {
  std::vector<std::string> out;
  for (const auto& name : names_) out.push_back((fs::path(target_dir_) / name).string());
  return out;
}

}  // namespace s11
