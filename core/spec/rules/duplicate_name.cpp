#include "core/spec/rules/case_clashes.h"
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
    return message;
}

bool isTableScoped(const NamedObject& object)
{
    return object.kind == std::string_view("index") || object.kind == std::string_view("unique constraint");
}

// Names are compared exactly: PostgreSQL keeps "Users" and users apart, and the case clashes that other
// dialects fold are reported on their own, as warnings (checkCaseClashes).
// Tables, views, foreign keys and check constraints share one namespace in every dialect (MySQL wants foreign
// key and check constraint names unique across the schema). Index and unique constraint names are the
// dialects' difference: MySQL and MariaDB keep them per table, PostgreSQL and SQLite per schema beside the
// tables. Two in one table clash everywhere; one that clashes outside its table is what a MySQL database
// holds (and inspection reads back), so it is accepted with a warning that the other dialects refuse it.
void checkSchemaNames(const SchemaModel& model, Findings& findings)
{
    std::unordered_map<std::string, NamedObject> schemaScoped;
    std::unordered_map<std::string, NamedObject> tableScoped;
    std::unordered_map<std::string, NamedObject> any;
    forEachNamedObject(model, [&](const NamedObject& object) {
        if (object.kind == std::string_view("column") || object.kind == std::string_view("measure"))
            return;
        const std::string key(object.name);
        const bool perTable = isTableScoped(object);
        const auto [clash, fresh] =
            perTable ? tableScoped.emplace(object.table->schema + '\n' + object.table->name + '\n' + key, object)
                     : schemaScoped.emplace((object.table ? object.table->schema : std::string()) + '\n' + key, object);
        if (!fresh) {
            findings.report(object.loc, clashMessage(object, clash->second),
                            perTable ? "Rename one of them; table " + quoted(object.table->name)
                                           + " cannot have two indexes or unique constraints of one name."
                                     : "Rename one of them; tables, views, foreign keys and check constraints need "
                                       "names unique across the schema.");
            return;
        }
        const auto [first, unseen] = any.emplace(key, object);
        if (unseen)
            return;
        findings.report(Severity::Warning, object.loc,
                        clashMessage(object, first->second)
                            + "; MySQL and MariaDB keep index names per table and accept it, PostgreSQL and SQLite "
                              "keep them beside tables and constraints in the schema and refuse it",
                        "Rename one of them if this schema is to be created on PostgreSQL or SQLite.");
    });
}

void checkColumnNames(const Table& table, Findings& findings)
{
    std::unordered_map<std::string, const Column*> seen;
    for (const Column& column : table.columns) {
        const auto [it, inserted] = seen.emplace(column.name, &column);
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

// Names that differ only in case render on PostgreSQL (and MariaDB tables on Linux) only. Planning for a
// dialect that folds them makes these errors (core/sql/dialect_names.h).
void checkCaseClashes(const SchemaModel& model, Findings& findings)
{
    for (const CaseClash& clash : caseClashes(model))
        findings.report(Severity::Warning, clash.later.loc,
                        clash.message() + "; PostgreSQL keeps them apart, " + foldingDialectNames(clash.foldedBy)
                            + " take them for one name: the spec does not render there",
                        "Rename one of them if this schema is to be created on another database than PostgreSQL.");
}

// A column counts twice when two entries resolve to one column (customer_id and CUSTOMER_ID with only the
// first declared), not when they name the two columns "Name" and name.
void checkColumnList(const SchemaIndex& schema, const Table& table, const std::vector<std::string>& columns,
                     const std::string& what, SourceLocation loc, Findings& findings)
{
    std::unordered_set<std::string_view> seen;
    for (const std::string& column : columns) {
        const Column* resolved = schema.column(table, column);
        if (!seen.insert(resolved ? std::string_view(resolved->name) : std::string_view(column)).second)
            findings.report(loc, "column " + quoted(column) + " is listed twice in " + what, "List each column once.");
    }
}

void check(const SchemaIndex& schema, Findings& findings)
{
    checkSchemaNames(schema.model(), findings);
    checkCaseClashes(schema.model(), findings);
    for (const Table& t : schema.model().tables) {
        checkColumnNames(t, findings);
        const std::string of = " of " + quoted(t.name);
        checkColumnList(schema, t, t.primaryKey, "the primary key" + of, locate(t.primaryKeyLoc, t.loc), findings);
        checkColumnList(schema, t, t.naturalKey, "the natural key" + of, locate(t.naturalKeyLoc, t.loc), findings);
        checkColumnList(schema, t, t.grain, "the grain" + of, locate(t.grainLoc, t.loc), findings);
        for (const Index& ix : t.indexes)
            checkColumnList(schema, t, ix.columns, "index " + quoted(ix.name), locate(ix.loc, t.loc), findings);
        for (const UniqueConstraint& u : t.uniques)
            checkColumnList(schema, t, u.columns, "a unique constraint" + of, locate(u.loc, t.loc), findings);
        for (const ForeignKey& fk : t.foreignKeys)
            checkColumnList(schema, t, fk.columns, "a foreign key" + of, locate(fk.loc, t.loc), findings);
    }
}

}  // namespace

const Rule kDuplicateName{"duplicate-name", Severity::Error,
                          "two tables, views, columns or constraints, or two indexes of one table, share a name "
                          "(names that differ only in case: a warning)",
                          check};

}  // namespace ss::rules
