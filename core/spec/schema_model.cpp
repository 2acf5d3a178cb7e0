#include "core/spec/schema_model.h"

#include "core/spec/name_lookup.h"

#include <algorithm>

namespace ss {

namespace {
// ASCII only, like the identifier folding of the databases, and independent of the process locale (Qt sets
// it from the environment, and std::tolower under it costs a call per character on hot lookup paths).
char foldAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return foldAscii(x) == foldAscii(y); });
}

std::string toLower(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = foldAscii(c);
    return out;
}

const Column* Table::findColumn(std::string_view columnName) const { return findByName(columns, columnName); }
Column* Table::findColumn(std::string_view columnName) { return findByName(columns, columnName); }
const Table* SchemaModel::findTable(std::string_view name) const { return findByName(tables, name); }
Table* SchemaModel::findTable(std::string_view name) { return findByName(tables, name); }
const Table* SchemaModel::findTable(std::string_view schema, std::string_view name) const
{
    return findByName(tables, name, [](const Table& t) -> std::string_view { return t.name; },
                      [&](const Table& t) { return t.schema == schema; });
}
const View* SchemaModel::findView(std::string_view name) const { return findByName(views, name); }

std::vector<std::string> schemasOf(const SchemaModel& model)
{
    std::vector<std::string> out;
    for (const Table& t : model.tables)
        if (!t.schema.empty())
            out.push_back(t.schema);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string qualifiedName(std::string_view schema, std::string_view name)
{
    return schema.empty() ? std::string(name) : std::string(schema) + "." + std::string(name);
}

std::vector<std::string> primaryKeyOf(const Table& table)
{
    if (!table.primaryKey.empty())
        return table.primaryKey;
    if (!table.surrogateKey.empty())
        return {table.surrogateKey};
    return {};
}

const char* toString(TableKind kind)
{
    switch (kind) {
    case TableKind::Dimension: return "dimension";
    case TableKind::Fact: return "fact";
    case TableKind::Table: return "table";
    }
    return "table";
}

namespace {
struct FkActionName {
    FkAction action;
    const char* name;
};
const FkActionName kFkActions[] = {
    {FkAction::NoAction, "no action"}, {FkAction::Restrict, "restrict"}, {FkAction::Cascade, "cascade"},
    {FkAction::SetNull, "set null"},   {FkAction::SetDefault, "set default"},
};
struct AggregationName {
    Aggregation aggregation;
    const char* name;
};
const AggregationName kAggregations[] = {
    {Aggregation::None, "none"}, {Aggregation::Sum, "sum"}, {Aggregation::Avg, "avg"},
    {Aggregation::Count, "count"}, {Aggregation::CountDistinct, "count_distinct"},
    {Aggregation::Min, "min"}, {Aggregation::Max, "max"},
};
}  // namespace

const char* toString(FkAction action)
{
    for (const auto& a : kFkActions)
        if (a.action == action)
            return a.name;
    return "no action";
}

const char* toString(Aggregation aggregation)
{
    for (const auto& a : kAggregations)
        if (a.aggregation == aggregation)
            return a.name;
    return "none";
}

std::optional<FkAction> parseFkAction(std::string_view text)
{
    std::string norm = toLower(text);
    std::replace(norm.begin(), norm.end(), '_', ' ');
    for (const auto& a : kFkActions)
        if (norm == a.name)
            return a.action;
    return std::nullopt;
}

std::optional<Aggregation> parseAggregation(std::string_view text)
{
    const std::string norm = toLower(text);
    for (const auto& a : kAggregations)
        if (norm == a.name)
            return a.aggregation;
    if (norm == "average")
        return Aggregation::Avg;
    return std::nullopt;
}

}  // namespace ss
