// Fuzz target: audit.ini (readers/audit_config.h). Frameworks named by id resolve to the
// source tree's standards/ (fuzz_support.h use_source_data).
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/date.h"
#include "fuzz_support.h"
#include "readers/audit_config.h"

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  s11::fuzz::use_source_data();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  s11::fuzz::check_no_descriptor_leak();  // The first call sets the baseline.
  std::string path = s11::fuzz::write_input("audit.ini", data, size);
  s11::fuzz::expect_only_s11_errors([&] {
    s11::AuditConfig config = s11::read_audit_config(path);
    // What the rest of s11 relies on once the settings have been read.
    s11::fuzz::check(s11::is_valid(config.audit_date), "an invalid audit date accepted");
    s11::fuzz::check(config.currency_months >= 1 && config.currency_months <= 120,
                     "a currency window outside 1-120 months accepted");
    s11::fuzz::check(!config.organisation.empty() && !config.framework.empty(),
                     "a required setting left empty");
    if (config.plan.next_audit_date) {
      s11::fuzz::check(s11::is_valid(*config.plan.next_audit_date),
                       "an invalid next_audit_date accepted");
    }
  });
  s11::fuzz::check_no_descriptor_leak();
  return 0;
}
