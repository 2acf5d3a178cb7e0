#include "core/spec/rules/message_text.h"
#include "core/spec/rules/named_objects.h"
#include "core/spec/rules/rule.h"

#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace ss::rules {

namespace {

std::string clashMessage(const NamedObject& later, const NamedObject& first)
{
    std::string message = std::string(later.kind) + " " + quoted(later.name);
    if (std::strcmp(later.kind, first.kind) == 0 && later.table == first.table)
        message += " is defined twice";
    else
        message += " has the same name as " + std::string(first.kind) + " " + quoted(first.name);
    message += onLine(first.loc);
    if (later.name != first.name)
        message += "; names are compared case-insensitively";
    return message;
}

// Tables, views, indexes and constraints share one namespace: PostgreSQL and SQLite keep tables, views and
// indexes together, and MySQL wants foreign key and check constraint names unique across the schema.
void checkSchemaNames(const SchemaModel& model, Findings& findings)
{
    std::unordered_map<std::string, NamedObject> seen;
    forEachNamedObject(model, [&](const NamedObject& object) {
        if (object.kind == std::string_view("column") || object.kind == std::string_view("measure"))
            return;
        const auto [it, inserted] = seen.emplace(toLower(object.name), object);
        if (!inserted)
            findings.report(object.loc, clashMessage(object, it->second),
                            "Rename one of them; tables, views, indexes and constraints need names unique across "
                            "the schema.");
    });
}

void checkColumnNames(const Table& table, Findings& findings)
{
    std::unordered_map<std::string, const Column*> seen;
    for (const Column& column : table.columns) {
        const auto [it, inserted] = seen.emplace(toLower(column.name), &column);
        if (inserted)
            continue;
        const NamedObject later{column.isMeasure() ? "measure" : "column", column.name, column.loc, &table};
        const Column& earlier = *it->second;
        const NamedObject first{earlier.isMeasure() ? "measure" : "column", earlier.name, earlier.loc, &table};
        findings.report(column.loc,
                        clashMessage(later, first) + " in " + toString(table.kind) + " " + quoted(table.name),
                        "Rename or remove one of them: a table cannot have two columns of the same name.");
    }
}

void checkColumnList(const std::vector<std::string>& columns, const std::string& what, SourceLocation loc,
                     Findings& findings)
{
    std::unordered_set<std::string> seen;
    for (const std::string& column : columns)
        if (!seen.insert(toLower(column)).second)
            findings.report(loc, "column " + quoted(column) + " is listed twice in " + what, "List each column once.");
}

void check(const SchemaIndex& schema, Findings& findings)
{
    checkSchemaNames(schema.model(), findings);
    for (const Table& t : schema.model().tables) {
        checkColumnNames(t, findings);
        const std::string of = " of " + quoted(t.name);
        checkColumnList(t.primaryKey, "the primary key" + of, locate(t.primaryKeyLoc, t.loc), findings);
        checkColumnList(t.naturalKey, "the natural key" + of, locate(t.naturalKeyLoc, t.loc), findings);
        checkColumnList(t.grain, "the grain" + of, locate(t.grainLoc, t.loc), findings);
        for (const Index& ix : t.indexes)
            checkColumnList(ix.columns, "index " + quoted(ix.name), locate(ix.loc, t.loc), findings);
        for (const UniqueConstraint& u : t.uniques)
            checkColumnList(u.columns, "a unique constraint" + of, locate(u.loc, t.loc), findings);
        for (const ForeignKey& fk : t.foreignKeys)
            checkColumnList(fk.columns, "a foreign key" + of, locate(fk.loc, t.loc), findings);
    }
}

}  // namespace

const Rule kDuplicateName{"duplicate-name", Severity::Error,
                          "two tables, views, columns, indexes or constraints share a name (case-insensitive)", check};

}  // namespace ss::rules
