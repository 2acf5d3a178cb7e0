#pragma once

#include "core/evolve/entity.h"

#include <QtGlobal>

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

// Whether a file is NDJSON (its first line one JSON object) and its size: what reading it in parts needs.
struct NdjsonLayout {
    bool lines = false;
    qint64 size = 0;
};
NdjsonLayout ndjsonLayout(const std::string& path);

// The offset of the line that starts after `offset` (the end of the file when none does).
qint64 lineStartAfter(const std::string& path, qint64 offset);

// Reads the NDJSON lines of a file that start in [begin, end), `begin` being a line's start; errors name the
// file's own line numbers.
std::string readEntityLineRange(const EntityFile& file, qint64 begin, qint64 end, const EntitySink& sink);

}  // namespace ss::evolve
