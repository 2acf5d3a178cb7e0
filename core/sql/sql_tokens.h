#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ss {

// Just enough of a SQL lexer to read names and constraints back out of DDL and view text kept by a catalog:
// words, quoted names ("x", `x`, [x]) with their quotes removed, string literals, numbers and single-character
// symbols. Comments and blanks are skipped. Offsets point into the original text, so a caller can slice
// an expression out verbatim.
struct SqlToken {
    enum class Kind { Word, QuotedName, String, Number, Symbol };
    Kind kind = Kind::Symbol;
    std::string text;
    std::size_t begin = 0;
    std::size_t end = 0;

    bool isName() const { return kind == Kind::Word || kind == Kind::QuotedName; }
    bool is(const char* keyword) const;     // a bare word, case-insensitive
    bool isSymbol(char c) const { return kind == Kind::Symbol && text.size() == 1 && text[0] == c; }
};

std::vector<SqlToken> tokenizeSql(std::string_view sql);

}  // namespace ss
