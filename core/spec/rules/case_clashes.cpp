#include "core/spec/rules/case_clashes.h"

#include "core/spec/rules/message_text.h"

#include <cstring>
#include <unordered_map>

namespace ss::rules {

namespace {

constexpr unsigned kFoldsAll = kFoldsSqlite | kFoldsDuckdb | kFoldsMysql | kFoldsMysqlTables;
constexpr unsigned kFoldsTableNames = kFoldsSqlite | kFoldsDuckdb | kFoldsMysqlTables;

bool isRelation(const NamedObject& object)
{
    return object.table == nullptr || std::strcmp(object.kind, toString(object.table->kind)) == 0;
}

bool isColumn(const NamedObject& object)
{
    return std::strcmp(object.kind, "column") == 0 || std::strcmp(object.kind, "measure") == 0;
}

bool isTableScoped(const NamedObject& object)
{
    return std::strcmp(object.kind, "index") == 0 || std::strcmp(object.kind, "unique constraint") == 0;
}

// The namespace a name lives in, as a key prefix: its table for columns, indexes and unique constraints (the
// scope that clashes on every dialect), its PostgreSQL schema for everything else.
std::string scopeOf(const NamedObject& object)
{
    if (isColumn(object))
        return "c\n" + object.table->schema + '\n' + object.table->name + '\n';
    if (isTableScoped(object))
        return "i\n" + object.table->schema + '\n' + object.table->name + '\n';
    return "s\n" + (object.table ? object.table->schema : std::string()) + '\n';
}

}  // namespace

std::string CaseClash::message() const
{
    std::string text = std::string(later.kind) + " " + quoted(later.name) + " differs only in case from "
                     + first.kind + " " + quoted(first.name) + onLine(first.loc);
    if (isColumn(later))
        text += " in " + std::string(toString(later.table->kind)) + " " + quoted(later.table->name);
    return text;
}

std::vector<CaseClash> caseClashes(const SchemaModel& model)
{
    std::unordered_map<std::string, NamedObject> exact;
    std::unordered_map<std::string, NamedObject> folded;
    std::vector<CaseClash> clashes;
    forEachNamedObject(model, [&](const NamedObject& object) {
        const std::string scope = scopeOf(object);
        if (!exact.emplace(scope + std::string(object.name), object).second)
            return;  // an exact duplicate: duplicate-name's error
        const auto [first, fresh] = folded.emplace(scope + toLower(object.name), object);
        if (fresh)
            return;
        const bool relations = isRelation(object) && isRelation(first->second);
        clashes.push_back({object, first->second, relations ? kFoldsTableNames : kFoldsAll});
    });
    return clashes;
}

std::string foldingDialectNames(unsigned foldedBy)
{
    std::string names = "SQLite and DuckDB";
    if (foldedBy & kFoldsMysql)
        names = "SQLite, DuckDB and MySQL/MariaDB";
    else if (foldedBy & kFoldsMysqlTables)
        names += ", and MySQL/MariaDB where lower_case_table_names is set,";
    return names;
}

}  // namespace ss::rules
