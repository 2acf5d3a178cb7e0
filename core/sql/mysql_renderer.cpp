#include "core/sql/mysql_renderer.h"

#include "core/sql/mysql_templates.h"

#include "core/plan/object_names.h"
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

bool startsWith(const std::vector<std::string>& columns, const std::vector<std::string>& prefix)
{
    if (columns.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (!equalsIgnoreCase(columns[i], prefix[i]))
            return false;
    return true;
}

bool listed(const std::vector<std::string>& names, const std::string& name)
{
    for (const auto& n : names)
        if (equalsIgnoreCase(n, name))
            return true;
    return false;
}

// InnoDB indexes a foreign key's columns itself, under the constraint's name, unless an index starting with
// them exists; dropping the constraint leaves that index behind. Indexes and unique keys named in `leaving` are
// taken as gone.
bool hasOwnIndex(const Table& table, const ForeignKey& fk, const std::vector<std::string>& leaving = {})
{
    if (startsWith(primaryKeyOf(table), fk.columns))
        return false;
    for (const auto& ix : namedIndexes(table))
        if (!listed(leaving, ix.name) && startsWith(ix.columns, fk.columns))
            return false;
    for (const auto& u : effectiveUniques(table))
        if (!listed(leaving, u.name) && startsWith(u.columns, fk.columns))
            return false;
    return true;
}

// The names of the indexes and unique keys `plan` drops from the table of `alteration`, and of its foreign keys
// the plan drops.
struct Dropped {
    std::vector<std::string> keys;
    std::vector<std::string> foreignKeys;
};

Dropped droppedFrom(const Plan& plan, int alteration)
{
    Dropped out;
    for (const auto& op : plan.operations) {
        if (op.alteration != alteration)
            continue;
        if (op.kind == OpKind::DropIndex)
            out.keys.push_back(op.index.name);
        else if (op.kind == OpKind::DropUnique)
            out.keys.push_back(op.unique.name);
        else if (op.kind == OpKind::DropForeignKey)
            out.foreignKeys.push_back(op.foreignKey.name);
    }
    return out;
}

// InnoDB refuses to drop the last index a foreign key can use (error 1553): the foreign keys the plan keeps
// whose columns only the dropped index or unique key `columns` covers once the plan's drops are done. They are
// dropped around it and added again, and InnoDB then indexes them itself until an added index covers them.
std::vector<ForeignKey> foreignKeysNeeding(const Plan& plan, const Operation& op, const std::vector<std::string>& columns)
{
    std::vector<ForeignKey> out;
    if (op.alteration < 0)
        return out;
    const Table& current = plan.alteredTables[static_cast<std::size_t>(op.alteration)].current;
    const Dropped dropped = droppedFrom(plan, op.alteration);
    for (const auto& fk : namedForeignKeys(current))
        if (!listed(dropped.foreignKeys, fk.name) && startsWith(columns, fk.columns) &&
            hasOwnIndex(current, fk, dropped.keys))
            out.push_back(fk);
    return out;
}

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
    const std::string table = quote(op.table);
    if (op.kind == OpKind::DropIndex || op.kind == OpKind::DropUnique) {
        const auto needing = foreignKeysNeeding(plan, op, op.kind == OpKind::DropIndex ? op.index.columns : op.unique.columns);
        for (const auto& fk : needing)
            emit(out, index, fillTemplate(m_t.dropForeignKey, {{"table", table}, {"name", quote(fk.name)}}));
        SqlRenderer::renderOperation(plan, index, out);
        std::string names;
        for (const auto& fk : needing) {
            emit(out, index, fillTemplate(m_t.addConstraint, {{"table", table}, {"clause", foreignKeyClause(fk)}}));
            names += (names.empty() ? "" : ", ") + fk.name;
        }
        if (!needing.empty())
            out.notes[static_cast<std::size_t>(index)] =
                "InnoDB needs an index for foreign key " + names +
                ": it is dropped and added again around the drop, and its rows are checked again";
        return;
    }
    // MySQL wants an AUTO_INCREMENT column keyed in every statement: while the primary key changes, a column
    // becoming the auto column is defined without AUTO_INCREMENT, and the key change gives it in one statement.
    if (isColumnDefinitionChange(op.kind) && op.after.identity && primaryKeyChange(plan, op.alteration)) {
        Column column = op.after;
        column.identity = false;
        const std::string_view tmpl = op.kind == OpKind::AddColumn ? m_t.addColumn : m_t.alterColumnType;
        emit(out, index, fillTemplate(tmpl, {{"table", table}, {"column_def", columnDefinition(targetTableOf(plan, op), column)}}));
        return;
    }
    if (op.kind == OpKind::AlterPrimaryKey) {
        emit(out, index, primaryKeyStatement(targetTableOf(plan, op), op));
        return;
    }
    SqlRenderer::renderOperation(plan, index, out);
    if (op.kind != OpKind::DropForeignKey || op.alteration < 0)
        return;
    if (hasOwnIndex(plan.alteredTables[static_cast<std::size_t>(op.alteration)].current, op.foreignKey))
        emit(out, index, fillTemplate(m_t.dropIndex, {{"name", quote(op.foreignKey.name)}, {"table", table}}));
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
        if (column.identity && listed(op.primaryKeyAfter, column.name))
            add("MODIFY COLUMN " + columnDefinition(target, column));
    return "ALTER TABLE " + quote(op.table) + clauses;
}

std::string MySqlRenderer::identityClause(const Table&, const Column&) const
{
    return " AUTO_INCREMENT";
}

}  // namespace ss
