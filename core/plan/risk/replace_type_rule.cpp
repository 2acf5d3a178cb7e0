#include "core/plan/risk/risk_rule.h"

#include <algorithm>

namespace ss {

namespace {

// True when every value of `before` is still in `after`, in the same order.
bool keepsEveryValueInOrder(const std::vector<std::string>& before, const std::vector<std::string>& after)
{
    auto it = after.begin();
    for (const auto& v : before) {
        it = std::find(it, after.end(), v);
        if (it == after.end())
            return false;
        ++it;
    }
    return true;
}

std::string columnList(const Operation& op)
{
    std::string text;
    for (const auto& [table, column] : op.typeColumns)
        text += (text.empty() ? "" : ", ") + table + "." + column.name;
    return text.empty() ? "no column uses it yet" : text;
}

}  // namespace

RiskRule replaceTypeRule()
{
    return {"MF110", "type replaced under its columns", [](const Operation& op, const RiskContext&, std::vector<RiskFinding>& out) {
                if (op.kind != OpKind::ReplaceType)
                    return;
                const UserType& before = op.typeBefore;
                const UserType& after = op.type;
                if (before.kind == UserType::Kind::Enum && after.kind == UserType::Kind::Enum &&
                    !keepsEveryValueInOrder(before.values, after.values)) {
                    out.push_back(finding(replaceTypeRule(), RiskLevel::High,
                                          "enum " + after.name + " loses or reorders values: rows holding a removed "
                                          "value fail the conversion, and ordering by it changes (" + columnList(op) + ")"));
                    return;
                }
                if (before.kind != after.kind || before.base != after.base) {
                    out.push_back(finding(replaceTypeRule(), RiskLevel::High,
                                          "type " + after.name + " changes what it is: every value of " + columnList(op) +
                                              " is converted and the migration fails on the first that does not convert"));
                    return;
                }
                const bool tightened = (before.nullable && !after.nullable) ||
                                       std::any_of(after.checks.begin(), after.checks.end(), [&](const CheckConstraint& c) {
                                           return std::find(before.checks.begin(), before.checks.end(), c) ==
                                                  before.checks.end();
                                       });
                if (tightened)
                    out.push_back(finding(replaceTypeRule(), RiskLevel::Medium,
                                          "domain " + after.name + " gains a check or NOT NULL: fails if a value of " +
                                              columnList(op) + " breaks it"));
            }};
}

}  // namespace ss
