#include "core/spec/yaml_scalar.h"

#include "core/spec/default_value.h"
#include "core/spec/schema_model.h"

#include <cstdio>

namespace ss {

namespace {

bool readsAsSomethingElse(std::string_view text)
{
    static const char* const kSpecial[] = {"null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"};
    for (const char* s : kSpecial)
        if (equalsIgnoreCase(text, s))
            return true;
    return isNumberLiteral(std::string(text)) || text.rfind("0x", 0) == 0 || text.rfind("0o", 0) == 0 ||
           text == ".inf" || text == "-.inf" || text == ".nan";
}

bool canBePlain(std::string_view text, YamlContext context)
{
    if (text.empty() || text.front() == ' ' || text.back() == ' ' || text.back() == ':')
        return false;
    static const std::string_view kBadFirst = "-?:,[]{}#&*!|>'\"%@`";
    if (kBadFirst.find(text.front()) != std::string_view::npos)
        return false;
    if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos)
        return false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F)
            return false;
        // yaml-cpp also refuses a '?' anywhere in a plain scalar inside brackets or braces.
        if (context == YamlContext::Flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '?'))
            return false;
    }
    return !readsAsSomethingElse(text);
}

std::string doubleQuoted(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (u < 0x20 || u == 0x7F) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02X", u);
                out += buf;
            } else {
                out.push_back(c);
            }
        }
    }
    out += "\"";
    return out;
}

// A literal block keeps text exactly only when no line could be misread for indentation or chomping.
bool suitsLiteralBlock(std::string_view text)
{
    if (text.find('\n') == std::string_view::npos || text.back() == '\n' || text.front() == ' ')
        return false;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        const std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!line.empty() && line.find_first_not_of(' ') == std::string_view::npos)
            return false;
        for (char c : line) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && c != '\t') || u == 0x7F)
                return false;
        }
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return true;
}

}  // namespace

std::string yamlScalar(std::string_view text, YamlContext context)
{
    return canBePlain(text, context) ? std::string(text) : doubleQuoted(text);
}

void appendBlockValue(std::string& out, std::string_view text, int keyIndent)
{
    if (!suitsLiteralBlock(text)) {
        out += ' ';
        out += yamlScalar(text, YamlContext::Block);
        out += '\n';
        return;
    }
    out += " |-\n";
    const std::string indent(static_cast<std::size_t>(keyIndent + 2), ' ');
    std::size_t start = 0;
    while (true) {
        const auto end = text.find('\n', start);
        const std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!line.empty())
            out += indent;
        out += line;
        out += '\n';
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
}

}  // namespace ss
