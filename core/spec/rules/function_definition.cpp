#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

#include "core/sql/dialect.h"
#include "core/sql/statement_splitter.h"
#include "core/util/collapse_blanks.h"

namespace ss::rules {

namespace {

// The statement must create a function: CREATE [OR REPLACE] FUNCTION (DuckDB's MACRO too), so that planning it
// cannot run something else under a function's name.
bool createsFunction(const std::string& sql, Dialect dialect)
{
    const std::string words = toLower(collapseBlanks(sql.substr(0, 200)));
    for (const char* start : {"create function ", "create or replace function ", "create definer"})
        if (words.rfind(start, 0) == 0)
            return true;
    return dialect == Dialect::DuckDb && (words.rfind("create macro ", 0) == 0 || words.rfind("create or replace macro ", 0) == 0);
}

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const SqlFunction& f : schema.model().functions) {
        if (f.name.empty())
            findings.report(f.loc, "a function needs a `name`", "Name it as the database calls it.");
        else if (!parseDialect(f.dialect))
            findings.report(f.loc, "function " + quoted(f.name) + " names no known dialect " + quoted(f.dialect),
                            "Say which database's SQL it is: postgresql, mysql or duckdb.");
        else if (!createsFunction(f.sql, *parseDialect(f.dialect)))
            findings.report(f.loc, "the sql of function " + quoted(f.name) + " does not create a function",
                            "Give the whole statement: CREATE [OR REPLACE] FUNCTION ...");
        else if (splitSqlScript(f.sql, *parseDialect(f.dialect)).statements.size() != 1)
            findings.report(f.loc, "the sql of function " + quoted(f.name) + " holds more than one statement",
                            "Keep only its CREATE FUNCTION: the plan runs the text as it is.");
    }
}

}  // namespace

const Rule kFunctionDefinition{"function-definition", Severity::Error,
                               "a function without a name, a known dialect or a CREATE FUNCTION statement", check};

}  // namespace ss::rules
