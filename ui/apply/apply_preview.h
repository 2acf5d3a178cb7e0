#pragma once

#include "core/db/apply/ledger.h"
#include "ui/apply/apply_script.h"
#include "ui/shell/active_database.h"

#include <optional>
#include <vector>

namespace ss::ui {

struct PreviewRequest {
    ActiveDatabase database;
    ScriptInput input;
};

// What the Apply page shows before anything runs: the script the source gives against the database as it is
// now, and the database's ledger.
struct ApplyPreview {
    ScriptBuild build;
    bool newDatabase = false;  // a SQLite file that the apply will create
    QString databaseError;     // the database could not be opened or its ledger read
    std::vector<LedgerEntry> history;  // oldest first
    std::optional<LedgerEntry> recorded;  // the ledger's row for this migration file, when it has one
    qint64 elapsedMs = 0;

    bool canApply() const { return databaseError.isEmpty() && build.error.isEmpty() && build.script; }
};

// Runs on a worker thread: opens its own connection (SQLite read-only, so looking never creates or changes a file).
ApplyPreview previewApply(const PreviewRequest& request);

// Reads the ledger of an open database; an absent ledger is an empty history.
std::string readLedgerHistory(DatabaseConnection& connection, std::vector<LedgerEntry>& out);

}  // namespace ss::ui
