#pragma once

// Builds star-shaped schemas of any size for the diagram tests and benchmarks: dimensions, facts that
// reference several dimensions, and plain tables chained to earlier tables. Deterministic for a given seed.

#include "core/spec/schema_model.h"

#include <cstdint>
#include <string>

namespace ss::testing {

class SyntheticRandom {
public:
    explicit SyntheticRandom(std::uint64_t seed) : m_state(seed * 6364136223846793005ULL + 1442695040888963407ULL) {}
    int below(int n)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((m_state >> 33) % static_cast<std::uint64_t>(n));
    }

private:
    std::uint64_t m_state;
};

inline Column syntheticColumn(const std::string& name, DataType type, bool nullable)
{
    Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

inline void addForeignKey(Table& table, const Table& target, bool nullable)
{
    const std::string column = target.name + "_key";
    if (table.findColumn(column))
        return;
    Column c = syntheticColumn(column, DataType::of(TypeKind::Integer), nullable);
    c.origin = ColumnOrigin::ForeignKey;
    table.columns.push_back(c);
    ForeignKey fk;
    fk.columns = {column};
    fk.refTable = target.name;
    fk.refColumns = {target.surrogateKey};
    table.foreignKeys.push_back(fk);
}

// About 20% dimensions, 12% facts (each referencing 4-6 dimensions), the rest plain tables referencing up to
// two earlier tables; about 1.4 foreign keys per table overall.
inline SchemaModel makeSyntheticSchema(int tableCount, std::uint64_t seed = 7)
{
    SyntheticRandom random(seed);
    SchemaModel model;
    model.warehouse = "synthetic";
    const int dimensions = std::max(1, tableCount / 5);
    const int facts = std::max(1, tableCount * 12 / 100);
    const DataType types[] = {DataType::varchar(40), DataType::of(TypeKind::Date), DataType::decimal(18, 2),
                              DataType::of(TypeKind::Integer), DataType::of(TypeKind::Text),
                              DataType::of(TypeKind::Timestamp), DataType::of(TypeKind::Boolean)};
    for (int i = 0; i < tableCount; ++i) {
        Table t;
        t.kind = i < dimensions ? TableKind::Dimension : i < dimensions + facts ? TableKind::Fact : TableKind::Table;
        const char* prefix = t.kind == TableKind::Dimension ? "dim_" : t.kind == TableKind::Fact ? "fact_" : "tbl_";
        t.name = prefix + std::to_string(i);
        t.surrogateKey = t.name + "_key";
        Column key = syntheticColumn(t.surrogateKey, DataType::of(TypeKind::Integer), false);
        key.identity = true;
        key.origin = ColumnOrigin::SurrogateKey;
        t.columns.push_back(key);
        t.primaryKey = {t.surrogateKey};
        if (t.kind == TableKind::Fact) {
            const int refs = 4 + random.below(3);
            for (int r = 0; r < refs; ++r)
                addForeignKey(t, model.tables[static_cast<std::size_t>(random.below(dimensions))], false);
        } else if (t.kind == TableKind::Table) {
            const int refs = random.below(3) + (random.below(10) < 4 ? 1 : 0);
            for (int r = 0; r < refs && i > 0; ++r)
                addForeignKey(t, model.tables[static_cast<std::size_t>(random.below(i))], random.below(2) == 0);
        }
        const int columns = 4 + random.below(8);
        for (int c = 0; c < columns; ++c)
            t.columns.push_back(syntheticColumn("attribute_" + std::to_string(c),
                                                types[random.below(static_cast<int>(std::size(types)))],
                                                random.below(3) == 0));
        model.tables.push_back(std::move(t));
    }
    return model;
}

}  // namespace ss::testing
