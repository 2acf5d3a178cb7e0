#include "unit/seed/seed_test_support.h"

#include <map>

using namespace seedtest;
using ss::DataType;
using ss::TypeKind;

TEST_CASE("categorical frequencies match the weights (chi-square)")
{
    auto s = spec("categorical");
    s.values = {{"north", 5}, {"south", 3}, {"east", 1}, {"west", 1}, {"centre", 0.5}};
    const auto column = generateColumn(s, DataType::varchar(10), 200'000);
    std::map<std::string, double> counts;
    for (std::size_t i = 0; i < column.size(); ++i)
        counts[std::string(column.text(i))] += 1;
    REQUIRE(counts.size() == 5);
    std::vector<double> observed;
    std::vector<double> weights;
    for (const auto& v : s.values) {
        observed.push_back(counts[v.value]);
        weights.push_back(v.weight);
    }
    CHECK(chiSquare(observed, weights) < chiSquareCritical(4));
}

TEST_CASE("categorical values take the column's type, a value that is not one is refused")
{
    auto s = spec("categorical");
    s.values = {{"12", 1}, {"36", 1}};
    const auto column = generateColumn(s, DataType::of(TypeKind::SmallInt), 100);
    for (std::int64_t v : column.ints)
        CHECK((v == 12 || v == 36));

    s.values = {{"twelve", 1}};
    ss::seed::GeneratorContext ctx;
    ctx.table = "t";
    ctx.column = "term";
    ctx.shape = ss::seed::shapeOf(DataType::of(TypeKind::SmallInt));
    ss::seed::BuildError error;
    CHECK_FALSE(ss::seed::makeGenerator(s, ctx, error));
    CHECK(error.message.find("'twelve' is not a number") != std::string::npos);
}

TEST_CASE("boolean is true with the given probability")
{
    auto s = spec("boolean");
    s.probability = 0.3;
    const auto column = generateColumn(s, DataType::of(TypeKind::Boolean), 200'000);
    double trues = 0;
    for (std::int64_t v : column.ints)
        trues += static_cast<double>(v);
    const double n = static_cast<double>(column.size());
    CHECK(std::fabs(trues / n - 0.3) <= kZ * std::sqrt(0.3 * 0.7 / n));
}

TEST_CASE("text values are cut to the column's length at a character boundary")
{
    auto s = spec("categorical");
    s.values = {{"Zürich Hauptbahnhof", 1}};
    const auto column = generateColumn(s, DataType::varchar(2), 3);
    CHECK(column.text(0) == "Z\xC3\xBC");
}
