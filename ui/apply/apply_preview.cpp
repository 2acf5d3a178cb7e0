#include "ui/apply/apply_preview.h"

#include <QElapsedTimer>

namespace ss::ui {

std::string readLedgerHistory(DatabaseConnection& connection, std::vector<LedgerEntry>& out)
{
    out.clear();
    Ledger ledger(connection.db(), connection.dialect());
    bool exists = false;
    if (std::string error = ledger.exists(exists); !error.empty() || !exists) return error;
    return ledger.history(out);
}

ApplyPreview previewApply(const PreviewRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    ApplyPreview out;
    const ActiveDatabase& database = request.database;
    if (database.isMissingDatabaseFile()) {
        out.newDatabase = true;
        out.build = buildApplyScript(nullptr, database.dialect(), request.input);
        out.elapsedMs = timer.elapsed();
        return out;
    }
    DatabaseConnection connection;
    if (const std::string error = openActiveDatabase(connection, database, Access::Read); !error.empty()) {
        out.databaseError = QString::fromStdString(error);
        out.elapsedMs = timer.elapsed();
        return out;
    }
    if (const std::string error = readLedgerHistory(connection, out.history); !error.empty()) {
        out.databaseError = QString::fromStdString(error);
    }
    out.build = buildApplyScript(&connection, connection.dialect(), request.input);
    if (out.build.script && request.input.source.kind == ApplySource::Kind::MigrationFile) {
        for (const LedgerEntry& entry : out.history) {
            if (entry.id == out.build.script->id) out.recorded = entry;
        }
    }
    out.elapsedMs = timer.elapsed();
    return out;
}

}  // namespace ss::ui
