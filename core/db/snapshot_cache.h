#pragma once

#include "core/spec/schema_model.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace ss {

// Inspected schemas, keyed by connection (its display URL, never a password) and valid only while the
// database's catalog fingerprint is what it was when the snapshot was taken. Kept in memory and, when a
// folder is given, also on disk (one canonical YAML file per connection), so separate dbx runs share it.
// Thread-safe.
class SnapshotCache {
public:
    struct Snapshot {
        SchemaModel model;
        std::vector<std::string> notes;
    };

    explicit SnapshotCache(std::string directory = {}) : m_directory(std::move(directory)) {}

    std::optional<Snapshot> find(const std::string& connectionKey, const std::string& fingerprint);
    // Returns an empty string, or why the snapshot could not be written to disk (it is still kept in memory).
    std::string store(const std::string& connectionKey, const std::string& fingerprint, const Snapshot& snapshot);

    // $XDG_CACHE_HOME/schema-studio/snapshots, else ~/.cache/schema-studio/snapshots.
    static std::string defaultDirectory();

private:
    struct Entry {
        std::string fingerprint;
        Snapshot snapshot;
    };
    std::string fileFor(const std::string& connectionKey) const;
    std::optional<Entry> readFile(const std::string& connectionKey) const;

    std::string m_directory;
    std::mutex m_mutex;
    std::map<std::string, Entry> m_entries;
};

}  // namespace ss
