#include "core/design/tokenizer.h"

#include <cctype>

namespace ss::design {

std::vector<std::string> tokenize(std::string_view prompt)
{
    std::vector<std::string> tokens;
    std::string word;
    auto flush = [&] {
        if (!word.empty())
            tokens.push_back(std::move(word));
        word.clear();
    };
    for (const char raw : prompt) {
        const auto c = static_cast<unsigned char>(raw);
        if (std::isalnum(c) || c == '_' || (c == '\'' && !word.empty())) {
            if (c != '\'')
                word += static_cast<char>(std::tolower(c));
        } else {
            flush();
            if (std::string_view(",;.()/&:[]").find(raw) != std::string_view::npos
                && (tokens.empty() || tokens.back() != kSeparator))
                tokens.emplace_back(kSeparator);
        }
    }
    flush();
    return tokens;
}

}  // namespace ss::design
