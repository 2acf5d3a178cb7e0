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

}  // namespace ss
