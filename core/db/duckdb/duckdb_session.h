#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ss {

// One DuckDB database file and one connection to it, through DuckDB's C API (DuckDB has no Qt SQL driver).
// Closed when the object goes. Builds without DuckDB (no SS_HAVE_DUCKDB) open nothing and say why.
class DuckDbSession {
public:
    using Row = std::vector<std::optional<std::string>>;  // each value as DuckDB casts it to text; nullopt is NULL

    DuckDbSession();
    ~DuckDbSession();
    DuckDbSession(const DuckDbSession&) = delete;
    DuckDbSession& operator=(const DuckDbSession&) = delete;

    // Returns an empty string, or why the file could not be opened. A missing file is created unless readOnly.
    std::string open(const std::string& path, bool readOnly = false);
    void close();
    bool isOpen() const;
    const std::string& path() const { return m_path; }

    // Runs one statement; returns an empty string or DuckDB's error text after `purpose`.
    std::string execute(const std::string& sql, const std::string& purpose);
    // Runs one query and appends its rows to `rows`.
    std::string query(const std::string& sql, const std::string& purpose, std::vector<Row>& rows);

    // The library's version, as "v1.4.4".
    static std::string libraryVersion();
    static bool available();  // false in a build without DuckDB

    struct Handles;
    Handles& handles() { return *m_handles; }

private:
    std::unique_ptr<Handles> m_handles;
    std::string m_path;
};

}  // namespace ss
