#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace ss {

struct TemplateArg {
    std::string_view name;
    std::string_view value;
};

// Fills `{name}` placeholders of a dialect's SQL template in one pass over the template, so text inserted
// for one placeholder is never read as another. Values are inserted as given: callers quote identifiers and
// literals first. A placeholder without an argument is left as written, which the golden tests would show.
std::string fillTemplate(std::string_view text, std::initializer_list<TemplateArg> args);

}  // namespace ss
