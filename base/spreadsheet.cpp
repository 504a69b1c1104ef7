#include "base/spreadsheet.h"

#include <cstdio>
#include <optional>

#include "base/errors.h"
#include "base/ods_reader.h"
#include "base/text.h"
#include "base/zip_archive.h"

namespace s11 {

namespace {

constexpr std::string_view kOdfMimetype = "application/vnd.oasis.opendocument.";
constexpr const char* kSaveAs =
    "s11 reads workbooks saved as Excel Workbook (.xlsx) or ODF Spreadsheet (.ods)";

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         lower(std::string(text.substr(text.size() - suffix.size()))) == suffix;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// What a file's name says it is, for the messages refusing it before its content tells.
zip::Expected expected_by_name(const std::string& path) {
  if (ends_with(path, ".ods")) return zip::expected_ods();
  if (ends_with(path, ".xlsx") || ends_with(path, ".xlsm")) return zip::expected_xlsx();
  return zip::expected_spreadsheet();
}

// "an OpenDocument text document (.odt)" for the mimetype of one.
std::string opendocument_kind(const std::string& mimetype) {
  const std::string kind = mimetype.substr(kOdfMimetype.size());
  if (starts_with(kind, "text")) return "an OpenDocument text document (.odt)";
  if (starts_with(kind, "presentation")) return "an OpenDocument presentation (.odp)";
  if (starts_with(kind, "graphics")) return "an OpenDocument drawing (.odg)";
  if (starts_with(kind, "chart")) return "an OpenDocument chart (.odc)";
  if (starts_with(kind, "formula")) return "an OpenDocument formula (.odf)";
  if (starts_with(kind, "database")) return "an OpenDocument database (.odb)";
  return "an OpenDocument document (" + zip::shown(mimetype) + ")";
}

// The first bytes of the file, or none when it cannot be read (the archive says why).
std::string file_start(const std::string& path, std::size_t count) {
  std::string bytes(count, '\0');
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return "";
  bytes.resize(std::fread(bytes.data(), 1, count, file));
  std::fclose(file);
  return bytes;
}

}  // namespace

bool has_spreadsheet_extension(std::string_view file_name) {
  return ends_with(file_name, ".xlsx") || ends_with(file_name, ".ods");
}

bool is_lock_file(std::string_view file_name) {
  return starts_with(file_name, ".~lock.") || starts_with(file_name, "~$");
}

xlsx::Workbook read_spreadsheet(const std::string& path) {
  if (file_start(path, 5) == "%PDF-") {
    throw InputError(path + ": this is a PDF document, not a spreadsheet; " + kSaveAs);
  }
  zip::Archive archive(path, zip::Limits{}, expected_by_name(path));
  std::optional<std::string> mimetype;
  if (archive.has("mimetype")) mimetype = archive.read("mimetype");
  if (mimetype && starts_with(*mimetype, kOdfMimetype)) {
    if (*mimetype == ods::kSpreadsheetMimetype ||
        *mimetype == std::string(ods::kSpreadsheetMimetype) + "-template") {
      archive.set_expected(zip::expected_ods());
      return ods::read_workbook(archive);
    }
    throw InputError(path + ": this is " + opendocument_kind(*mimetype) + ", not a spreadsheet; " +
                     kSaveAs);
  }
  if (archive.has("word/document.xml")) {
    throw InputError(path + ": this is a Word document (.docx), not a spreadsheet; " + kSaveAs);
  }
  if (archive.has("ppt/presentation.xml")) {
    throw InputError(path + ": this is a PowerPoint presentation (.pptx), not a spreadsheet; " +
                     kSaveAs);
  }
  const bool office_open_xml = archive.has("[Content_Types].xml") ||
                               archive.has("xl/workbook.xml") || archive.has("_rels/.rels");
  if (!office_open_xml && archive.expected().noun != zip::expected_xlsx().noun) {
    throw InputError(archive.not_a_workbook("a zip archive holding no workbook"));
  }
  archive.set_expected(zip::expected_xlsx());
  return xlsx::read_workbook(archive);
}

}  // namespace s11
