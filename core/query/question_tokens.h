#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ss::query {

struct Token {
    enum class Kind { Word, Number, Quoted, Symbol, Separator };
    Kind kind = Kind::Word;
    std::string raw;    // as typed (a quoted value without its quotes)
    std::string norm;   // words: normalWord; others: lower case
    std::optional<double> number;  // numbers: the value ("1,500" -> 1500, "2k" -> 2000, "$3.5m" -> 3500000)
};

// A question split into words, numbers, quoted values, comparison symbols (<, <=, >, >=, =) and separators
// (commas, full stops, question marks).
std::vector<Token> tokenizeQuestion(std::string_view question);

}  // namespace ss::query
