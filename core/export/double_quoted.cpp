#include "core/export/double_quoted.h"

#include "core/util/joined.h"
#include "core/util/json_escape.h"

namespace ss {

std::string doubleQuoted(std::string_view text)
{
    return "\"" + jsonEscape(text) + "\"";
}

std::string doubleQuotedList(const std::vector<std::string>& items, std::string_view separator)
{
    std::vector<std::string> quoted;
    quoted.reserve(items.size());
    for (const std::string& item : items)
        quoted.push_back(doubleQuoted(item));
    return joined(quoted, separator);
}

}  // namespace ss
