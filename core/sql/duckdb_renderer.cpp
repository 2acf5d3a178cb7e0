#include "core/sql/duckdb_renderer.h"

#include "core/plan/name_matching.h"
#include "core/plan/object_names.h"
#include "core/spec/rules/schema_index.h"
#include "core/sql/duckdb_templates.h"
#include "core/sql/sql_template.h"

#include <algorithm>

namespace ss {

namespace {

// A column that a key, a unique, a foreign key or a check may use: DuckDB refuses to change or drop it.
bool constrained(const Table& table, const Column& column)
{
    if (!table.checks.empty() || rules::containsColumn(primaryKeyOf(table), column.name))
        return true;
    for (const auto& u : effectiveUniques(table))
        if (rules::containsColumn(u.columns, column.name))
            return true;
    for (const auto& fk : table.foreignKeys)
        if (rules::containsColumn(fk.columns, column.name))
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

bool referencesTable(const Table& table, const std::string& name)
{
    return std::any_of(table.foreignKeys.begin(), table.foreignKeys.end(), [&](const ForeignKey& fk) {
        return equalsIgnoreCase(fk.refTable, name) && !equalsIgnoreCase(table.name, name);
    });
}

// The order to create the tables in (referenced tables first, by their target definitions), or to drop them
// in (referencing tables first, by their current ones). A cycle is broken where it is met.
std::vector<std::size_t> dependencyOrder(const std::vector<TableAlteration>& items, bool creating)
{
    auto tableOf = [&](std::size_t i) -> const Table& { return creating ? items[i].target : items[i].current; };
    std::vector<std::size_t> order;
    std::vector<bool> placed(items.size(), false);
    while (order.size() < items.size()) {
        std::size_t pick = items.size();
        for (std::size_t i = 0; i < items.size() && pick == items.size(); ++i) {
            if (placed[i])
                continue;
            bool blocked = false;
            for (std::size_t j = 0; j < items.size() && !blocked; ++j) {
                if (placed[j] || j == i)
                    continue;
                // Creating: i waits for the tables it references. Dropping: i waits for the tables referencing it.
                blocked = creating ? referencesTable(tableOf(i), tableOf(j).name) : referencesTable(tableOf(j), tableOf(i).name);
            }
            if (!blocked)
                pick = i;
        }
        if (pick == items.size())
            pick = static_cast<std::size_t>(std::find(placed.begin(), placed.end(), false) - placed.begin());
        placed[pick] = true;
        order.push_back(pick);
    }
    return order;
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

namespace {

// Types other databases declare that DuckDB knows under a name of its own (MySQL's unsigned integers, the
// long text and blob kinds, SQLite's CLOB), so that a schema inspected elsewhere can be created here.
std::string duckDbNativeType(const std::string& declared)
{
    static const std::pair<const char*, const char*> kNames[] = {
        {"TINYINT UNSIGNED", "UTINYINT"}, {"SMALLINT UNSIGNED", "USMALLINT"}, {"INTEGER UNSIGNED", "UINTEGER"},
        {"INT UNSIGNED", "UINTEGER"},     {"MEDIUMINT UNSIGNED", "UINTEGER"}, {"BIGINT UNSIGNED", "UBIGINT"},
        {"MEDIUMINT", "INTEGER"},         {"INT", "INTEGER"},                 {"CLOB", "VARCHAR"},
        {"TINYTEXT", "VARCHAR"},          {"MEDIUMTEXT", "VARCHAR"},          {"LONGTEXT", "VARCHAR"},
        {"TINYBLOB", "BLOB"},             {"MEDIUMBLOB", "BLOB"},             {"LONGBLOB", "BLOB"},
        {"DATETIME", "TIMESTAMP"},        {"BYTEA", "BLOB"},
    };
    for (const auto& [other, own] : kNames)
        if (equalsIgnoreCase(declared, other))
            return own;
    const std::size_t open = declared.find('(');
    if (open != std::string::npos) {
        const std::string base = declared.substr(0, open);
        if (equalsIgnoreCase(base, "VARBINARY") || equalsIgnoreCase(base, "BINARY"))
            return "BLOB";
    }
    return declared;
}

}  // namespace

std::string duckDbStoredType(const DataType& type)
{
    std::string name = DuckDbRenderer().typeName(type);
    if (name.rfind("VARCHAR(", 0) == 0)
        name.resize(7);
    return name;
}

std::string DuckDbRenderer::typeName(const DataType& type) const
{
    switch (type.kind) {
    case TypeKind::Native: return duckDbNativeType(type.native);
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

std::vector<std::string> DuckDbRenderer::rebuildStatements(const Plan& plan, const std::vector<std::size_t>& rebuilt) const
{
    std::vector<TableAlteration> items;
    for (std::size_t a : rebuilt)
        items.push_back(plan.alteredTables[a]);
    // The rebuild runs at the last operation of the rebuilt tables: tables unchanged, or created before that,
    // that reference a rebuilt one go with it, and so on.
    std::size_t at = 0;
    for (std::size_t i = 0; i < plan.operations.size(); ++i)
        if (plan.operations[i].alteration >= 0 &&
            std::find(rebuilt.begin(), rebuilt.end(), static_cast<std::size_t>(plan.operations[i].alteration)) != rebuilt.end())
            at = i;
    std::vector<const Table*> present;
    for (const auto& kept : plan.keptTables)
        present.push_back(&kept);
    for (std::size_t i = 0; i < at; ++i)
        if (plan.operations[i].kind == OpKind::CreateTable)
            present.push_back(&plan.operations[i].tableDef);
    std::vector<bool> taken(present.size(), false);
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t k = 0; k < present.size(); ++k) {
            if (taken[k])
                continue;
            const Table& kept = *present[k];
            const bool references = std::any_of(items.begin(), items.end(), [&](const TableAlteration& item) {
                return referencesTable(kept, item.current.name);
            });
            if (references) {
                items.push_back({kept, kept});
                taken[k] = true;
                grew = true;
            }
        }
    }

    std::vector<std::string> out;
    for (const auto& item : items)
        for (auto& s : sequenceStatements(item.target))
            out.push_back(std::move(s));
    for (const auto& item : items)
        out.push_back(fillTemplate(kDuckDbStash, {{"stash", quote(fillTemplate(kDuckDbStashName, {{"table", item.target.name}}))},
                                                   {"table", quote(item.current.name)}}));
    for (std::size_t i : dependencyOrder(items, false))
        out.push_back(fillTemplate(m_t.dropTable, {{"table", quote(items[i].current.name)}}));
    const auto createOrder = dependencyOrder(items, true);
    for (std::size_t i : createOrder)
        out.push_back(createTableStatement(items[i].target, {}));
    for (std::size_t i : createOrder) {
        const TableAlteration& item = items[i];
        std::string columns;
        std::string sources;
        for (const auto& pair : matchColumns(item.current, item.target)) {
            if (!pair.current || !pair.target)
                continue;
            columns += (columns.empty() ? "" : ", ") + quote(pair.target->name);
            sources += (sources.empty() ? "" : ", ") + quote(pair.current->name);
        }
        if (!columns.empty())
            out.push_back(fillTemplate(kDuckDbRefill, {{"table", quote(item.target.name)}, {"columns", columns}, {"sources", sources},
                                                       {"stash", quote(fillTemplate(kDuckDbStashName, {{"table", item.target.name}}))}}));
    }
    for (std::size_t i : createOrder) {
        for (const auto& ix : namedIndexes(items[i].target))
            out.push_back(createIndexStatement(items[i].target.schema, items[i].target.name, ix));
        for (auto& s : commentStatements(items[i].target))
            out.push_back(std::move(s));
        out.push_back(fillTemplate(m_t.dropTable, {{"table", quote(fillTemplate(kDuckDbStashName, {{"table", items[i].target.name}}))}}));
    }
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
    case OpKind::CreateFunction:
    case OpKind::ReplaceFunction:
    case OpKind::DropFunction:
        if (parseDialect(op.function.dialect) == Dialect::DuckDb)
            renderFunctionOperation(op, index, m);
        else
            renderOperation(plan, index, m);
        break;
    default: renderOperation(plan, index, m);
    }
}

}  // namespace ss
