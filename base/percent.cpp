#include "base/percent.h"

namespace s11 {

int display_percent(int part, int whole) {
  if (whole <= 0) return 0;
  int rounded = (200 * part + whole) / (2 * whole);
  if (rounded >= 100 && part < whole) return 99;
  if (rounded <= 0 && part > 0) return 1;
  return rounded;
}

bool reaches(int part, int whole, int percent) {
  return static_cast<long>(part) * 100 >= static_cast<long>(percent) * whole;
}

}  // namespace s11
