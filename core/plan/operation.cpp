#include "core/plan/operation.h"

#include "core/util/joined.h"

#include <algorithm>

namespace ss {

namespace {

struct KindName {
    OpKind kind;
    const char* name;
};

const KindName kKindNames[] = {
    {OpKind::DropView, "drop_view"},
    {OpKind::DropForeignKey, "drop_foreign_key"},
    {OpKind::DropIndex, "drop_index"},
    {OpKind::DropUnique, "drop_unique"},
    {OpKind::DropCheck, "drop_check"},
    {OpKind::DropTable, "drop_table"},
    {OpKind::CreateType, "create_type"},
    {OpKind::AddEnumValue, "add_enum_value"},
    {OpKind::ReplaceType, "replace_type"},
    {OpKind::CommentType, "comment_type"},
    {OpKind::CreateFunction, "create_function"},
    {OpKind::ReplaceFunction, "replace_function"},
    {OpKind::RenameTable, "rename_table"},
    {OpKind::RenameColumn, "rename_column"},
    {OpKind::AddColumn, "add_column"},
    {OpKind::AlterColumnType, "alter_column_type"},
    {OpKind::AlterColumnNullability, "alter_column_nullability"},
    {OpKind::AlterColumnDefault, "alter_column_default"},
    {OpKind::AlterPrimaryKey, "alter_primary_key"},
    {OpKind::DropColumn, "drop_column"},
    {OpKind::CommentTable, "comment_table"},
    {OpKind::CommentColumn, "comment_column"},
    {OpKind::CreateTable, "create_table"},
    {OpKind::AddIndex, "add_index"},
    {OpKind::AddUnique, "add_unique"},
    {OpKind::AddCheck, "add_check"},
    {OpKind::AddForeignKey, "add_foreign_key"},
    {OpKind::CreateView, "create_view"},
    {OpKind::ReplaceView, "replace_view"},
    {OpKind::DropFunction, "drop_function"},
    {OpKind::DropType, "drop_type"},
};

std::string describeDefault(const std::optional<DefaultValue>& value)
{
    if (!value)
        return "none";
    switch (value->kind) {
    case DefaultValue::Kind::String: return "'" + value->text + "'";
    case DefaultValue::Kind::Null: return "NULL";
    default: return value->text;
    }
}

std::string columnSummary(const Column& c)
{
    std::string text = c.type.toString();
    if (c.identity)
        text += " identity";
    if (!c.nullable)
        text += " NOT NULL";
    if (c.defaultValue)
        text += " DEFAULT " + describeDefault(c.defaultValue);
    return text;
}

std::string typeSummary(const UserType& t)
{
    if (t.kind == UserType::Kind::Enum)
        return "enum " + t.name + " (" + joined(t.values) + ")";
    std::string text = "domain " + t.name + " " + t.base.toString();
    if (!t.nullable)
        text += " NOT NULL";
    if (t.defaultValue)
        text += " DEFAULT " + describeDefault(t.defaultValue);
    for (const auto& c : t.checks)
        text += " CHECK (" + c.expression + ")";
    return text;
}

}  // namespace

const char* toString(OpKind kind)
{
    for (const auto& k : kKindNames)
        if (k.kind == kind)
            return k.name;
    return "unknown";
}

bool isTypeOperation(OpKind kind)
{
    return kind == OpKind::CreateType || kind == OpKind::AddEnumValue || kind == OpKind::ReplaceType ||
           kind == OpKind::CommentType || kind == OpKind::DropType;
}

bool isFunctionOperation(OpKind kind)
{
    return kind == OpKind::CreateFunction || kind == OpKind::ReplaceFunction || kind == OpKind::DropFunction;
}

const char* toString(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Safe: return "safe";
    case RiskLevel::Medium: return "medium";
    case RiskLevel::High: return "high";
    }
    return "safe";
}

bool parseRiskLevel(const std::string& text, RiskLevel& level)
{
    for (RiskLevel l : {RiskLevel::Safe, RiskLevel::Medium, RiskLevel::High})
        if (equalsIgnoreCase(text, toString(l))) {
            level = l;
            return true;
        }
    return false;
}

RiskLevel Operation::risk() const
{
    RiskLevel level = RiskLevel::Safe;
    for (const auto& r : risks)
        level = std::max(level, r.level);
    return level;
}

std::string Operation::describe() const
{
    const std::string shown = qualifiedName(schema, table);
    const std::string col = shown + "." + (after.name.empty() ? before.name : after.name);
    switch (kind) {
    case OpKind::CreateTable:
        return "create " + std::string(ss::toString(tableDef.kind)) + " " + shown + " (" +
               std::to_string(tableDef.columns.size()) + " columns)";
    case OpKind::DropTable: return "drop table " + shown + " (" + std::to_string(tableDef.columns.size()) + " columns)";
    case OpKind::RenameTable: return "rename table " + qualifiedName(schema, oldName) + " to " + table;
    case OpKind::AddColumn: return "add column " + col + " " + columnSummary(after);
    case OpKind::DropColumn: return "drop column " + shown + "." + before.name + " " + columnSummary(before);
    case OpKind::RenameColumn: return "rename column " + shown + "." + before.name + " to " + after.name;
    case OpKind::AlterColumnType:
        return "change type of " + col + " from " + before.type.toString() + (before.identity ? " identity" : "") + " to " +
               after.type.toString() + (after.identity ? " identity" : "");
    case OpKind::AlterColumnNullability: return after.nullable ? "make " + col + " nullable" : "make " + col + " NOT NULL";
    case OpKind::AlterColumnDefault:
        return "change default of " + col + " from " + describeDefault(before.defaultValue) + " to " +
               describeDefault(after.defaultValue);
    case OpKind::AlterPrimaryKey:
        return "change primary key of " + shown + " from (" + joined(primaryKeyBefore) + ") to (" + joined(primaryKeyAfter) + ")";
    case OpKind::CommentTable: return "set the description of table " + shown;
    case OpKind::CommentColumn: return "set the description of column " + col;
    case OpKind::AddIndex:
        return std::string("add ") + (index.unique ? "unique index " : "index ") + index.name + " on " + shown + " (" +
               joined(index.columns) + ")";
    case OpKind::DropIndex: return "drop index " + index.name + " on " + shown;
    case OpKind::AddUnique: return "add unique constraint " + unique.name + " on " + shown + " (" + joined(unique.columns) + ")";
    case OpKind::DropUnique: return "drop unique constraint " + unique.name + " on " + shown;
    case OpKind::AddCheck: return "add check " + check.name + " on " + shown + " (" + check.expression + ")";
    case OpKind::DropCheck: return "drop check " + check.name + " on " + shown;
    case OpKind::AddForeignKey:
        return "add foreign key " + foreignKey.name + " on " + shown + " (" + joined(foreignKey.columns) + ") -> " +
               qualifiedName(foreignKey.refSchema, foreignKey.refTable) + " (" + joined(foreignKey.refColumns) + ")";
    case OpKind::DropForeignKey: return "drop foreign key " + foreignKey.name + " on " + shown;
    case OpKind::CreateView: return (dependencyRebuild ? "recreate view " : "create view ") + shown;
    case OpKind::ReplaceView: return "replace view " + shown;
    case OpKind::CreateType: return "create " + typeSummary(type);
    case OpKind::AddEnumValue:
        return "add value '" + enumValue + "' to enum " + type.name +
               (enumValueAfter.empty() ? " (first)" : " after '" + enumValueAfter + "'");
    case OpKind::ReplaceType:
        return "replace " + typeSummary(typeBefore) + " with " + typeSummary(type) + " (" +
               std::to_string(typeColumns.size()) + (typeColumns.size() == 1 ? " column)" : " columns)");
    case OpKind::CommentType: return "set the description of type " + type.name;
    case OpKind::DropType: return "drop " + typeSummary(type);
    case OpKind::CreateFunction: return "create function " + function.name + "(" + function.signature + ")";
    case OpKind::ReplaceFunction: return "replace function " + function.name + "(" + function.signature + ")";
    case OpKind::DropFunction: return "drop function " + function.name + "(" + function.signature + ")";
    case OpKind::DropView: return dependencyRebuild ? "drop view " + shown + " (recreated after the change)" : "drop view " + shown;
    }
    return toString(kind);
}

}  // namespace ss
