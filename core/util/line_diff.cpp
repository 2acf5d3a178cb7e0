#include "core/util/line_diff.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace ss {

namespace {

// Stretches between anchors are matched exactly when they are this small (cells of the LCS table); larger
// ones without anchors are shown as removed then added, which keeps the time and memory bounded.
constexpr std::size_t kExactMatchCells = std::size_t{1} << 20;
// Hostile inputs (one side the other reversed) would otherwise nest one level per line.
constexpr int kMaxAnchorDepth = 48;

class Aligner {
public:
    Aligner(std::vector<int> left, std::vector<int> right) : a_(std::move(left)), b_(std::move(right)) {}

    std::vector<AlignedLine> run()
    {
        align(0, static_cast<int>(a_.size()), 0, static_cast<int>(b_.size()), 0);
        return std::move(rows_);
    }

private:
    void same(int i, int j) { rows_.push_back({i, j, LineChange::Same}); }
    void removed(int i) { rows_.push_back({i, -1, LineChange::Removed}); }
    void added(int j) { rows_.push_back({-1, j, LineChange::Added}); }

    void align(int a0, int a1, int b0, int b1, int depth)
    {
        while (a0 < a1 && b0 < b1 && a_[a0] == b_[b0]) same(a0++, b0++);
        int common = 0;
        while (a0 < a1 - common && b0 < b1 - common && a_[a1 - common - 1] == b_[b1 - common - 1]) ++common;
        a1 -= common;
        b1 -= common;

        if (a0 == a1 || b0 == b1) {
            for (int i = a0; i < a1; ++i) removed(i);
            for (int j = b0; j < b1; ++j) added(j);
        } else if (depth >= kMaxAnchorDepth || !alignOnAnchors(a0, a1, b0, b1, depth)) {
            matchExactly(a0, a1, b0, b1);
        }
        for (int k = 0; k < common; ++k) same(a1 + k, b1 + k);
    }

    // Lines that occur once on each side, kept where their order agrees on both (the longest increasing
    // run of right positions), split the stretch into smaller ones. False when there is no such line.
    bool alignOnAnchors(int a0, int a1, int b0, int b1, int depth)
    {
        struct Seen {
            int inLeft = 0;
            int inRight = 0;
            int rightAt = -1;
        };
        std::unordered_map<int, Seen> seen;
        for (int i = a0; i < a1; ++i) ++seen[a_[i]].inLeft;
        for (int j = b0; j < b1; ++j) {
            auto found = seen.find(b_[j]);
            if (found == seen.end()) continue;
            ++found->second.inRight;
            found->second.rightAt = j;
        }
        std::vector<std::pair<int, int>> candidates;
        for (int i = a0; i < a1; ++i) {
            const Seen& s = seen[a_[i]];
            if (s.inLeft == 1 && s.inRight == 1) candidates.emplace_back(i, s.rightAt);
        }
        if (candidates.empty()) return false;

        // Patience sorting: tails[k] is the candidate ending the best increasing run of length k + 1.
        std::vector<int> tails;
        std::vector<int> previous(candidates.size(), -1);
        for (int c = 0; c < static_cast<int>(candidates.size()); ++c) {
            const auto at = std::lower_bound(tails.begin(), tails.end(), candidates[c].second,
                                             [&](int t, int right) { return candidates[t].second < right; });
            if (at != tails.begin()) previous[c] = *(at - 1);
            if (at == tails.end()) {
                tails.push_back(c);
            } else {
                *at = c;
            }
        }
        std::vector<std::pair<int, int>> anchors;
        for (int c = tails.back(); c >= 0; c = previous[c]) anchors.push_back(candidates[c]);
        std::reverse(anchors.begin(), anchors.end());

        int i = a0;
        int j = b0;
        for (const auto& [ai, bj] : anchors) {
            align(i, ai, j, bj, depth + 1);
            same(ai, bj);
            i = ai + 1;
            j = bj + 1;
        }
        align(i, a1, j, b1, depth + 1);
        return true;
    }

    void matchExactly(int a0, int a1, int b0, int b1)
    {
        const auto n = static_cast<std::size_t>(a1 - a0);
        const auto m = static_cast<std::size_t>(b1 - b0);
        if ((n + 1) * (m + 1) > kExactMatchCells) {
            for (int i = a0; i < a1; ++i) removed(i);
            for (int j = b0; j < b1; ++j) added(j);
            return;
        }
        // lcs[i][j]: length of the longest common run of a[a0+i..a1) and b[b0+j..b1); it fits 16 bits because
        // the table is bounded by kExactMatchCells.
        std::vector<std::uint16_t> lcs((n + 1) * (m + 1), 0);
        const auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return lcs[i * (m + 1) + j]; };
        for (std::size_t i = n; i-- > 0;) {
            for (std::size_t j = m; j-- > 0;) {
                at(i, j) = a_[a0 + i] == b_[b0 + j] ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                                                    : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < n && j < m) {
            if (a_[a0 + i] == b_[b0 + j]) {
                same(a0 + static_cast<int>(i++), b0 + static_cast<int>(j++));
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                removed(a0 + static_cast<int>(i++));
            } else {
                added(b0 + static_cast<int>(j++));
            }
        }
        for (; i < n; ++i) removed(a0 + static_cast<int>(i));
        for (; j < m; ++j) added(b0 + static_cast<int>(j));
    }

    std::vector<int> a_;
    std::vector<int> b_;
    std::vector<AlignedLine> rows_;
};

// Within each stretch between unchanged lines, the removed lines and the added ones are paired in order.
std::vector<AlignedLine> pairChanges(const std::vector<AlignedLine>& rows)
{
    std::vector<AlignedLine> out;
    out.reserve(rows.size());
    std::size_t k = 0;
    while (k < rows.size()) {
        if (rows[k].change == LineChange::Same) {
            out.push_back(rows[k++]);
            continue;
        }
        std::vector<int> lefts;
        std::vector<int> rights;
        for (; k < rows.size() && rows[k].change != LineChange::Same; ++k) {
            if (rows[k].left >= 0) lefts.push_back(rows[k].left);
            if (rows[k].right >= 0) rights.push_back(rows[k].right);
        }
        const std::size_t paired = std::min(lefts.size(), rights.size());
        for (std::size_t p = 0; p < paired; ++p) out.push_back({lefts[p], rights[p], LineChange::Changed});
        for (std::size_t p = paired; p < lefts.size(); ++p) out.push_back({lefts[p], -1, LineChange::Removed});
        for (std::size_t p = paired; p < rights.size(); ++p) out.push_back({-1, rights[p], LineChange::Added});
    }
    return out;
}

}  // namespace

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    }
    return lines;
}

std::vector<AlignedLine> alignLines(const std::vector<std::string_view>& left,
                                    const std::vector<std::string_view>& right)
{
    std::unordered_map<std::string_view, int> ids;
    const auto intern = [&ids](const std::vector<std::string_view>& lines) {
        std::vector<int> out;
        out.reserve(lines.size());
        for (std::string_view line : lines) out.push_back(ids.emplace(line, static_cast<int>(ids.size())).first->second);
        return out;
    };
    std::vector<int> a = intern(left);
    std::vector<int> b = intern(right);
    return pairChanges(Aligner(std::move(a), std::move(b)).run());
}

}  // namespace ss
