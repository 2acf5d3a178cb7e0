// Column types chosen from every value of an attribute, conflicts reported rather than cast.
#include "core/evolve/column_inference.h"
#include "support/evolve_support.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace ss;
using namespace ss::evolve;
using evolve_test::readJson;

namespace {

InferredColumn infer(const QJsonArray& values, long long entities = -1)
{
    AttributeStats stats;
    stats.path = "value";
    for (const QJsonValue& v : values)
        stats.add(readJson(v));
    return inferColumn(stats, entities < 0 ? values.size() : entities);
}

}  // namespace

TEST_CASE("column names are the attribute's path in snake case, camelCase split", "[evolve][types]")
{
    CHECK(columnNameOf("name.common") == "name_common");
    CHECK(columnNameOf("unMember") == "un_member");
    CHECK(columnNameOf("3166-1") == "a_3166_1");
}

TEST_CASE("integers, big integers, decimals and doubles", "[evolve][types]")
{
    CHECK(infer({1, 2, 300}).type == DataType::of(TypeKind::Integer));
    CHECK(infer({1, 20000000000.0}).type == DataType::of(TypeKind::BigInt));
    CHECK(infer({1, 12.5, 1234.25}).type == DataType::decimal(6, 2));
    CHECK(infer({1.5e-30, 2.0}).type == DataType::of(TypeKind::Double));
}

TEST_CASE("dates, timestamps and a mix of both", "[evolve][types]")
{
    CHECK(infer({"2024-01-01", "Jun 12 1998"}).type == DataType::of(TypeKind::Date));
    CHECK(infer({"2024-01-01", "2024-01-02T10:00:00Z"}).type == DataType::of(TypeKind::Timestamp));
}

TEST_CASE("text is sized with room to grow, and long text is TEXT", "[evolve][types]")
{
    CHECK(infer({"ab", "abcd"}).type == DataType::varchar(10));
    CHECK(infer({"abcdefghijklmnopqrstuvwxyz"}).type == DataType::varchar(100));
    CHECK(infer({QString(600, QLatin1Char('x'))}).type == DataType::of(TypeKind::Text));
}

TEST_CASE("values of several kinds are a reported conflict, kept as text or JSON", "[evolve][types]")
{
    const InferredColumn mixed = infer({1, 2, 3, "TBD"});
    CHECK(mixed.type == DataType::of(TypeKind::Text));
    REQUIRE(mixed.conflicts.size() == 1);
    CHECK(mixed.conflicts.front().kinds.size() == 2);
    CHECK(mixed.conflicts.front().examples.size() == 2);
    const InferredColumn objects = infer({QJsonObject{{"a", 1}}, "x"});
    CHECK(objects.type == DataType::of(TypeKind::Json));
    CHECK(objects.conflicts.size() == 1);
    CHECK(infer({QJsonObject{{"a", 1}}, QJsonObject{{"b", 2}}}).conflicts.empty());
}

TEST_CASE("nullability and coverage come from presence", "[evolve][types]")
{
    const InferredColumn partial = infer({true, false}, 4);
    CHECK(partial.type == DataType::of(TypeKind::Boolean));
    CHECK(partial.nullable);
    CHECK(partial.coverage == Approx(0.5));
    CHECK_FALSE(infer({true, false}).nullable);
    CHECK(infer({true, QJsonValue::Null}).nullable);
}

TEST_CASE("few repeated values make a category with its counts, unique values do not", "[evolve][types]")
{
    const InferredColumn category = infer({"open", "done", "open", "open", "done", "open"});
    CHECK(category.enumLike);
    REQUIRE(category.topValues.size() == 2);
    CHECK(category.topValues.front() == std::pair<std::string, long long>{"open", 4});
    CHECK_FALSE(infer({"a", "b", "c", "d", "e", "f"}).enumLike);
}
