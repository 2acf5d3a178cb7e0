#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"
#include "core/spec/rules/suggest.h"
#include "core/spec/qualified_name.h"

namespace ss::rules {

namespace {

void checkForeignKey(const SchemaIndex& schema, const Table& table, const ForeignKey& fk, Findings& findings)
{
    const SourceLocation loc = locate(fk.referencesLoc, locate(fk.loc, table.loc));
    const std::string subject = "foreign key of " + quoted(table.name);
    const Table* target = schema.referenced(fk);
    if (!target) {
        if (schema.view(fk.refTable)) {
            findings.report(loc,
                            subject + " references view " + quoted(fk.refTable) + "; only tables can be referenced",
                            "Reference the table the view reads from.");
            return;
        }
        const std::string wanted = qualifiedName(fk.refSchema, fk.refTable);
        const Table* elsewhere = schema.model().findTable(fk.refTable);
        std::string guess = elsewhere ? "Write references: " + qualifiedReference(elsewhere->schema, elsewhere->name)
                                            + "(...): " + quoted(elsewhere->name) + " is in "
                                            + (elsewhere->schema.empty() ? std::string("the current schema")
                                                                         : "schema " + quoted(elsewhere->schema)) + "."
                                      : std::string();
        if (guess.empty() && findings.wantsSuggestion())
            guess = didYouMean(fk.refTable, schema.tableNames());
        findings.report(loc, subject + " references table " + quoted(wanted) + ", which does not exist",
                        guess.empty() ? "Define " + quoted(wanted) + " or correct the name." : guess);
        return;
    }
    if (fk.refColumns.empty() && target->primaryKey.empty()) {
        findings.report(loc, subject + " references " + quoted(target->name) + " without naming columns, and "
                                 + quoted(target->name) + " has no primary key to default to",
                        "Write references: " + printable(target->name) + "(column).");
        return;
    }
    for (const std::string& column : fk.refColumns)
        if (!schema.column(*target, column)) {
            const std::string guess =
                findings.wantsSuggestion() ? didYouMean(column, SchemaIndex::columnNames(*target)) : "";
            findings.report(loc, subject + " references column " + quoted(target->name + "." + column)
                                     + ", which does not exist",
                            guess.empty() ? "Reference a column of " + quoted(target->name) + ", usually its key."
                                          : guess);
        }
}

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const Table& t : schema.model().tables)
        for (const ForeignKey& fk : t.foreignKeys)
            checkForeignKey(schema, t, fk, findings);
}

}  // namespace

const Rule kFkMissingTarget{"fk-missing-target", Severity::Error,
                            "a foreign key to a table or column that does not exist", check};

}  // namespace ss::rules
