#include "core/export/double_quoted.h"

#include "core/util/json_escape.h"

namespace ss {

std::string doubleQuoted(std::string_view text)
{
    return "\"" + jsonEscape(text) + "\"";
}

}  // namespace ss
