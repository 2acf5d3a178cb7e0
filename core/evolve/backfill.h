#pragma once

#include "core/db/database_connection.h"
#include "core/evolve/backfill_recipe.h"
#include "core/evolve/entity_sources.h"
#include "core/spec/schema_model.h"

#include <atomic>
#include <functional>
#include <string>

namespace ss::evolve {

struct BackfillResult {
    long long rows = 0;
    bool cancelled = false;
    std::string error;

    bool ok() const { return error.empty() && !cancelled; }
};

// Fills a table a proposal created (or a column it added) from the entities, read again from their sources:
// one row per entity (Rows), per array element (Elements), per document mentioning two entities (Pairs), or an
// UPDATE per entity (Column). Values are converted to the column's type in `model` (dates to ISO 8601, objects
// to JSON text) and bound. Runs in one transaction: on an error or a cancel nothing stays written.
BackfillResult runBackfill(DatabaseConnection& connection, const BackfillRecipe& recipe, const EntitySources& sources,
                           const SchemaModel& model, const std::atomic<bool>* cancel = nullptr,
                           const std::function<void(long long rows)>& onRows = {});

}  // namespace ss::evolve
