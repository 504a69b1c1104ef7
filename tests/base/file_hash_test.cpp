#include "base/file_hash.h"

#include <catch2/catch.hpp>
#include <string>

#include "base/errors.h"
#include "test_support.h"

namespace s11 {

TEST_CASE("SHA-256 of text and of a file agree with the FIPS 180-2 vectors", "[base][hash]") {
  const std::string abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  CHECK(sha256_text("abc") == abc);
  CHECK(sha256_text("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_text(std::string("a\0b", 3)) != sha256_text("a"));
  test::TempDir dir;
  CHECK(sha256_file(dir.write("abc.txt", "abc")) == abc);
  CHECK_THROWS_WITH(sha256_file(dir.file("missing.txt")),
                    dir.file("missing.txt") + ": cannot open: No such file or directory");
}

}  // namespace s11
