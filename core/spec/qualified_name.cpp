#include "core/spec/qualified_name.h"

#include <vector>

namespace ss {

namespace {

std::string part(std::string_view name)
{
    if (name.find('.') == std::string_view::npos && (name.empty() || name.front() != '"'))
        return std::string(name);
    return "\"" + std::string(name) + "\"";
}

}  // namespace

std::string qualifiedReference(std::string_view schema, std::string_view name)
{
    return schema.empty() ? part(name) : part(schema) + "." + part(name);
}

bool splitQualifiedName(std::string_view text, std::string& schema, std::string& name)
{
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (true) {
        if (i < text.size() && text[i] == '"') {
            const std::size_t close = text.find('"', i + 1);
            if (close == std::string_view::npos)
                return false;
            parts.emplace_back(text.substr(i + 1, close - i - 1));
            i = close + 1;
        } else {
            const std::size_t dot = text.find('.', i);
            parts.emplace_back(text.substr(i, dot == std::string_view::npos ? std::string_view::npos : dot - i));
            i = dot == std::string_view::npos ? text.size() : dot;
        }
        if (parts.back().empty() || parts.size() > 2)
            return false;
        if (i == text.size())
            break;
        if (text[i] != '.')
            return false;
        ++i;
    }
    schema = parts.size() == 2 ? parts[0] : std::string();
    name = parts.back();
    return true;
}

const Table* findQualifiedTable(const SchemaModel& model, std::string_view qualified)
{
    return findQualified(qualified, [&](std::string_view schema, std::string_view name) { return model.findTable(schema, name); });
}

}  // namespace ss
