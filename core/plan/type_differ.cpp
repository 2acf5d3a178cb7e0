#include "core/plan/type_differ.h"

#include "core/spec/default_value.h"
#include "core/spec/qualified_name.h"
#include "core/spec/user_types.h"
#include "core/util/collapse_blanks.h"

#include <algorithm>
#include <optional>

namespace ss {

namespace {

// Equal as the database would hold them: a domain check's name is the database's business when the spec
// leaves it out, and its expression is compared without layout.
bool sameChecks(const std::vector<CheckConstraint>& a, const std::vector<CheckConstraint>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const bool namesAgree = a[i].name.empty() || b[i].name.empty() || a[i].name == b[i].name;
        if (!namesAgree || collapseBlanks(a[i].expression) != collapseBlanks(b[i].expression))
            return false;
    }
    return true;
}

bool sameExceptDescription(const UserType& a, const UserType& b)
{
    return a.kind == b.kind && a.values == b.values && a.base == b.base && a.nullable == b.nullable &&
           sameDefault(a.defaultValue, b.defaultValue) && sameChecks(a.checks, b.checks);
}

bool onlyValuesDiffer(const UserType& before, const UserType& after)
{
    if (before.kind != UserType::Kind::Enum || after.kind != UserType::Kind::Enum)
        return false;
    UserType withNewValues = before;
    withNewValues.values = after.values;
    return sameExceptDescription(withNewValues, after);
}

// The values `after` adds to `before`, each with the value it follows, when `after` keeps all of `before` in
// its order; nothing when it does not (a value removed or moved).
std::optional<std::vector<std::pair<std::string, std::string>>> addedValues(const std::vector<std::string>& before,
                                                                            const std::vector<std::string>& after)
{
    std::vector<std::pair<std::string, std::string>> added;
    std::size_t kept = 0;
    std::string previous;
    for (const auto& v : after) {
        if (kept < before.size() && v == before[kept])
            ++kept;
        else if (std::find(before.begin(), before.end(), v) != before.end())
            return std::nullopt;
        else
            added.emplace_back(v, previous);
        previous = v;
    }
    if (kept != before.size())
        return std::nullopt;
    return added;
}

Operation typeOp(OpKind kind, const UserType& type)
{
    Operation op;
    op.kind = kind;
    op.table = type.name;
    op.type = type;
    return op;
}

// The columns of `current` that use `type`, under their current names: a replacement converts them all, the
// ones this plan drops later included, since the old type cannot be dropped while they use it.
// Each table is named as the DSL references it (core/spec/qualified_name.h): with its schema, if any.
std::vector<std::pair<std::string, Column>> columnsUsing(const SchemaModel& current, const UserType& type)
{
    std::vector<std::pair<std::string, Column>> out;
    for (const auto& t : current.tables)
        for (const auto& c : t.columns)
            if (typeOf(current, c) == &type)
                out.emplace_back(qualifiedReference(t.schema, t.name), c);
    return out;
}

}  // namespace

void diffTypes(const SchemaModel& current, const SchemaModel& target, std::vector<Operation>& out)
{
    for (const auto& after : target.types) {
        const UserType* before = findType(current, after.name);
        if (!before) {
            out.push_back(typeOp(OpKind::CreateType, after));
            continue;
        }
        if (!sameExceptDescription(*before, after)) {
            const auto added = onlyValuesDiffer(*before, after) ? addedValues(before->values, after.values)
                                                                  : std::nullopt;
            if (added) {
                for (const auto& [value, follows] : *added) {
                    Operation op = typeOp(OpKind::AddEnumValue, after);
                    op.enumValue = value;
                    op.enumValueAfter = follows;
                    op.typeBefore = *before;
                    out.push_back(std::move(op));
                }
            } else {
                Operation op = typeOp(OpKind::ReplaceType, after);
                op.typeBefore = *before;
                op.typeColumns = columnsUsing(current, *before);
                out.push_back(std::move(op));
                continue;
            }
        }
        if (before->description != after.description)
            out.push_back(typeOp(OpKind::CommentType, after));
    }
    for (const auto& before : current.types)
        if (!findType(target, before.name))
            out.push_back(typeOp(OpKind::DropType, before));
}

}  // namespace ss
