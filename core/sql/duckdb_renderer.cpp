#include "core/sql/duckdb_renderer.h"

#include "core/plan/object_names.h"
#include "core/sql/duckdb_templates.h"
#include "core/sql/sql_template.h"

#include <algorithm>

namespace ss {

namespace {

bool containsName(const std::vector<std::string>& names, const std::string& name)
{
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return equalsIgnoreCase(n, name); });
}

// A column that a key, a unique, a foreign key or a check may use: DuckDB refuses to change or drop it.
bool constrained(const Table& table, const Column& column)
{
    if (!table.checks.empty() || containsName(primaryKeyOf(table), column.name))
        return true;
    for (const auto& u : effectiveUniques(table))
        if (containsName(u.columns, column.name))
            return true;
    for (const auto& fk : table.foreignKeys)
        if (containsName(fk.columns, column.name))
            return true;
    return false;
}

// ADD COLUMN takes no constraint and no generated key.
bool addsInPlace(const Column& column, const Table& target)
{
    return column.nullable && !column.identity && !constrained(target, column);
}

// DuckDB refuses every change to a column of a table that has an index ("entries that depend on it").
bool changesInPlace(const Operation& op, const TableAlteration& alteration)
{
    return alteration.current.indexes.empty() && !constrained(alteration.current, op.before) &&
           op.before.identity == op.after.identity;
}

}  // namespace

bool duckDbAltersInPlace(const Operation& op, const TableAlteration& alteration)
{
    switch (op.kind) {
    case OpKind::AddIndex:
    case OpKind::DropIndex:
    case OpKind::CommentTable:
    case OpKind::CommentColumn:
        return true;
    case OpKind::RenameTable: return alteration.current.indexes.empty();
    case OpKind::AddColumn: return addsInPlace(op.after, alteration.target);
    case OpKind::DropColumn:
    case OpKind::RenameColumn:
    case OpKind::AlterColumnType:
    case OpKind::AlterColumnNullability:
    case OpKind::AlterColumnDefault: return changesInPlace(op, alteration);
    default: return false;
    }
}

DuckDbRenderer::DuckDbRenderer() : RebuildingRenderer(kDuckDbTemplates) {}

std::string DuckDbRenderer::quote(std::string_view identifier) const
{
    return quoteWith(identifier, '"');
}

std::string DuckDbRenderer::typeName(const DataType& type) const
{
    switch (type.kind) {
    case TypeKind::Char:
    case TypeKind::Varchar: return "VARCHAR(" + std::to_string(type.length) + ")";
    case TypeKind::Text: return "VARCHAR";
    case TypeKind::Real: return "REAL";
    case TypeKind::Double: return "DOUBLE";
    default: return type.toString();
    }
}

std::string DuckDbRenderer::identityClause(const Table& table, const Column& column) const
{
    const std::string sequence = fillTemplate(kDuckDbSequenceName, {{"table", table.name}, {"column", column.name}});
    return fillTemplate(kDuckDbNextValue, {{"sequence_literal", stringLiteral(quote(sequence))}});
}

// DuckDB refuses CASCADE, SET NULL and SET DEFAULT: references are checked, never followed.
std::string DuckDbRenderer::foreignKeyClause(const ForeignKey& fk) const
{
    ForeignKey checked = fk;
    checked.onDelete = FkAction::NoAction;
    checked.onUpdate = FkAction::NoAction;
    return SqlRenderer::foreignKeyClause(checked);
}

std::vector<std::string> DuckDbRenderer::commentStatements(const Table& table) const
{
    return commentOnStatements(table);
}

std::vector<std::string> DuckDbRenderer::sequenceStatements(const Table& table) const
{
    std::vector<std::string> out;
    for (const auto& c : table.columns)
        if (c.identity)
            out.push_back(fillTemplate(kDuckDbCreateSequence,
                                       {{"sequence", quote(fillTemplate(kDuckDbSequenceName,
                                                                        {{"table", table.name}, {"column", c.name}}))}}));
    return out;
}

std::vector<std::string> DuckDbRenderer::rebuildStatements(const TableAlteration& alteration) const
{
    std::vector<std::string> out = sequenceStatements(alteration.target);
    for (auto& s : RebuildingRenderer::rebuildStatements(alteration))
        out.push_back(std::move(s));
    return out;
}

bool DuckDbRenderer::altersInPlace(const Operation& op, const TableAlteration& alteration) const
{
    return duckDbAltersInPlace(op, alteration);
}

void DuckDbRenderer::renderInPlace(const Plan& plan, int index, Migration& m) const
{
    const Operation& op = plan.operations[static_cast<std::size_t>(index)];
    const auto i = static_cast<std::size_t>(index);
    switch (op.kind) {
    case OpKind::CreateTable: {
        for (auto& s : sequenceStatements(op.tableDef))
            emit(m, index, std::move(s));
        emit(m, index, createTableStatement(op.tableDef, {}));
        for (auto& s : commentStatements(op.tableDef))
            emit(m, index, std::move(s));
        const bool actions = std::any_of(op.tableDef.foreignKeys.begin(), op.tableDef.foreignKeys.end(), [](const ForeignKey& fk) {
            return fk.onDelete != FkAction::NoAction || fk.onUpdate != FkAction::NoAction;
        });
        if (actions)
            m.notes[i] = "DuckDB checks references but runs no ON DELETE / ON UPDATE actions: they are left out";
        break;
    }
    case OpKind::AddForeignKey:
        if (op.onNewTable)
            m.notes[i] = "declared in CREATE TABLE " + op.table;
        break;
    case OpKind::DropForeignKey:
        if (op.onDroppedTable)
            m.notes[i] = "goes with the table " + op.table;
        break;
    default: renderOperation(plan, index, m);
    }
}

}  // namespace ss
