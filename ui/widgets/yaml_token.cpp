#include "ui/widgets/yaml_token.h"

namespace ss::ui {

namespace {

int quotedEnd(std::string_view line, int start)
{
    const char quote = line[start];
    for (int i = start + 1; i < static_cast<int>(line.size()); ++i) {
        if (quote == '"' && line[i] == '\\') {
            ++i;
        } else if (line[i] == quote) {
            if (quote == '\'' && i + 1 < static_cast<int>(line.size()) && line[i + 1] == '\'') {
                ++i;  // '' is an escaped quote inside a single-quoted scalar
            } else {
                return i + 1;
            }
        }
    }
    return static_cast<int>(line.size());
}

int flowEnd(std::string_view line, int start)
{
    int depth = 0;
    for (int i = start; i < static_cast<int>(line.size()); ++i) {
        const char c = line[i];
        if (c == '"' || c == '\'') {
            i = quotedEnd(line, i) - 1;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if ((c == ']' || c == '}') && --depth == 0) {
            return i + 1;
        }
    }
    return static_cast<int>(line.size());
}

int plainEnd(std::string_view line, int start)
{
    int parentheses = 0;
    int end = start;
    for (int i = start; i < static_cast<int>(line.size()); ++i) {
        const char c = line[i];
        const bool spaceAfter = i + 1 == static_cast<int>(line.size()) || line[i + 1] == ' ';
        if (c == '(') ++parentheses;
        if (c == ')' && parentheses > 0) --parentheses;
        if (parentheses == 0 && (c == ',' || c == ']' || c == '}')) break;
        if (c == ':' && spaceAfter) break;
        if (c == '#' && i > start && line[i - 1] == ' ') break;
        if (c != ' ') end = i + 1;
    }
    return end;
}

}  // namespace

TokenSpan yamlTokenAt(std::string_view line, int column)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
    if (line.empty()) return {};
    if (column >= static_cast<int>(line.size())) return {static_cast<int>(line.size()) - 1, 1};
    const int start = std::max(0, column);
    const char first = line[start];
    int end = 0;
    if (first == '"' || first == '\'') {
        end = quotedEnd(line, start);
    } else if (first == '[' || first == '{') {
        end = flowEnd(line, start);
    } else {
        end = plainEnd(line, start);
    }
    return {start, std::max(1, end - start)};
}

}  // namespace ss::ui
