#include "core/spec/rules/message_text.h"

#include "core/spec/rules/identifier.h"

#include <algorithm>
#include <cstdio>

namespace ss::rules {

std::string printable(std::string_view name)
{
    constexpr std::size_t kShown = 64;
    std::size_t shown = std::min(name.size(), kShown);
    while (shown < name.size() && shown > 0 && (static_cast<unsigned char>(name[shown]) & 0xC0) == 0x80)
        --shown;  // never cut a UTF-8 sequence in half
    std::string out;
    for (std::size_t i = 0; i < shown; ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (isControlCharacter(c)) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    if (shown < name.size())
        out += "...";
    return out;
}

std::string quoted(std::string_view name)
{
    return "'" + printable(name) + "'";
}

std::string onLine(SourceLocation loc)
{
    return loc.known() ? " (line " + std::to_string(loc.line) + ")" : std::string{};
}

std::string columnList(const std::vector<std::string>& columns)
{
    constexpr std::size_t kShown = 8;
    std::string out = "(";
    for (std::size_t i = 0; i < columns.size() && i < kShown; ++i)
        out += (i ? ", " : "") + printable(columns[i]);
    if (columns.size() > kShown)
        out += ", ... " + std::to_string(columns.size() - kShown) + " more";
    return out + ")";
}

std::string cyclePath(const std::vector<std::string_view>& nodes)
{
    constexpr std::size_t kShown = 10;
    std::string out;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes.size() > kShown && i == kShown - 1) {
            out += "... " + std::to_string(nodes.size() - i) + " more -> ";
            break;
        }
        out += printable(nodes[i]) + " -> ";
    }
    return nodes.empty() ? out : out + printable(nodes.front());
}

}  // namespace ss::rules
