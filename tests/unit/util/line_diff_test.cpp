#include "core/util/line_diff.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ss;

namespace {

std::vector<std::string_view> linesOf(const std::vector<std::string>& storage)
{
    return {storage.begin(), storage.end()};
}

// Every line of both sides appears exactly once and in order, and unchanged rows hold equal lines.
void checkComplete(const std::vector<std::string>& a, const std::vector<std::string>& b, const std::vector<AlignedLine>& rows)
{
    int nextLeft = 0;
    int nextRight = 0;
    for (const AlignedLine& row : rows) {
        if (row.left >= 0) REQUIRE(row.left == nextLeft++);
        if (row.right >= 0) REQUIRE(row.right == nextRight++);
        switch (row.change) {
        case LineChange::Same:
            REQUIRE(a[static_cast<std::size_t>(row.left)] == b[static_cast<std::size_t>(row.right)]);
            break;
        case LineChange::Removed: REQUIRE(row.right == -1); break;
        case LineChange::Added: REQUIRE(row.left == -1); break;
        case LineChange::Changed: REQUIRE((row.left >= 0 && row.right >= 0)); break;
        }
    }
    CHECK(nextLeft == static_cast<int>(a.size()));
    CHECK(nextRight == static_cast<int>(b.size()));
}

int countOf(const std::vector<AlignedLine>& rows, LineChange change)
{
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [change](const AlignedLine& r) { return r.change == change; }));
}

}  // namespace

TEST_CASE("splitLines drops line breaks and a final empty line", "[util][line-diff]")
{
    CHECK(splitLines("").empty());
    CHECK(splitLines("a\nb\n") == std::vector<std::string_view>{"a", "b"});
    CHECK(splitLines("a\r\n\nb") == std::vector<std::string_view>{"a", "", "b"});
}

TEST_CASE("identical texts align line for line, all unchanged", "[util][line-diff]")
{
    const std::vector<std::string> a = {"version: 1", "entities:", "  - name: x"};
    const auto rows = alignLines(linesOf(a), linesOf(a));
    REQUIRE(rows.size() == 3);
    CHECK(countOf(rows, LineChange::Same) == 3);
}

TEST_CASE("an inserted table lines up as added rows between unchanged ones", "[util][line-diff]")
{
    const std::vector<std::string> a = {"tables:", "  - name: a", "    columns: [id]", "  - name: c", "    columns: [id]"};
    const std::vector<std::string> b = {"tables:",          "  - name: a", "    columns: [id]", "  - name: b",
                                        "    columns: [id]", "  - name: c", "    columns: [id]"};
    const auto rows = alignLines(linesOf(a), linesOf(b));
    checkComplete(a, b, rows);
    CHECK(countOf(rows, LineChange::Added) == 2);
    CHECK(countOf(rows, LineChange::Same) == 5);
    CHECK(countOf(rows, LineChange::Removed) == 0);
}

TEST_CASE("a removed line followed by an added one pairs into a changed row", "[util][line-diff]")
{
    const std::vector<std::string> a = {"- name: a", "  type: VARCHAR(150)", "- name: b"};
    const std::vector<std::string> b = {"- name: a", "  type: VARCHAR(200)", "  nullable: false", "- name: b"};
    const auto rows = alignLines(linesOf(a), linesOf(b));
    checkComplete(a, b, rows);
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].change == LineChange::Changed);
    CHECK(rows[1].left == 1);
    CHECK(rows[1].right == 1);
    CHECK(rows[2].change == LineChange::Added);
}

TEST_CASE("repeated lines between unique anchors are matched exactly", "[util][line-diff]")
{
    const std::vector<std::string> a = {"- name: t1", "  nullable: false", "  nullable: false", "- name: t2", "  nullable: false"};
    const std::vector<std::string> b = {"- name: t1", "  nullable: false", "- name: t2", "  nullable: true", "  nullable: false"};
    const auto rows = alignLines(linesOf(a), linesOf(b));
    checkComplete(a, b, rows);
    CHECK(countOf(rows, LineChange::Same) == 4);
    CHECK(countOf(rows, LineChange::Removed) == 1);
    CHECK(countOf(rows, LineChange::Added) == 1);
}

TEST_CASE("one side empty: everything removed or everything added", "[util][line-diff]")
{
    const std::vector<std::string> a = {"x", "y"};
    const std::vector<std::string> none;
    const auto removed = alignLines(linesOf(a), linesOf(none));
    checkComplete(a, none, removed);
    CHECK(countOf(removed, LineChange::Removed) == 2);
    const auto added = alignLines(linesOf(none), linesOf(a));
    checkComplete(none, a, added);
    CHECK(countOf(added, LineChange::Added) == 2);
}

TEST_CASE("hostile input (one side the other reversed, many repeats) stays complete and bounded", "[util][line-diff]")
{
    std::vector<std::string> a;
    for (int i = 0; i < 20000; ++i) a.push_back("line " + std::to_string(i) + (i % 3 == 0 ? "" : " x"));
    std::vector<std::string> b(a.rbegin(), a.rend());
    for (int i = 0; i < 20000; i += 7) b[static_cast<std::size_t>(i)] = "same";
    const auto rows = alignLines(linesOf(a), linesOf(b));
    checkComplete(a, b, rows);
    CHECK(countOf(rows, LineChange::Same) >= 1);
}
