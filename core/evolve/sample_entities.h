#pragma once

#include "core/db/database_connection.h"
#include "core/evolve/entities_table.h"
#include "core/spec/schema_model.h"

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <vector>

namespace ss::evolve {

// The sample entities of the bundled demo, in the spirit of a knowledge base built from loan officers' call
// transcripts: people, companies, meetings and tasks each transcript mentions, with the gaps, spellings and
// mixed types real extraction leaves (written dates, an estimate that is sometimes "TBD"). A pure function of
// `seed`: the same entities on every machine. They are written to a table, where the analysis reads them as
// any other source's.
struct SampleEntity {
    std::string type;
    std::string key;
    std::string name;
    std::string group;      // the transcript that mentions it
    std::string timestamp;  // when the transcript was recorded
    QJsonObject attributes;
};
std::vector<SampleEntity> sampleKnowledgeEntities(std::uint64_t seed = 42, int transcripts = 120);

// The table that holds them: knowledge_entities (id, entity_type, name, attributes as JSON text, document_id,
// recorded_at), and the source settings that read it.
Table sampleEntitiesTable();
EntitiesTable sampleEntitiesSource();

// Adds knowledge_entities to the project's schema (through the apply engine and its ledger; current.yml records
// it) and fills it with the sample entities. A database that has the table already is left alone (`rows` is 0).
// Returns an empty string or the error; on an error nothing is left half-done.
std::string installSampleEntities(DatabaseConnection& connection, const std::string& currentSpecPath, long long& rows);

}  // namespace ss::evolve
