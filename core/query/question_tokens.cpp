#include "core/query/question_tokens.h"

#include "core/query/lexicon.h"

#include <cctype>
#include <cstdlib>

namespace ss::query {

namespace {

bool isWordChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || u >= 0x80;
}

std::string lower(std::string_view text)
{
    std::string out;
    for (const char c : text)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "1,500": a comma between thousands, not a list ("1,2 and 3" is not a number).
bool threeDigitsAfter(std::string_view text, std::size_t comma)
{
    if (comma + 3 >= text.size())
        return false;
    for (std::size_t k = comma + 1; k <= comma + 3; ++k)
        if (!std::isdigit(static_cast<unsigned char>(text[k])))
            return false;
    return comma + 4 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[comma + 4]));
}

// A number at `i` ("$1,500.25", "2k", "3.5m", "40%"); returns its length, 0 when none starts there.
std::size_t readNumber(std::string_view text, std::size_t i, double& value)
{
    std::size_t j = i;
    if (j < text.size() && text[j] == '$')
        ++j;
    const std::size_t digitsStart = j;
    std::string digits;
    while (j < text.size()) {
        const char c = text[j];
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits += c;
            ++j;
        } else if (c == ',' && !digits.empty() && threeDigitsAfter(text, j)) {
            ++j;
        } else if (c == '.' && !digits.empty() && j + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[j + 1]))
                   && digits.find('.') == std::string::npos) {
            digits += c;
            ++j;
        } else {
            break;
        }
    }
    if (j == digitsStart || digits.empty())
        return 0;
    value = std::strtod(digits.c_str(), nullptr);
    if (j < text.size()) {
        const char suffix = static_cast<char>(std::tolower(static_cast<unsigned char>(text[j])));
        const bool alone = j + 1 >= text.size() || !isWordChar(text[j + 1]);
        if (alone && (suffix == 'k' || suffix == 'm' || suffix == 'b')) {
            value *= suffix == 'k' ? 1e3 : suffix == 'm' ? 1e6 : 1e9;
            ++j;
        } else if (suffix == '%') {
            ++j;
        } else if (isWordChar(text[j])) {
            return 0;  // a word that starts with digits (3rd, 2x): not a number
        }
    }
    return j - i;
}

}  // namespace

std::vector<Token> tokenizeQuestion(std::string_view text)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\'' || c == '"' || c == '`') {
            const std::size_t end = text.find(c, i + 1);
            if (end != std::string_view::npos) {
                Token t;
                t.kind = Token::Kind::Quoted;
                t.raw = std::string(text.substr(i + 1, end - i - 1));
                t.norm = lower(t.raw);
                tokens.push_back(std::move(t));
                i = end + 1;
                continue;
            }
            ++i;
            continue;
        }
        double value = 0;
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '$') {
            if (const std::size_t n = readNumber(text, i, value); n > 0) {
                Token t;
                t.kind = Token::Kind::Number;
                t.raw = std::string(text.substr(i, n));
                t.norm = lower(t.raw);
                t.number = value;
                tokens.push_back(std::move(t));
                i += n;
                continue;
            }
        }
        if (isWordChar(c)) {
            std::size_t j = i;
            while (j < text.size() && (isWordChar(text[j]) || (text[j] == '\'' && j + 1 < text.size() && isWordChar(text[j + 1]))))
                ++j;
            Token t;
            t.raw = std::string(text.substr(i, j - i));
            std::string word = lower(t.raw);
            if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0)
                word.resize(word.size() - 2);
            t.norm = normalWord(word);
            tokens.push_back(std::move(t));
            i = j;
            continue;
        }
        if (c == '<' || c == '>' || c == '=' || c == '!') {
            Token t;
            t.kind = Token::Kind::Symbol;
            t.raw = std::string(1, c);
            if (i + 1 < text.size() && text[i + 1] == '=') {
                t.raw += '=';
                ++i;
            }
            t.norm = t.raw;
            tokens.push_back(std::move(t));
            ++i;
            continue;
        }
        if (c == ',' || c == '.' || c == '?' || c == ';' || c == '!' || c == ':' || c == '(' || c == ')') {
            if (tokens.empty() || tokens.back().kind != Token::Kind::Separator) {
                Token t;
                t.kind = Token::Kind::Separator;
                t.raw = std::string(1, c);
                t.norm = t.raw;
                tokens.push_back(std::move(t));
            }
        }
        ++i;
    }
    return tokens;
}

}  // namespace ss::query
