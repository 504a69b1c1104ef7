// Fuzz target: the framework loader (standards/framework.h) on one XML file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "standards/framework.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  s11::fuzz::check_no_descriptor_leak();  // The first call sets the baseline.
  std::string path = s11::fuzz::write_input("framework.xml", data, size);
  s11::fuzz::expect_only_s11_errors([&] {
    s11::Framework framework = s11::load_framework(path);
    // What the engine relies on once a framework has loaded.
    s11::fuzz::check(!framework.scheme.levels.empty(), "a framework with no rating levels");
    s11::fuzz::check(framework.impact.levels.size() == 4, "an impact model without four levels");
    for (const auto& standard : framework.standards) {
      s11::fuzz::check(framework.find_area(standard.area) != nullptr,
                       "a standard in an area the framework does not have");
      for (const auto& point : standard.points) {
        s11::fuzz::check(framework.standard_of(point.id) == &standard,
                         "a point id found under another standard");
      }
    }
    for (const auto& level : framework.scheme.levels) {
      s11::fuzz::check(framework.scheme.find(level.name) != nullptr, "a level not found by name");
    }
  });
  s11::fuzz::check_no_descriptor_leak();
  return 0;
}
