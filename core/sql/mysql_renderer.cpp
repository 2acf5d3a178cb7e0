#include "core/sql/mysql_renderer.h"

#include "core/sql/mysql_templates.h"

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

std::string MySqlRenderer::identityClause(const Table&, const Column&) const
{
    return " AUTO_INCREMENT";
}

}  // namespace ss
