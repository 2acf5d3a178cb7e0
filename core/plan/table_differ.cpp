#include "core/plan/table_differ.h"

#include "core/plan/object_names.h"
#include "core/spec/default_value.h"
#include "core/spec/name_lookup.h"
#include "core/util/collapse_blanks.h"

#include <algorithm>

namespace ss {

namespace {

// Constraint drops run before tables are renamed (phase order in operation.h), so they name the table as it
// is now; everything else runs after the rename.
bool runsBeforeRename(OpKind kind)
{
    return kind < OpKind::RenameTable;
}

Operation makeOp(OpKind kind, const Table& current, const Table& target)
{
    Operation op;
    op.kind = kind;
    op.table = runsBeforeRename(kind) ? current.name : target.name;
    op.schema = target.schema;
    return op;
}

// Lines up named objects of both sides by name (exact, else the one match ignoring case); `equal` compares
// two with the same name.
template <typename Item, typename Equal, typename OnDrop, typename OnAdd>
void diffNamed(const std::vector<Item>& current, const std::vector<Item>& target, Equal equal, OnDrop onDrop, OnAdd onAdd)
{
    for (const auto& c : current) {
        const Item* t = findByName(target, c.name);
        if (!t || !equal(c, *t))
            onDrop(c);
    }
    for (const auto& t : target) {
        const Item* c = findByName(current, t.name);
        if (!c || !equal(*c, t))
            onAdd(t);
    }
}

void diffColumns(const Table& current, const Table& target, std::vector<Operation>& out)
{
    for (const auto& pair : matchColumns(current, target)) {
        if (!pair.current) {
            Operation op = makeOp(OpKind::AddColumn, current, target);
            op.after = *pair.target;
            out.push_back(std::move(op));
            continue;
        }
        if (!pair.target) {
            Operation op = makeOp(OpKind::DropColumn, current, target);
            op.before = *pair.current;
            out.push_back(std::move(op));
            continue;
        }
        const Column& c = *pair.current;
        const Column& t = *pair.target;
        auto columnOp = [&](OpKind kind) {
            Operation op = makeOp(kind, current, target);
            op.before = c;
            op.after = t;
            out.push_back(std::move(op));
        };
        if (pair.renamed)
            columnOp(OpKind::RenameColumn);
        if (c.type != t.type || c.identity != t.identity)
            columnOp(OpKind::AlterColumnType);
        if (c.nullable != t.nullable)
            columnOp(OpKind::AlterColumnNullability);
        if (!sameDefault(c.defaultValue, t.defaultValue))
            columnOp(OpKind::AlterColumnDefault);
        if (c.description != t.description)
            columnOp(OpKind::CommentColumn);
    }
}

}  // namespace

void collectColumnRenames(const Table& current, const Table& target, Renames& renames)
{
    for (const auto& pair : matchColumns(current, target))
        if (pair.renamed)
            renames.addColumn(qualifiedName(target.schema, target.name), pair.current->name, pair.target->name);
}

bool changesTableShape(OpKind kind)
{
    switch (kind) {
    case OpKind::AddIndex:
    case OpKind::DropIndex:
    case OpKind::CommentTable:
    case OpKind::CommentColumn:
        return false;
    default:
        return true;
    }
}

void diffTable(const Table& current, const Table& target, const Renames& renames, std::vector<Operation>& out)
{
    diffColumns(current, target, out);

    const std::string tableName = qualifiedName(target.schema, target.name);
    const auto pkBefore = renames.columns(tableName, primaryKeyOf(current));
    const auto pkAfter = primaryKeyOf(target);
    if (!sameNames(pkBefore, pkAfter)) {
        Operation op = makeOp(OpKind::AlterPrimaryKey, current, target);
        op.primaryKeyBefore = primaryKeyOf(current);
        op.primaryKeyAfter = pkAfter;
        out.push_back(std::move(op));
    }

    diffNamed(
        namedIndexes(current), namedIndexes(target),
        [&](const Index& c, const Index& t) { return c.unique == t.unique && sameNames(renames.columns(tableName, c.columns), t.columns); },
        [&](const Index& c) { Operation op = makeOp(OpKind::DropIndex, current, target); op.index = c; out.push_back(std::move(op)); },
        [&](const Index& t) { Operation op = makeOp(OpKind::AddIndex, current, target); op.index = t; out.push_back(std::move(op)); });

    diffNamed(
        effectiveUniques(current), effectiveUniques(target),
        [&](const UniqueConstraint& c, const UniqueConstraint& t) { return sameNames(renames.columns(tableName, c.columns), t.columns); },
        [&](const UniqueConstraint& c) { Operation op = makeOp(OpKind::DropUnique, current, target); op.unique = c; out.push_back(std::move(op)); },
        [&](const UniqueConstraint& t) { Operation op = makeOp(OpKind::AddUnique, current, target); op.unique = t; out.push_back(std::move(op)); });

    diffNamed(
        namedChecks(current), namedChecks(target),
        [&](const CheckConstraint& c, const CheckConstraint& t) { return collapseBlanks(c.expression) == collapseBlanks(t.expression); },
        [&](const CheckConstraint& c) { Operation op = makeOp(OpKind::DropCheck, current, target); op.check = c; out.push_back(std::move(op)); },
        [&](const CheckConstraint& t) { Operation op = makeOp(OpKind::AddCheck, current, target); op.check = t; out.push_back(std::move(op)); });

    diffNamed(
        namedForeignKeys(current), namedForeignKeys(target),
        [&](const ForeignKey& c, const ForeignKey& t) {
            const std::string refTable = renames.table(qualifiedName(c.refSchema, c.refTable));
            return equalsIgnoreCase(refTable, qualifiedName(t.refSchema, t.refTable)) && c.onDelete == t.onDelete && c.onUpdate == t.onUpdate &&
                   sameNames(renames.columns(tableName, c.columns), t.columns) &&
                   sameNames(renames.columns(refTable, c.refColumns), t.refColumns);
        },
        [&](const ForeignKey& c) { Operation op = makeOp(OpKind::DropForeignKey, current, target); op.foreignKey = c; out.push_back(std::move(op)); },
        [&](const ForeignKey& t) { Operation op = makeOp(OpKind::AddForeignKey, current, target); op.foreignKey = t; out.push_back(std::move(op)); });

    if (current.description != target.description) {
        Operation op = makeOp(OpKind::CommentTable, current, target);
        op.tableDef.description = target.description;
        out.push_back(std::move(op));
    }
}

}  // namespace ss
