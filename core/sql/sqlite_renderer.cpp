#include "core/sql/sqlite_renderer.h"

#include "core/plan/object_names.h"
#include "core/spec/rules/schema_index.h"
#include "core/sql/sql_template.h"
#include "core/sql/sqlite_templates.h"

#include <algorithm>

namespace ss {

namespace {

// SQLite keeps a generated key only as the table's sole INTEGER PRIMARY KEY.
bool identityInline(const Table& table, const Column& column)
{
    const auto pk = primaryKeyOf(table);
    return column.identity && pk.size() == 1 && equalsIgnoreCase(pk.front(), column.name);
}

// ALTER TABLE ADD COLUMN refuses key columns, NOT NULL without a constant default, and non-constant defaults.
bool addsInPlace(const Column& column, const Table& target)
{
    if (rules::containsColumn(primaryKeyOf(target), column.name) || column.identity)
        return false;
    const auto& d = column.defaultValue;
    if (d && d->kind == DefaultValue::Kind::Expression)
        return false;
    return column.nullable || (d && d->kind != DefaultValue::Kind::Null);
}

// ALTER TABLE DROP COLUMN refuses a column that a key, an index or a constraint uses.
bool dropsInPlace(const Column& column, const Table& current)
{
    if (!current.checks.empty() || rules::containsColumn(primaryKeyOf(current), column.name))
        return false;
    for (const auto& u : effectiveUniques(current))
        if (rules::containsColumn(u.columns, column.name))
            return false;
    for (const auto& ix : current.indexes)
        if (rules::containsColumn(ix.columns, column.name))
            return false;
    for (const auto& fk : current.foreignKeys)
        if (rules::containsColumn(fk.columns, column.name))
            return false;
    return true;
}

}  // namespace

bool sqliteAltersInPlace(const Operation& op, const TableAlteration& alteration)
{
    switch (op.kind) {
    case OpKind::RenameTable:
    case OpKind::RenameColumn:
    case OpKind::AddIndex:
    case OpKind::DropIndex:
    case OpKind::CommentTable:
    case OpKind::CommentColumn:
        return true;
    case OpKind::AddColumn: return addsInPlace(op.after, alteration.target);
    case OpKind::DropColumn: return dropsInPlace(op.before, alteration.current);
    default: return false;
    }
}

SqliteRenderer::SqliteRenderer() : RebuildingRenderer(kSqliteTemplates) {}

std::string SqliteRenderer::quote(std::string_view identifier) const
{
    return quoteWith(identifier, '"');
}

// The DSL's own spellings: SQLite takes any type name and derives the affinity from it, and keeping the portable
// name lets inspection read back exactly what the spec said.
std::string SqliteRenderer::typeName(const DataType& type) const
{
    return type.toString();
}

std::string SqliteRenderer::columnDefinition(const Table& table, const Column& column) const
{
    if (!identityInline(table, column))
        return SqlRenderer::columnDefinition(table, column);
    return quote(column.name) + " INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT";
}

std::string SqliteRenderer::identityClause(const Table&, const Column&) const
{
    return {};
}

bool SqliteRenderer::primaryKeyInline(const Table& table) const
{
    return std::any_of(table.columns.begin(), table.columns.end(), [&](const Column& c) { return identityInline(table, c); });
}

bool SqliteRenderer::altersInPlace(const Operation& op, const TableAlteration& alteration) const
{
    return sqliteAltersInPlace(op, alteration);
}

void SqliteRenderer::renderInPlace(const Plan& plan, int index, Migration& m) const
{
    const Operation& op = plan.operations[static_cast<std::size_t>(index)];
    const auto i = static_cast<std::size_t>(index);
    switch (op.kind) {
    case OpKind::CreateTable: emit(m, index, createTableStatement(op.tableDef, {})); break;
    case OpKind::AddForeignKey:
        if (op.onNewTable)
            m.notes[i] = "declared in CREATE TABLE " + op.table + "; SQLite checks references when rows arrive";
        break;
    case OpKind::DropForeignKey:
        if (op.onDroppedTable)
            m.notes[i] = "goes with the table " + op.table;
        break;
    case OpKind::CommentTable:
    case OpKind::CommentColumn: m.notes[i] = "SQLite keeps no descriptions"; break;
    case OpKind::RenameTable:
        for (auto& s : renameTableStatements(op.oldName, op.table))
            emit(m, index, std::move(s));
        break;
    default: renderOperation(plan, index, m);
    }
}

// Steps 1 and 12 of the procedure: the foreign-key switch works only outside a transaction; step 10 checks the
// references before the transaction commits.
void SqliteRenderer::frame(Migration& m) const
{
    Statement off{std::string(kSqliteRebuild.foreignKeysOff), -1, StatementPhase::BeforeTransaction, false};
    Statement check{std::string(kSqliteRebuild.foreignKeyCheck), -1, StatementPhase::InTransaction, true};
    Statement on{std::string(kSqliteRebuild.foreignKeysOn), -1, StatementPhase::AfterTransaction, false};
    m.statements.insert(m.statements.begin(), std::move(off));
    m.statements.push_back(std::move(check));
    m.statements.push_back(std::move(on));
}

}  // namespace ss
