#include "core/sql/duckdb_renderer.h"

#include "core/util/collapse_blanks.h"

namespace ss {

namespace {

std::string lowerWords(const std::string& sql)
{
    return toLower(collapseBlanks(sql));
}

}  // namespace

bool isDuckDbTableMacro(const std::string& sql)
{
    return lowerWords(sql).find(") as table ") != std::string::npos;
}

// A DuckDB function is a macro (CREATE FUNCTION is DuckDB's other name for CREATE MACRO). One that is not written
// CREATE OR REPLACE is dropped and created again when it changes; DuckDB refuses both while a table's check or
// default calls the macro, and says so.
void DuckDbRenderer::renderFunctionOperation(const Operation& op, int index, Migration& out) const
{
    const SqlFunction& f = op.function;
    const std::string macro = std::string(isDuckDbTableMacro(f.sql) ? "MACRO TABLE " : "MACRO ") + quote(f.name);
    const bool replaces = lowerWords(f.sql).rfind("create or replace ", 0) == 0;
    if (op.kind == OpKind::DropFunction || (op.kind == OpKind::ReplaceFunction && !replaces))
        emit(out, index, "DROP " + macro);
    if (op.kind == OpKind::DropFunction)
        return;
    emit(out, index, withoutTrailingSemicolons(f.sql));
    if (!f.description.empty() || op.kind == OpKind::ReplaceFunction)
        emit(out, index, "COMMENT ON " + macro + " IS " + (f.description.empty() ? std::string("NULL") : stringLiteral(f.description)));
}

}  // namespace ss
