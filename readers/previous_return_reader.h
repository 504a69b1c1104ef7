#pragma once
/// Reads last year's return: the workbook `s11 run` wrote then (`[history] last_return` in
/// audit.ini), through the shape its writer uses (workbooks/return_workbook.h).

#include <string>

#include "engine/year_on_year.h"
#include "standards/framework.h"

namespace s11 {

/// Reads a return workbook written by `s11 run` (its Summary sheet and, when present, its
/// Impact sheet), finding header rows and columns by their header text ("Standard", "Agency
/// rating", "Evidence-based rating", "% met", "% evidenced"; "Focus area" / "Standard" and
/// "Operating level"). Ratings are checked against `framework`'s scheme and standard and area
/// ids against `framework`. Throws IoError when the file cannot be opened and InputError
/// listing every problem, located as `path: Summary!E7: ...`, for a workbook that is not an
/// s11 return, an unknown standard or area, a rating outside the scheme, a percentage or a
/// level that is not one, or a standard given twice.
PreviousReturn read_previous_return(const std::string& path, const Framework& framework);

}  // namespace s11
