#pragma once

#include "core/evolve/entity.h"

#include <atomic>
#include <string>

namespace ss::evolve {

// A JSON collection named on the command line as [TYPE=]PATH. Without TYPE the records' type is the file's name
// (singular), or each record's `typeField` member when one is named (records without it take the file's name).
// A member called "type" is an attribute like any other unless it is named here: in real collections it
// usually is one (a subdivision's type, a language's type).
struct EntityFile {
    std::string path;
    std::string type;
    std::string typeField;
};

// Parses "TYPE=PATH" or "PATH"; `typeField` is kept for files without a TYPE.
EntityFile parseEntityFile(const std::string& argument, const std::string& typeField = {});

// The type a file's records take when they name none: the file's base name in snake case, singular
// ("countries.json" -> "country").
std::string typeFromFileName(const std::string& path);

// Reads a JSON collection: a JSON array of objects, an object whose one array member holds them ({"3166-1": [...]}),
// or NDJSON (one object per line, streamed: memory does not grow with the file). Each record becomes an
// entity: its `id` member (when scalar) is the key, `name`/`title` the name. `read` counts the bytes consumed
// for progress. Returns an empty string, or the error with the file, line and column.
std::string readEntityFile(const EntityFile& file, const EntitySink& sink, std::atomic<long long>* read = nullptr);

}  // namespace ss::evolve
