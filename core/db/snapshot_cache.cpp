#include "core/db/snapshot_cache.h"

#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_writer.h"
#include "core/util/atomic_file.h"

#include <QCryptographicHash>

#include <cstdlib>
#include <filesystem>

namespace ss {

namespace {

constexpr std::size_t kMaxSnapshotBytes = kMaxSpecBytes;
constexpr const char* kConnectionLine = "# connection: ";
constexpr const char* kFingerprintLine = "# fingerprint: ";
constexpr const char* kNoteLine = "# note: ";

std::string oneLine(std::string text)
{
    for (char& c : text)
        if (c == '\n' || c == '\r')
            c = ' ';
    return text;
}

// The value of a "# key: value" header line, if `line` is one.
std::optional<std::string> headerValue(const std::string& line, const char* prefix)
{
    const std::string p(prefix);
    if (line.compare(0, p.size(), p) != 0)
        return std::nullopt;
    return line.substr(p.size());
}

}  // namespace

std::string SnapshotCache::defaultDirectory()
{
    if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache && *cache)
        return std::string(cache) + "/schema-studio/snapshots";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.cache/schema-studio/snapshots";
    return {};
}

std::string SnapshotCache::fileFor(const std::string& connectionKey) const
{
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray::fromStdString(connectionKey), QCryptographicHash::Sha256).toHex();
    return m_directory + "/" + hash.left(32).toStdString() + ".yml";
}

std::optional<SnapshotCache::Entry> SnapshotCache::readFile(const std::string& connectionKey) const
{
    std::string text;
    std::string error;
    if (m_directory.empty() || !readWholeFile(fileFor(connectionKey), text, error, kMaxSnapshotBytes))
        return std::nullopt;
    Entry entry;
    bool sameConnection = false;
    std::size_t start = 0;
    while (start < text.size() && text[start] == '#') {
        const auto end = text.find('\n', start);
        const std::string line = text.substr(start, end - start);
        if (auto v = headerValue(line, kConnectionLine))
            sameConnection = *v == connectionKey;
        else if (auto f = headerValue(line, kFingerprintLine))
            entry.fingerprint = *f;
        else if (auto n = headerValue(line, kNoteLine))
            entry.snapshot.notes.push_back(*n);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    LoadResult loaded = loadSchemaYaml(text);
    if (!sameConnection || entry.fingerprint.empty() || !loaded.ok())
        return std::nullopt;
    entry.snapshot.model = std::move(loaded.model);
    return entry;
}

std::optional<SnapshotCache::Snapshot> SnapshotCache::find(const std::string& connectionKey, const std::string& fingerprint)
{
    if (fingerprint.empty())
        return std::nullopt;
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(connectionKey);
    if (it == m_entries.end()) {
        auto fromDisk = readFile(connectionKey);
        if (!fromDisk)
            return std::nullopt;
        it = m_entries.emplace(connectionKey, std::move(*fromDisk)).first;
    }
    if (it->second.fingerprint != fingerprint)
        return std::nullopt;
    return it->second.snapshot;
}

std::string SnapshotCache::store(const std::string& connectionKey, const std::string& fingerprint, const Snapshot& snapshot)
{
    if (fingerprint.empty())
        return {};
    std::lock_guard lock(m_mutex);
    m_entries[connectionKey] = Entry{fingerprint, snapshot};
    if (m_directory.empty())
        return {};
    std::error_code ec;
    std::filesystem::create_directories(m_directory, ec);
    if (ec)
        return m_directory + ": cannot create the snapshot cache folder: " + ec.message();
    std::string text = "# Schema Studio snapshot cache: rewritten whenever the database changes; safe to delete.\n";
    text += kConnectionLine + oneLine(connectionKey) + "\n";
    text += kFingerprintLine + oneLine(fingerprint) + "\n";
    for (const auto& note : snapshot.notes)
        text += kNoteLine + oneLine(note) + "\n";
    text += saveSchemaYaml(snapshot.model);
    return writeFileAtomically(fileFor(connectionKey), text);
}

}  // namespace ss
