#pragma once

#include "core/plan/plan.h"
#include "core/sql/migration.h"

#include <QJsonObject>

#include <string>
#include <string_view>

namespace ss {

// A migration file: a header of "-- key: value" lines (dialect, from/to schema versions, when it was generated,
// the operation counts and the SHA-256 of the body), a blank line, then the body (Migration::body).
struct MigrationHeader {
    std::string dialect;
    std::string fromVersion;
    std::string toVersion;
    std::string generatedAt;  // ISO 8601, UTC
    std::string checksum;     // "sha256:<64 hex digits>"
};

std::string migrationChecksum(std::string_view body);
std::string currentTimestampUtc();
// "20250301143000_loan_risk.sql": the digits of the ISO timestamp, so files sort in the order they were made,
// then `name` reduced to lower-case letters, digits and underscores.
std::string migrationFileName(const std::string& generatedAt, const std::string& name);

// What follows the header: the statements, then the spec texts of the checks and views they create.
std::string migrationFileBody(const Plan& plan, const Migration& migration);
std::string migrationFileText(const Plan& plan, const Migration& migration, const std::string& generatedAt);

struct ParsedMigrationFile {
    MigrationHeader header;
    std::string body;
    std::string error;  // why the text is not a migration file; empty when it is
    bool checksumMatches() const { return migrationChecksum(body) == header.checksum; }
};
ParsedMigrationFile parseMigrationFile(std::string_view text);

// The plan as `dbx plan --json` prints it: {"operations": [... each with "sql": [...]], "sql": "...", "summary"}.
QJsonObject planJson(const Plan& plan, const Migration& migration);

// The sidecar NAME.sql.impact.json: the migration's name and checksum, every operation with its risk and
// reasons, and the summary.
QJsonObject impactSidecarJson(const Plan& plan, const Migration& migration, const std::string& migrationFileName,
                              const std::string& generatedAt);

// Writes the migration (and, when asked, its sidecar beside it) atomically; returns an empty string or the error.
std::string writeMigration(const std::string& path, const Plan& plan, const Migration& migration, bool withImpactSidecar,
                           const std::string& generatedAt);

}  // namespace ss
