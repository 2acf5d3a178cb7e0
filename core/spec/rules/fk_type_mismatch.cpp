#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

enum class Match { Same, LengthOnly, Different };

Match compare(const DataType& a, const DataType& b)
{
    if (a.kind == TypeKind::Native && b.kind == TypeKind::Native)
        return equalsIgnoreCase(a.native, b.native) ? Match::Same : Match::Different;
    if (a == b)
        return Match::Same;
    // Every dialect joins CHAR, VARCHAR and TEXT values; MySQL demands equal integer sizes and DECIMAL
    // precision on both sides of a foreign key, so those differences are real errors.
    return a.isText() && b.isText() ? Match::LengthOnly : Match::Different;
}

void checkPair(const ResolvedForeignKey& r, const Column& local, const Column& remote, Findings& findings)
{
    const Match match = compare(local.type, remote.type);
    if (match == Match::Same)
        return;
    const SourceLocation loc = local.origin == ColumnOrigin::Declared
        ? locate(local.typeLoc, locate(local.loc, r.table.loc))
        : locate(r.fk.loc, r.table.loc);
    const std::string message = "foreign key column " + quoted(r.table.name + "." + local.name) + " is "
        + local.type.toString() + " but the referenced " + quoted(r.target.name + "." + remote.name) + " is "
        + remote.type.toString();
    if (match == Match::LengthOnly)
        findings.report(Severity::Warning, loc, message,
                        "Use " + remote.type.toString()
                            + " for both: a longer referencing column accepts values that can never match.");
    else
        findings.report(loc, message,
                        "Declare " + quoted(local.name) + " as " + remote.type.toString()
                            + " (or leave it out of columns: an undeclared foreign key column takes the referenced "
                              "type).");
}

void check(const SchemaIndex& schema, Findings& findings)
{
    schema.forEachResolvedForeignKey([&](const ResolvedForeignKey& r) {
        for (std::size_t i = 0; i < r.fk.columns.size() && i < r.refColumns.size(); ++i) {
            const Column* local = schema.column(r.table, r.fk.columns[i]);
            const Column* remote = schema.column(r.target, r.refColumns[i]);
            if (local && remote)
                checkPair(r, *local, *remote, findings);
        }
    });
}

}  // namespace

const Rule kFkTypeMismatch{"fk-type-mismatch", Severity::Error,
                           "a foreign key column whose type differs from the referenced column's (text length "
                           "differences are warnings)",
                           check};

}  // namespace ss::rules
