#include "core/spec/rules/identifier.h"

namespace ss::rules {

namespace {

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool isControlCharacter(unsigned char c) { return c < 0x20 || c == 0x7f; }

std::string invalidNameReason(std::string_view name)
{
    if (name.empty())
        return "is empty";
    for (char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\'' || c == '`')
            return "contains a quote character";
        if (c == ';')
            return "contains a semicolon";
        if (isControlCharacter(c))
            return "contains a control character";
    }
    if (name.size() > kMaxIdentifierBytes)
        return "is " + std::to_string(name.size()) + " bytes long; PostgreSQL truncates names after "
            + std::to_string(kMaxIdentifierBytes) + " bytes and MySQL refuses more than 64";
    return {};
}

bool isSnakeCase(std::string_view name)
{
    if (name.empty() || !isLower(name.front()))
        return false;
    for (char c : name)
        if (!isLower(c) && !isDigit(c) && c != '_')
            return false;
    return true;
}

std::string toSnakeCase(std::string_view name)
{
    std::string out;
    out.reserve(name.size() + 4);
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (isUpper(c)) {
            const bool afterWordChar = i > 0 && (isLower(name[i - 1]) || isDigit(name[i - 1]));
            const bool endsAcronym = i > 0 && isUpper(name[i - 1]) && i + 1 < name.size() && isLower(name[i + 1]);
            if ((afterWordChar || endsAcronym) && !out.empty() && out.back() != '_')
                out.push_back('_');
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        } else if (isLower(c) || isDigit(c)) {
            out.push_back(c);
        } else if (!out.empty() && out.back() != '_') {
            out.push_back('_');
        }
    }
    while (!out.empty() && out.back() == '_')
        out.pop_back();
    if (!out.empty() && isDigit(out.front()))
        out.insert(0, "n_");
    return out;
}

}  // namespace ss::rules
