#include "core/sql/sql_template.h"

namespace ss {

std::string fillTemplate(std::string_view text, std::initializer_list<TemplateArg> args)
{
    std::string out;
    out.reserve(text.size() + 64);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t open = text.find('{', pos);
        if (open == std::string_view::npos) {
            out.append(text.substr(pos));
            break;
        }
        out.append(text.substr(pos, open - pos));
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) {
            out.append(text.substr(open));
            break;
        }
        const std::string_view name = text.substr(open + 1, close - open - 1);
        const TemplateArg* match = nullptr;
        for (const auto& a : args)
            if (a.name == name)
                match = &a;
        if (match)
            out.append(match->value);
        else
            out.append(text.substr(open, close - open + 1));
        pos = close + 1;
    }
    return out;
}

}  // namespace ss
