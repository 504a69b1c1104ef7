#pragma once
/// People's names in an action plan's Lead cells: the same person typed two ways ("Kim
/// Ashdown", "Kim Ashdwon") is one lead, written with the spelling used most often.
///
/// A Lead cell may name several people: "A/B", "A / B" and "A and B" are two leads, each
/// unified on its own, and the cell is kept as the user wrote it except for the corrected
/// spelling. " and " separates only when each side has at least two words, so a role such as
/// "Head of Leisure and Parks" stays whole.
///
/// Two spellings are one person (same_person) when, compared without case:
/// - they have the same number of words, each pair of words starts with the same letter, and
///   at most 2 edits (a letter added, dropped, changed, or two letters swapped) turn one into
///   the other;
/// - no word needs more than one edit per five letters of the longer word, so short words
///   must agree exactly: "Sam Okafor" and "Pam Okafor", "Head of HR" and "Head of IT" are
///   different people; "Marchetti" and "Marhcetti" are one;
/// - a name longer by a word or a part ("Jo Whitfield-Smith") is another person.
/// Spellings chain: "Marhcetti" and "Marcehtti" are two edits apart, too many for nine
/// letters, but both are one person with "Marchetti", so all three are one.

#include <string>
#include <vector>

#include "engine/plan.h"

namespace s11 {

/// The edit distance between `a` and `b` counting a swap of two neighbouring letters as one
/// edit (optimal string alignment), on bytes.
int name_distance(const std::string& a, const std::string& b);

/// True when `a` and `b` are two spellings of one person's name by the rule above (false when
/// they are equal apart from case and spaces, or either is empty).
bool same_person(const std::string& a, const std::string& b);

/// The people named in one Lead cell, trimmed, in order: "Jo Whitfield/ Kim Ashdown" gives
/// {"Jo Whitfield", "Kim Ashdown"}.
std::vector<std::string> lead_names(const std::string& lead);

/// Rewrites every milestone's lead in `plan` so each person is written one way: the spelling
/// found most often (on a tie, the first met in plan order). Returns one warning per person
/// written more than one way, e.g. `Kim Ashdown is also written Kim Ashdwon (plan.xlsx:
/// Plan!C14), Kim Asdown (C20); all read as Kim Ashdown`: each variant with the places of the
/// milestones it was found on (a place repeats only the cell when it is in the same file and
/// sheet as the first). Never fails.
std::vector<std::string> unify_leads(ActionPlan& plan);

}  // namespace s11
