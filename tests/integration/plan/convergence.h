#pragma once

// The convergence check a desired schema must pass against a current one on a real database: load each into a
// scratch database of its own, inspect the desired one, plan the current database to it, apply the plan, and
// plan again: nothing may be left to do.
#include "inspect/inspect_support.h"

#include <initializer_list>

inline void loadSql(ScratchDatabase& scratch, std::initializer_list<const char*> statements)
{
    requireOpen(scratch);
    for (const char* sql : statements) {
        const QString error = execSql(scratch.db(), sql);
        INFO(sql << "\n" << error.toStdString());
        REQUIRE(error.isEmpty());
    }
}

// The first value of the first row `sql` returns.
inline QVariant firstValue(ScratchDatabase& scratch, const char* sql)
{
    QSqlQuery q(scratch.db());
    INFO(sql);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

// What an apply that converged did: the migration it ran, and the current database inspected after it.
struct Converged {
    ss::Migration migration;
    ss::InspectResult applied;
};

// Applies the inspected `desired` to `current` and checks that the re-plan is empty.
inline Converged checkConverges(ScratchDatabase& current, ScratchDatabase& desired)
{
    const ss::InspectResult target = inspectScratch(desired);
    const ss::Plan plan = ss::diff(inspectScratch(current).model, target.model);
    Converged out;
    out.migration = ss::renderMigration(plan, current.dialect());
    INFO(out.migration.body(plan));
    const QString error = applyMigration(current.db(), out.migration);
    REQUIRE(error.toStdString() == "");
    out.applied = inspectScratch(current);
    const ss::Plan again = ss::diff(out.applied.model, target.model);
    INFO("after the apply:\n" << ss::formatImpactText(again, false));
    CHECK(again.operations.empty());
    return out;
}

// A current and a desired database of one dialect (scratch databases <tag>_current and <tag>_desired), each
// loaded with its SQL.
struct ConvergenceCase {
    ConvergenceCase(ss::Dialect dialect, const std::string& tag, std::initializer_list<const char*> currentSql,
                    std::initializer_list<const char*> desiredSql)
        : current(dialect, QString::fromStdString(tag + "_current")), desired(dialect, QString::fromStdString(tag + "_desired"))
    {
        loadSql(current, currentSql);
        loadSql(desired, desiredSql);
    }

    Converged check() { return checkConverges(current, desired); }

    ScratchDatabase current;
    ScratchDatabase desired;
};
