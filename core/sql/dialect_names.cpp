#include "core/sql/dialect_names.h"

#include "core/spec/rules/case_clashes.h"
#include "core/spec/rules/message_text.h"

#include <unordered_map>

namespace ss {

namespace {

unsigned foldingBits(Dialect dialect, bool mysqlFoldsTableNames)
{
    switch (dialect) {
    case Dialect::Sqlite: return rules::kFoldsSqlite;
    case Dialect::DuckDb: return rules::kFoldsDuckdb;
    case Dialect::MySql: return rules::kFoldsMysql | (mysqlFoldsTableNames ? rules::kFoldsMysqlTables : 0u);
    case Dialect::PostgreSql: return 0;
    }
    return 0;
}

Diagnostic finding(Severity severity, SourceLocation loc, std::string message, std::string hint)
{
    Diagnostic d;
    d.severity = severity;
    d.ruleId = "duplicate-name";
    d.loc = loc;
    d.message = std::move(message);
    d.hint = std::move(hint);
    return d;
}

void caseClashes(const SchemaModel& model, Dialect dialect, unsigned folds, std::vector<Diagnostic>& out)
{
    for (const rules::CaseClash& clash : rules::caseClashes(model))
        if (clash.foldedBy & folds)
            out.push_back(finding(Severity::Error, clash.later.loc,
                                  clash.message() + "; " + productName(dialect) + " takes them for one name",
                                  "Rename one of them, or create the schema on PostgreSQL, which keeps them apart."));
}

// A dialect without schemas creates every table under its bare name.
void ignoredSchemas(const SchemaModel& model, Dialect dialect, bool folds, std::vector<Diagnostic>& out)
{
    std::unordered_map<std::string, const Table*> byName;
    for (const Table& t : model.tables) {
        const std::string key = folds ? toLower(t.name) : t.name;
        const auto [first, fresh] = byName.emplace(key, &t);
        if (!t.schema.empty())
            out.push_back(finding(Severity::Warning, t.loc,
                                  std::string(toString(t.kind)) + " " + rules::quoted(t.name) + " is in schema "
                                      + rules::quoted(t.schema) + ", which " + productName(dialect)
                                      + " ignores: it is created as " + rules::quoted(t.name),
                                  "Schemas are PostgreSQL's; on other databases a table's name must be unique alone."));
        if (!fresh && first->second->schema != t.schema)
            out.push_back(finding(Severity::Error, t.loc,
                                  std::string(toString(t.kind)) + " " + rules::quoted(t.name) + " and "
                                      + rules::quoted(first->second->name) + rules::onLine(first->second->loc)
                                      + " are in different schemas, which " + productName(dialect)
                                      + " does not have: they would be one table",
                                  "Rename one of them to plan this schema for " + std::string(productName(dialect)) + "."));
    }
}

}  // namespace

std::vector<Diagnostic> namesTheDialectCannotHold(const SchemaModel& model, Dialect dialect, bool mysqlFoldsTableNames)
{
    std::vector<Diagnostic> out;
    const unsigned folds = foldingBits(dialect, mysqlFoldsTableNames);
    if (folds != 0)
        caseClashes(model, dialect, folds, out);
    if (dialect != Dialect::PostgreSql)
        ignoredSchemas(model, dialect, (folds & (rules::kFoldsSqlite | rules::kFoldsDuckdb | rules::kFoldsMysqlTables)) != 0, out);
    sortDiagnostics(out);
    return out;
}

}  // namespace ss
