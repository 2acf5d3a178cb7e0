#include "core/spec/rules/suggest.h"

#include "core/spec/rules/message_text.h"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace ss::rules {

namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const bool same = lower(a[i - 1]) == lower(b[j - 1]);
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string didYouMean(std::string_view name, const std::vector<std::string_view>& candidates)
{
    constexpr std::size_t kLongest = 64;  // beyond identifier length a suggestion is noise, and costly
    constexpr std::size_t kMostCandidates = 5000;
    if (name.empty() || name.size() > kLongest || candidates.size() > kMostCandidates)
        return {};
    const std::size_t limit = std::max<std::size_t>(1, name.size() / 3);
    std::string_view best;
    std::size_t bestDistance = limit + 1;
    for (std::string_view c : candidates) {
        if (c.size() > kLongest || (c.size() > name.size() ? c.size() - name.size() : name.size() - c.size()) > limit)
            continue;
        const std::size_t d = editDistance(name, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best.empty() ? std::string{} : "Did you mean " + quoted(best) + "?";
}

}  // namespace ss::rules
