#pragma once

#include "core/plan/plan.h"
#include "core/sql/migration.h"
#include "core/sql/migration_file.h"
#include "core/util/atomic_file.h"

#include <catch2/catch.hpp>

#include <string>

// A migration file around a hand-written body (a test's own statements: a slow one, one that fails), with the
// header dbx plan writes and the body's real checksum.
inline std::string handWrittenMigration(ss::Dialect dialect, const std::string& body)
{
    return std::string("-- Schema Studio migration\n-- dialect: ") + ss::toString(dialect) +
           "\n-- from-version: none\n-- to-version: none\n-- generated-at: none\n-- operations: 0 (high 0, medium 0, "
           "safe 0)\n-- checksum: " +
           ss::migrationChecksum(body) + "\n\n" + body;
}

inline void writeTestFile(const std::string& path, const std::string& text)
{
    const std::string error = ss::writeFileAtomically(path, text);
    INFO(error);
    REQUIRE(error.empty());
}

// The migration dbx plan --out would write for `current` -> `target` in `dialect`.
inline std::string plannedMigration(const ss::SchemaModel& current, const ss::SchemaModel& target, ss::Dialect dialect)
{
    const ss::Plan plan = ss::diff(current, target);
    return ss::migrationFileText(plan, ss::renderMigration(plan, dialect), "2024-01-01T00:00:00Z");
}
