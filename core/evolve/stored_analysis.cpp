#include "core/evolve/stored_analysis.h"

#include "core/db/run_log.h"
#include "core/evolve/evolution_store.h"
#include "core/evolve/schema_change.h"

#include <QElapsedTimer>

namespace ss::evolve {

StoredAnalysis analyzeAndStore(DatabaseConnection& connection, const EntitySources& sources, const std::string& currentSpecPath,
                               AnalysisOptions options, const std::string& who, const AnalysisHooks& hooks)
{
    StoredAnalysis stored;
    RunRecord run;
    run.kind = "evolve";
    run.phase = "analyze";
    run.startedAt = utcTimestampNow();
    QElapsedTimer timer;
    timer.start();
    SchemaModel current;
    if (std::string e = projectSchema(connection, currentSpecPath, current); !e.empty()) {
        stored.error = e;
        return stored;
    }
    options.dialect = connection.dialect();
    stored.result = analyze(sources, &connection, current, options, hooks);
    if (!stored.result.ok())
        return stored;
    EvolutionStore store(connection);
    if (std::string e = store.saveAnalysis(stored.result.patterns, stored.result.proposals, stored.added, stored.updated);
        !e.empty()) {
        stored.error = "the proposals were not stored: " + e;
        return stored;
    }
    HistoryEntry entry;
    entry.proposalId = "*";
    entry.action = "analyze";
    entry.success = true;
    entry.executedBy = who;
    entry.rows = stored.added + stored.updated;
    entry.notes = std::to_string(stored.result.entities) + " entities, " + std::to_string(stored.result.patterns.size())
                  + " patterns, " + std::to_string(stored.added) + " new and " + std::to_string(stored.updated)
                  + " updated proposals";
    if (std::string e = store.addHistory(entry); !e.empty()) {
        stored.error = "the history did not record the analysis: " + e;
        return stored;
    }
    run.status = "finished";
    run.durationMs = timer.elapsed();
    run.finishedAt = utcTimestampNow();
    run.rows = stored.result.entities;
    run.detail = entry.notes;
    if (std::string e = recordFinishedRun(connection, run); !e.empty())
        stored.error = "the run log did not record the analysis: " + e;
    return stored;
}

}  // namespace ss::evolve
