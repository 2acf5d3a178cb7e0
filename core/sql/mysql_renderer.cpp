#include "core/sql/mysql_renderer.h"

#include "core/sql/mysql_templates.h"

#include "core/plan/object_names.h"
#include "core/spec/rules/schema_index.h"
#include "core/sql/mysql_foreign_key_indexes.h"
#include "core/sql/sql_template.h"

namespace ss {

MySqlRenderer::MySqlRenderer() : SqlRenderer(kMySqlTemplates) {}

std::string MySqlRenderer::quote(std::string_view identifier) const
{
    return quoteWith(identifier, '`');
}

// Backslash is an escape character in MySQL string literals unless NO_BACKSLASH_ESCAPES is set.
std::string MySqlRenderer::stringLiteral(std::string_view text) const
{
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "''";
        else if (c == '\\')
            out += "\\\\";
        else
            out.push_back(c);
    }
    out.push_back('\'');
    return out;
}

std::string MySqlRenderer::typeName(const DataType& type) const
{
    switch (type.kind) {
    case TypeKind::Integer: return "INT";
    case TypeKind::Real: return "FLOAT";
    case TypeKind::Text: return "LONGTEXT";
    case TypeKind::Timestamp: return "DATETIME";
    case TypeKind::TimestampTz: return "TIMESTAMP";
    case TypeKind::Blob: return "LONGBLOB";
    case TypeKind::Uuid: return "CHAR(36)";
    default: return type.toString();
    }
}

namespace {

// The primary key change the plan makes to the table of `alteration`, if it makes one.
const Operation* primaryKeyChange(const Plan& plan, int alteration)
{
    if (alteration < 0)
        return nullptr;
    for (const auto& op : plan.operations)
        if (op.alteration == alteration && op.kind == OpKind::AlterPrimaryKey)
            return &op;
    return nullptr;
}

bool isColumnDefinitionChange(OpKind kind)
{
    switch (kind) {
    case OpKind::AddColumn:
    case OpKind::AlterColumnType:
    case OpKind::AlterColumnNullability:
    case OpKind::AlterColumnDefault:
    case OpKind::CommentColumn:
        return true;
    default:
        return false;
    }
}

}  // namespace

void MySqlRenderer::renderOperation(const Plan& plan, int index, Migration& out) const
{
    const Operation& op = plan.operations[static_cast<std::size_t>(index)];
    if (isFunctionOperation(op.kind) && parseDialect(op.function.dialect) == Dialect::MySql) {
        renderFunctionOperation(op, index, out);
        return;
    }
    const std::string table = quote(op.table);
    std::string moved;  // the foreign keys this operation drops and adds again, for its note
    for (const auto& m : referencesMovedByKeyChanges(plan))
        if (m.dropAt == index) {
            emit(out, index, fillTemplate(m_t.dropForeignKey, {{"table", quote(m.table)}, {"name", quote(m.before.name)}}));
            moved += (moved.empty() ? "" : ", ") + m.before.name;
        }
    if (op.kind == OpKind::DropIndex || op.kind == OpKind::DropUnique) {
        const auto needing = foreignKeysNeedingDroppedKey(plan, op);
        for (const auto& fk : needing)
            emit(out, index, fillTemplate(m_t.dropForeignKey, {{"table", table}, {"name", quote(fk.name)}}));
        SqlRenderer::renderOperation(plan, index, out);
        for (const auto& fk : needing) {
            emit(out, index, fillTemplate(m_t.addConstraint, {{"table", table}, {"clause", foreignKeyClause(fk)}}));
            moved += (moved.empty() ? "" : ", ") + fk.name;
        }
    } else if (isColumnDefinitionChange(op.kind) && op.after.identity && primaryKeyChange(plan, op.alteration)) {
        // MySQL wants an AUTO_INCREMENT column keyed in every statement: while the primary key changes, a column
        // becoming the auto column is defined without AUTO_INCREMENT, and the key change gives it in one statement.
        Column column = op.after;
        column.identity = false;
        const std::string_view tmpl = op.kind == OpKind::AddColumn ? m_t.addColumn : m_t.alterColumnType;
        emit(out, index, fillTemplate(tmpl, {{"table", table}, {"column_def", columnDefinition(targetTableOf(plan, op), column)}}));
    } else if (op.kind == OpKind::AlterPrimaryKey) {
        emit(out, index, primaryKeyStatement(targetTableOf(plan, op), op));
    } else {
        SqlRenderer::renderOperation(plan, index, out);
        if (op.kind == OpKind::DropForeignKey && op.alteration >= 0 &&
            hasOwnIndex(plan.alteredTables[static_cast<std::size_t>(op.alteration)].current, op.foreignKey))
            emit(out, index, fillTemplate(m_t.dropIndex, {{"name", quote(op.foreignKey.name)}, {"table", table}}));
    }
    for (const auto& m : referencesMovedByKeyChanges(plan))
        if (m.addAt == index) {
            emit(out, index, fillTemplate(m_t.addConstraint, {{"table", quote(m.targetTable)}, {"clause", foreignKeyClause(m.after)}}));
            moved += (moved.empty() ? "" : ", ") + m.after.name;
        }
    if (!moved.empty())
        out.notes[static_cast<std::size_t>(index)] =
            "InnoDB needs an index for foreign key " + moved +
            ": it is dropped and added again around the key change, and its rows are checked again";
}

std::string MySqlRenderer::primaryKeyStatement(const Table& target, const Operation& op) const
{
    std::string clauses;
    auto add = [&](const std::string& clause) { clauses += (clauses.empty() ? " " : ", ") + clause; };
    if (!op.primaryKeyBefore.empty())
        add("DROP PRIMARY KEY");
    if (!op.primaryKeyAfter.empty())
        add("ADD " + fillTemplate(m_t.primaryKeyClause, {{"columns", quotedList(op.primaryKeyAfter)}}));
    for (const auto& column : target.columns)
        if (column.identity && rules::containsColumn(op.primaryKeyAfter, column.name))
            add("MODIFY COLUMN " + columnDefinition(target, column));
    return "ALTER TABLE " + quote(op.table) + clauses;
}

std::string MySqlRenderer::identityClause(const Table&, const Column&) const
{
    return " AUTO_INCREMENT";
}

}  // namespace ss
