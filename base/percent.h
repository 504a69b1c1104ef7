#pragma once
/// Percentages as s11 compares and shows them.

namespace s11 {

/// `part` of `whole` as a whole-number percentage for display: rounded to nearest, but never
/// 100 unless all and never 0 unless none, so a report cannot round a shortfall away.
int display_percent(int part, int whole);

/// Whether `part` of `whole` is at least `percent`%, exactly (no rounding): the test every
/// rating threshold uses.
bool reaches(int part, int whole, int percent);

}  // namespace s11
