#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace ss::rules {

namespace {

// A column set as one comparable string: lower-cased, sorted, joined by NUL (which no name contains).
std::string setKey(const std::vector<std::string>& columns)
{
    std::vector<std::string> lowered;
    lowered.reserve(columns.size());
    for (const std::string& c : columns)
        lowered.push_back(toLower(c));
    std::sort(lowered.begin(), lowered.end());
    std::string key;
    for (const std::string& c : lowered)
        key.append(c).push_back('\0');
    return key;
}

void check(const SchemaIndex& schema, Findings& findings)
{
    // Built once per referenced table, so many foreign keys into a table with many keys stay linear.
    std::unordered_map<const Table*, std::unordered_set<std::string>> uniqueSets;
    schema.forEachResolvedForeignKey([&](const ResolvedForeignKey& r) {
        const std::vector<std::string>& refs = r.refColumns;
        const bool resolvable = !refs.empty() && std::all_of(refs.begin(), refs.end(), [&](const std::string& c) {
            return schema.column(r.target, c) != nullptr;
        });
        if (!resolvable)
            return;  // fk-missing-target
        auto [sets, fresh] = uniqueSets.try_emplace(&r.target);
        if (fresh)
            for (const auto* key : uniqueKeys(r.target))
                sets->second.insert(setKey(*key));
        if (sets->second.count(setKey(refs)))
            return;
        const std::string target = quoted(r.target.name);
        findings.report(locate(r.fk.referencesLoc, locate(r.fk.loc, r.table.loc)),
                        "foreign key of " + quoted(r.table.name) + " references " + target + " " + columnList(refs)
                            + ", which is neither the primary key of " + target + " nor unique",
                        r.target.primaryKey.empty()
                            ? "Declare a unique constraint on " + columnList(refs) + " in " + target + "."
                            : "Reference the primary key " + target + " " + columnList(r.target.primaryKey)
                                + ", or declare a unique constraint on " + columnList(refs) + ".");
    });
}

}  // namespace

const Rule kFkTargetNotUnique{"fk-target-not-unique", Severity::Error,
                              "a foreign key whose referenced columns are neither a primary key nor unique", check};

}  // namespace ss::rules
