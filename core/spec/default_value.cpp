#include "core/spec/default_value.h"

#include <cctype>

namespace ss {

bool isNumberLiteral(const std::string& s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    const std::size_t digitsStart = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
        ++i;
    bool any = i > digitsStart;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const std::size_t fraction = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i;
        any = any || i > fraction;
    }
    if (!any)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        const std::size_t exponent = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i;
        if (i == exponent)
            return false;
    }
    return i == s.size();
}

DefaultValue classifyDefault(const std::string& text, bool plain)
{
    DefaultValue d;
    d.text = text;
    if (!plain)
        return d;
    if (isNumberLiteral(text)) {
        d.kind = DefaultValue::Kind::Number;
    } else if (equalsIgnoreCase(text, "true") || equalsIgnoreCase(text, "false")) {
        d.kind = DefaultValue::Kind::Boolean;
        d.text = toLower(text);
    } else if (equalsIgnoreCase(text, "CURRENT_TIMESTAMP") || equalsIgnoreCase(text, "CURRENT_DATE") ||
               equalsIgnoreCase(text, "CURRENT_TIME")) {
        d.kind = DefaultValue::Kind::Expression;
        for (char& ch : d.text)
            ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    }
    return d;
}

namespace {

// A number literal in one spelling: no sign for zero or "+", no leading zeros, no trailing fractional zeros.
std::string canonicalNumber(const std::string& text)
{
    std::string digits = text;
    bool negative = false;
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
        negative = digits[0] == '-';
        digits.erase(0, 1);
    }
    if (const auto point = digits.find('.'); point != std::string::npos) {
        while (!digits.empty() && digits.back() == '0')
            digits.pop_back();
        if (!digits.empty() && digits.back() == '.')
            digits.pop_back();
    }
    const auto first = digits.find_first_not_of('0');
    digits = first == std::string::npos ? "0" : digits.substr(first);
    if (digits.empty() || digits[0] == '.')
        digits.insert(0, "0");
    return (negative && digits != "0" ? "-" : "") + digits;
}

}  // namespace

bool sameDefault(const std::optional<DefaultValue>& a, const std::optional<DefaultValue>& b)
{
    if (a && b && a->kind == DefaultValue::Kind::Number && b->kind == DefaultValue::Kind::Number)
        return canonicalNumber(a->text) == canonicalNumber(b->text);
    return a == b;
}

}  // namespace ss
