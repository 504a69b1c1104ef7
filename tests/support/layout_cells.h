#pragma once
/// Looking up cells of a layout::Sheet in tests of the sheet builders.

#include <string>
#include <variant>

#include "reports/layout.h"

namespace s11::test {

/// The cell at (row, col) of `sheet` (the last one set there), or nullptr.
inline const layout::Cell* cell_at(const layout::Sheet& sheet, int row, int col) {
  const layout::Cell* found = nullptr;
  for (const auto& cell : sheet.cells) {
    if (cell.row == row && cell.col == col) found = &cell;
  }
  return found;
}

/// The text of the cell at (row, col), or "" when it holds none.
inline std::string text_at(const layout::Sheet& sheet, int row, int col) {
  const layout::Cell* cell = cell_at(sheet, row, col);
  return cell && std::holds_alternative<std::string>(cell->value)
             ? std::get<std::string>(cell->value)
             : "";
}

}  // namespace s11::test
