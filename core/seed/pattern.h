#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ss::seed {

// A text pattern: literal text with placeholders
//   {seq}  {seq:08}   the row's sequence number (start + row), zero-padded to the width
//   {code} {code:4}   the same number in base 36 (0-9, A-Z), zero-padded: 1.7 million codes fit in four characters
//   {digits:4}        random decimal digits      {letters:3}  random capital letters
//   {hex:8}           random lower-case hex digits
// and {{ and }} for literal braces.
struct PatternPart {
    enum class Kind { Literal, Sequence, Code, Digits, Letters, Hex };
    Kind kind = Kind::Literal;
    std::string literal;
    int width = 0;
};

struct ParsedPattern {
    std::vector<PatternPart> parts;
    std::string error;       // empty when the pattern is valid
    std::size_t offset = 0;  // where the error is, in bytes from the start
    bool ok() const { return error.empty(); }
    bool hasSequence() const;  // {seq} or {code}: a part that differs on every row
    // Longest text for sequence numbers up to maxSequence, in bytes (literals are counted as bytes).
    std::size_t maxLength(std::int64_t maxSequence) const;
};

ParsedPattern parsePattern(std::string_view pattern);

// Characters `value` takes in `base` (10 for {seq}, 36 for {code}), a minus sign included.
int digitCount(std::int64_t value, int base);

}  // namespace ss::seed
