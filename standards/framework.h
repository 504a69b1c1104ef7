#pragma once
/// The model of a Section 11 framework: focus areas, standards, their points and the rating
/// scheme. Frameworks are data: they are loaded from XML files (see standards/README.md), never
/// written into code.

#include <string>
#include <vector>

namespace s11 {

/// One requirement under a standard, e.g. point `5.3` "Training records are kept".
struct Point {
  std::string id;           ///< Stable id, unique in the framework, e.g. "5.3".
  std::string requirement;  ///< What the agency must do.
  std::string guidance;     ///< The evidence a board expects to see.
  std::string example;      ///< A good-practice example of that evidence.
  std::string action;       ///< Suggested action when the point is a gap.
  bool essential = false;   ///< Must be met for the standard to pass (where the scheme says so).
};

/// One standard, e.g. "5. Staff are trained in safeguarding".
struct Standard {
  std::string id;     ///< Stable id, e.g. "5".
  std::string title;  ///< The standard's wording.
  std::string area;   ///< Id of the FocusArea it belongs to.
  std::vector<Point> points;
};

/// A group of standards a reviewer reasons about together (e.g. "Safe workforce").
struct FocusArea {
  std::string id;
  std::string title;
};

/// One rating of a scheme, e.g. Green. A standard earns the best level whose conditions it meets.
struct RatingLevel {
  std::string name;         ///< As written in workbooks, e.g. "Green". Matched case-insensitively.
  std::string code;         ///< Short form, e.g. "G"; also accepted when reading.
  std::string colour;       ///< Fill colour, six hex digits, e.g. "00B050".
  std::string description;  ///< E.g. "all points met and most points evidenced".
  int anchor_percent = 0;   ///< The scheme's headline figure for the level (Green: 75).
  int min_met_percent = 0;  ///< Applicable points met, at least this %.
  int min_evidenced_percent = 0;        ///< Applicable points evidenced, at least this %.
  bool requires_best_practice = false;  ///< At least one current best-practice example.
  bool requires_essential_met = false;  ///< Every applicable essential point met.
  /// The impact level (0-4, see ImpactModel) a standard rated at this level claims, e.g. 3
  /// for OSCB Blue ("best practice to share"); 0 when the scheme claims none. Never rises from
  /// a better level to a worse one.
  int expected_impact = 0;
};

/// One level of the four-level impact model, e.g. 2 "Practitioners' experience and attitudes".
struct ImpactLevelInfo {
  int number = 0;           ///< 1-4.
  std::string name;         ///< Short name for headings.
  std::string description;  ///< What evidence at this level shows.
};

/// The four-level impact model (NFER, Morris and Golden 2005) and the rule that turns evidence
/// into an operating level (engine/impact.h): a standard operates at the highest level reached
/// by at least `operating_percent` of its points with levelled evidence; an area at the highest
/// level at which at least `area_percent` of its standards operate. From the framework's
/// optional `<impact>` element (attributes operating-percent and area-percent; area-percent
/// defaults to operating-percent); default_impact_model() when the file has none.
struct ImpactModel {
  int operating_percent = 75;           ///< Whole number 0-100: points of a standard.
  int area_percent = 75;                ///< Whole number 0-100: standards of an area.
  std::vector<ImpactLevelInfo> levels;  ///< Exactly four, levels[0] being level 1.

  /// The level numbered `number` (1-4), or nullptr.
  const ImpactLevelInfo* find(int number) const;
};

/// The model used when a framework file has no `<impact>`: 75% and the standard four levels
/// (inputs and processes; practitioners' experience and attitudes; outcomes for children and
/// families; embedded and shared practice).
ImpactModel default_impact_model();

/// How standards are rated. Levels run best first; the last one has no conditions and catches
/// everything else.
struct RatingScheme {
  std::string id;
  std::string name;
  std::vector<RatingLevel> levels;

  /// The level named `text` (name or code, case-insensitive, surrounding spaces ignored), or
  /// nullptr when there is none.
  const RatingLevel* find(const std::string& text) const;
  /// Position of `level` in `levels` (0 = best). `level` must belong to this scheme.
  std::size_t rank(const RatingLevel& level) const;
  /// Names of all levels joined as "Blue, Green, Amber or Red", for error messages.
  std::string names_for_message() const;
};

/// A complete framework as loaded from one XML file.
struct Framework {
  std::string id;  ///< E.g. "oscb-2015".
  std::string title;
  std::string version;
  std::string publisher;
  std::string path;  ///< The file it was loaded from.
  std::vector<FocusArea> areas;
  std::vector<Standard> standards;
  RatingScheme scheme;
  ImpactModel impact = default_impact_model();  ///< The impact levels and the operating rule.

  /// The point with this id, or nullptr.
  const Point* find_point(const std::string& point_id) const;
  /// The standard holding the point with this id, or nullptr.
  const Standard* standard_of(const std::string& point_id) const;
  /// The standard with this id, or nullptr.
  const Standard* find_standard(const std::string& standard_id) const;
  /// The focus area with this id, or nullptr.
  const FocusArea* find_area(const std::string& area_id) const;
  /// Number of points in all standards.
  std::size_t point_count() const;
};

/// The message for a standard id that `framework` does not have, as readers of workbooks report
/// it: `unknown standard "13"; expected a standard of oscb-2015 (1 to 12)`.
std::string unknown_standard_message(const Framework& framework, const std::string& id);

/// Loads and validates a framework XML file. Throws InputError listing every problem as
/// `path:line: message` (duplicate ids, unknown area references, empty texts, thresholds out
/// of order, malformed XML), or IoError when the file cannot be read.
Framework load_framework(const std::string& path);

/// Resolves `spec` to a framework file: an existing file path (relative paths are taken from
/// `base_dir`), or a bundled framework id looked up as `ID.xml` in the standards directories
/// (the S11_STANDARDS_PATH environment variable, colon-separated, then `share/s11/standards`
/// found from the executable: base/data_file.h installed_data_dir). Throws InputError naming the
/// ids available when nothing matches.
std::string resolve_framework(const std::string& spec, const std::string& base_dir);

/// Ids of the bundled frameworks, sorted.
std::vector<std::string> bundled_framework_ids();

}  // namespace s11
