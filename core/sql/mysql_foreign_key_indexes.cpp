#include "core/sql/mysql_foreign_key_indexes.h"

#include "core/plan/object_names.h"
#include "core/spec/rules/schema_index.h"

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace ss {

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

// True when a primary key, index or unique key of `table` other than those named in `leaving` starts with
// `columns`.
bool keyStartsWith(const Table& table, const std::vector<std::string>& columns, const std::vector<std::string>& leaving)
{
    if (startsWith(primaryKeyOf(table), columns))
        return true;
    for (const auto& ix : namedIndexes(table))
        if (!rules::containsColumn(leaving, ix.name) && startsWith(ix.columns, columns))
            return true;
    for (const auto& u : effectiveUniques(table))
        if (!rules::containsColumn(leaving, u.name) && startsWith(u.columns, columns))
            return true;
    return false;
}

// The names of the indexes and unique keys `plan` drops from the table of `alteration`, and of the foreign
// keys it drops from it.
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

// The columns of the key an operation drops or adds; empty for other operations.
const std::vector<std::string>& keyColumns(const Operation& op)
{
    static const std::vector<std::string> kNone;
    switch (op.kind) {
    case OpKind::DropIndex:
    case OpKind::AddIndex: return op.index.columns;
    case OpKind::DropUnique:
    case OpKind::AddUnique: return op.unique.columns;
    case OpKind::AlterPrimaryKey: return op.primaryKeyAfter;
    default: return kNone;
    }
}

// The first operation on the table of `alteration` of one of `kinds` whose key starts with `columns`.
int firstKeyOperation(const Plan& plan, int alteration, std::initializer_list<OpKind> kinds,
                      const std::vector<std::string>& columns)
{
    for (std::size_t i = 0; i < plan.operations.size(); ++i) {
        const Operation& op = plan.operations[i];
        if (op.alteration != alteration || std::find(kinds.begin(), kinds.end(), op.kind) == kinds.end())
            continue;
        if (!keyColumns(op).empty() && startsWith(keyColumns(op), columns))
            return static_cast<int>(i);
    }
    return -1;
}

// The foreign key named `name` of `table`, with its derived name; nullopt when it has none so named.
std::optional<ForeignKey> foreignKeyNamed(const Table& table, const std::string& name)
{
    for (const auto& fk : namedForeignKeys(table))
        if (equalsIgnoreCase(fk.name, name))
            return fk;
    return std::nullopt;
}

}  // namespace

bool hasOwnIndex(const Table& table, const ForeignKey& fk, const std::vector<std::string>& leaving)
{
    return !keyStartsWith(table, fk.columns, leaving);
}

std::vector<ForeignKey> foreignKeysNeedingDroppedKey(const Plan& plan, const Operation& op)
{
    std::vector<ForeignKey> out;
    if (op.alteration < 0)
        return out;
    const Table& current = plan.alteredTables[static_cast<std::size_t>(op.alteration)].current;
    const Dropped dropped = droppedFrom(plan, op.alteration);
    for (const auto& fk : namedForeignKeys(current))
        if (!rules::containsColumn(dropped.foreignKeys, fk.name) && startsWith(keyColumns(op), fk.columns) &&
            hasOwnIndex(current, fk, dropped.keys))
            out.push_back(fk);
    return out;
}

std::vector<ReferenceMoved> referencesMovedByKeyChanges(const Plan& plan)
{
    std::vector<ReferenceMoved> out;
    for (std::size_t a = 0; a < plan.alteredTables.size(); ++a) {
        const int alteration = static_cast<int>(a);
        const Table& parent = plan.alteredTables[a].current;
        const Dropped parentDrops = droppedFrom(plan, alteration);
        if (parentDrops.keys.empty())
            continue;
        auto consider = [&](const Table& current, const Table& target, const std::vector<std::string>& droppedKeys) {
            for (const auto& fk : namedForeignKeys(current)) {
                if (!equalsIgnoreCase(fk.refTable, parent.name) || rules::containsColumn(droppedKeys, fk.name) ||
                    keyStartsWith(parent, fk.refColumns, parentDrops.keys))
                    continue;
                const auto after = foreignKeyNamed(target, fk.name);
                if (!after)
                    continue;
                ReferenceMoved moved{current.name, fk, target.name, *after, -1, -1};
                moved.dropAt = firstKeyOperation(plan, alteration, {OpKind::DropIndex, OpKind::DropUnique}, fk.refColumns);
                moved.addAt = firstKeyOperation(plan, alteration, {OpKind::AddIndex, OpKind::AddUnique, OpKind::AlterPrimaryKey},
                                                after->refColumns);
                if (moved.dropAt >= 0 && moved.addAt > moved.dropAt)
                    out.push_back(std::move(moved));
            }
        };
        for (std::size_t r = 0; r < plan.alteredTables.size(); ++r)
            consider(plan.alteredTables[r].current, plan.alteredTables[r].target,
                     droppedFrom(plan, static_cast<int>(r)).foreignKeys);
        for (const auto& kept : plan.keptTables)
            consider(kept, kept, {});
    }
    return out;
}

}  // namespace ss
