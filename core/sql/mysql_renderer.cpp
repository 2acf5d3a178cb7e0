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

// InnoDB indexes a foreign key's columns itself, under the constraint's name, unless an index starting with
// them exists; dropping the constraint leaves that index behind.
bool hasOwnIndex(const Table& table, const ForeignKey& fk)
{
    if (startsWith(primaryKeyOf(table), fk.columns))
        return false;
    for (const auto& ix : table.indexes)
        if (startsWith(ix.columns, fk.columns))
            return false;
    for (const auto& u : effectiveUniques(table))
        if (startsWith(u.columns, fk.columns))
            return false;
    return true;
}

}  // namespace

void MySqlRenderer::renderOperation(const Plan& plan, int index, Migration& out) const
{
    SqlRenderer::renderOperation(plan, index, out);
    const Operation& op = plan.operations[static_cast<std::size_t>(index)];
    if (op.kind != OpKind::DropForeignKey || op.alteration < 0)
        return;
    if (hasOwnIndex(plan.alteredTables[static_cast<std::size_t>(op.alteration)].current, op.foreignKey))
        emit(out, index, fillTemplate(m_t.dropIndex, {{"name", quote(op.foreignKey.name)}, {"table", quote(op.table)}}));
}

std::string MySqlRenderer::identityClause(const Table&, const Column&) const
{
    return " AUTO_INCREMENT";
}

}  // namespace ss
