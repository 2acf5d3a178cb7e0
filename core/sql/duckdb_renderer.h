#pragma once

#include "core/sql/rebuilding_renderer.h"

namespace ss {

class DuckDbRenderer : public RebuildingRenderer {
public:
    DuckDbRenderer();
    Dialect dialect() const override { return Dialect::DuckDb; }
    std::string quote(std::string_view identifier) const override;
    std::string typeName(const DataType& type) const override;

    // DuckDB drops no table another references, renames no referenced table and keeps no constraint it
    // cannot add later: the rebuilt tables and every table that references them are copied aside, dropped
    // (referencing tables first), created as the target says (referenced tables first), refilled, and the
    // copies dropped.
    std::vector<std::string> rebuildStatements(const Plan& plan, const std::vector<std::size_t>& rebuilt) const override;

protected:
    std::string identityClause(const Table& table, const Column& column) const override;
    std::string foreignKeyClause(const ForeignKey& fk) const override;
    std::vector<std::string> commentStatements(const Table& table) const override;
    bool altersInPlace(const Operation& op, const TableAlteration& alteration) const override;
    void renderInPlace(const Plan& plan, int index, Migration& out) const override;
    const char* productName() const override { return "DuckDB"; }
    bool rebuildsTogether() const override { return true; }

private:
    std::vector<std::string> sequenceStatements(const Table& table) const;
    // The spec's DuckDB functions' statements (duckdb_function_statements.cpp).
    void renderFunctionOperation(const Operation& op, int index, Migration& out) const;
};

// True when `sql` creates a table macro (CREATE MACRO name(...) AS TABLE SELECT ...).
bool isDuckDbTableMacro(const std::string& sql);

// The type DuckDB holds for a column of `type`: it keeps no lengths (VARCHAR(40) and CHAR(2) are VARCHAR) and
// knows other databases' unsigned integers and long text kinds under names of its own. Compare case-insensitively.
std::string duckDbStoredType(const DataType& type);

// True when DuckDB can run the operation in place; otherwise its table is rebuilt.
bool duckDbAltersInPlace(const Operation& op, const TableAlteration& alteration);

}  // namespace ss
