#include "support/catalog_text.h"

#include "core/plan/object_names.h"

#include <set>

namespace {

using ss::Dialect;
using ss::TypeKind;

std::string lower(const std::string& s)
{
    return ss::toLower(s);
}

// What each catalog reports for a portable type (PostgreSQL's format_type, MariaDB's COLUMN_TYPE, SQLite's
// declared type).
std::string catalogType(const ss::DataType& t, Dialect dialect)
{
    const std::string n = std::to_string(t.length);
    const std::string ps = std::to_string(t.precision) + "," + std::to_string(t.scale);
    if (dialect == Dialect::Sqlite)
        return lower(t.toString());
    if (dialect == Dialect::PostgreSql) {
        switch (t.kind) {
        case TypeKind::Decimal: return "numeric(" + ps + ")";
        case TypeKind::Double: return "double precision";
        case TypeKind::Char: return "character(" + n + ")";
        case TypeKind::Varchar: return "character varying(" + n + ")";
        case TypeKind::Time: return "time without time zone";
        case TypeKind::Timestamp: return "timestamp without time zone";
        case TypeKind::TimestampTz: return "timestamp with time zone";
        case TypeKind::Blob: return "bytea";
        case TypeKind::Json: return "jsonb";
        default: return lower(t.toString());
        }
    }
    switch (t.kind) {
    case TypeKind::Integer: return "int(11)";
    case TypeKind::BigInt: return "bigint(20)";
    case TypeKind::SmallInt: return "smallint(6)";
    case TypeKind::Real: return "float";
    case TypeKind::Boolean: return "tinyint(1)";
    case TypeKind::Text: return "longtext";
    case TypeKind::Timestamp: return "datetime";
    case TypeKind::TimestampTz: return "timestamp";
    case TypeKind::Blob: return "longblob";
    case TypeKind::Json: return "longtext";
    case TypeKind::Uuid: return "char(36)";
    default: return lower(t.toString());
    }
}

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ",") + lower(n);
    return out;
}

std::string modelDefault(const ss::Column& c)
{
    if (!c.defaultValue || c.defaultValue->kind == ss::DefaultValue::Kind::Null)
        return {};
    return normalisedDefault(c.defaultValue->text);
}

}  // namespace

std::string expectedCatalogText(const ss::SchemaModel& model, Dialect dialect)
{
    std::set<std::string> tables;
    for (const auto& t : model.tables) {
        std::set<std::string> lines;
        const auto pk = ss::primaryKeyOf(t);
        for (const auto& c : t.columns) {
            const bool sqliteKey = dialect == Dialect::Sqlite && c.identity && pk.size() == 1 &&
                                   ss::equalsIgnoreCase(pk.front(), c.name);
            const bool identity = dialect == Dialect::Sqlite ? sqliteKey : c.identity;
            lines.insert("  column " + lower(c.name) + " type=" + (sqliteKey ? "integer" : catalogType(c.type, dialect)) +
                         " null=" + (c.nullable && !identity ? "yes" : "no") + " identity=" + (identity ? "yes" : "no") +
                         " default=" + (identity ? "" : modelDefault(c)));
        }
        if (!pk.empty())
            lines.insert("  primary key (" + joined(pk) + ")");
        if (dialect == Dialect::PostgreSql && t.partitioning)
            lines.insert("  partitioned by " + lower(t.partitioning->strategy) + " (" + lower(t.partitioning->column) + ")");
        for (const auto& ix : ss::namedIndexes(t))
            lines.insert("  index " + lower(ix.name) + " unique=" + (ix.unique ? "yes" : "no") + " (" + joined(ix.columns) + ")");
        for (const auto& u : ss::effectiveUniques(t)) {
            if (dialect == Dialect::MySql)
                lines.insert("  index " + lower(u.name) + " unique=yes (" + joined(u.columns) + ")");
            else
                lines.insert("  unique " + (dialect == Dialect::Sqlite ? std::string() : lower(u.name) + " ") + "(" +
                             joined(u.columns) + ")");
        }
        if (dialect != Dialect::Sqlite)
            for (const auto& ck : ss::namedChecks(t))
                lines.insert("  check " + lower(ck.name));
        for (const auto& fk : ss::namedForeignKeys(t)) {
            // InnoDB treats RESTRICT and NO ACTION alike and reports either as RESTRICT.
            const bool none = fk.onDelete == ss::FkAction::NoAction ||
                              (dialect == Dialect::MySql && fk.onDelete == ss::FkAction::Restrict);
            const std::string action = none ? "" : std::string(" on delete ") + ss::toString(fk.onDelete);
            lines.insert("  foreign key " + (dialect == Dialect::Sqlite ? std::string() : lower(fk.name) + " ") + "(" +
                         joined(fk.columns) + ") -> " + lower(fk.refTable) + " (" + joined(fk.refColumns) + ")" + action);
        }
        std::string text = "table " + lower(t.name) + "\n";
        for (const auto& l : lines)
            text += l + "\n";
        tables.insert(text);
    }
    std::string out;
    for (const auto& t : tables)
        out += t;
    std::set<std::string> views;
    for (const auto& v : model.views)
        views.insert("view " + lower(v.name) + "\n");
    for (const auto& v : views)
        out += v;
    return out;
}
