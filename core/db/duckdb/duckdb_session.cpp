#include "core/db/duckdb/duckdb_session.h"

#include "core/db/duckdb/duckdb_handles.h"

namespace ss {

DuckDbSession::DuckDbSession() : m_handles(std::make_unique<Handles>()) {}

DuckDbSession::~DuckDbSession()
{
    close();
}

bool DuckDbSession::available()
{
#ifdef SS_HAVE_DUCKDB
    return true;
#else
    return false;
#endif
}

#ifdef SS_HAVE_DUCKDB

std::string DuckDbSession::libraryVersion()
{
    return duckdb_library_version();
}

std::string DuckDbSession::open(const std::string& path, bool readOnly)
{
    close();
    duckdb_config config = nullptr;
    if (duckdb_create_config(&config) == DuckDBError)
        return "cannot configure DuckDB for " + path;
    duckdb_set_config(config, "access_mode", readOnly ? "READ_ONLY" : "READ_WRITE");
    char* error = nullptr;
    const bool opened = duckdb_open_ext(path.c_str(), &m_handles->database, config, &error) == DuckDBSuccess;
    duckdb_destroy_config(&config);
    if (!opened) {
        std::string message = "cannot open the DuckDB database " + path + ": " + (error ? error : "unknown error");
        duckdb_free(error);
        m_handles->database = nullptr;
        return message;
    }
    if (duckdb_connect(m_handles->database, &m_handles->connection) == DuckDBError) {
        close();
        return "cannot connect to the DuckDB database " + path;
    }
    m_path = path;
    return {};
}

void DuckDbSession::close()
{
    if (m_handles->connection)
        duckdb_disconnect(&m_handles->connection);
    if (m_handles->database)
        duckdb_close(&m_handles->database);
    m_handles->connection = nullptr;
    m_handles->database = nullptr;
    m_path.clear();
}

bool DuckDbSession::isOpen() const
{
    return m_handles->connection != nullptr;
}

std::string DuckDbSession::execute(const std::string& sql, const std::string& purpose)
{
    std::vector<Row> ignored;
    return query(sql, purpose, ignored);
}

std::string DuckDbSession::query(const std::string& sql, const std::string& purpose, std::vector<Row>& rows)
{
    if (!isOpen())
        return purpose + ": the DuckDB database is not open";
    duckdb_result result;
    if (duckdb_query(m_handles->connection, sql.c_str(), &result) == DuckDBError) {
        const char* error = duckdb_result_error(&result);
        std::string message = purpose + ": " + (error ? error : "unknown DuckDB error");
        duckdb_destroy_result(&result);
        return message;
    }
    const idx_t columns = duckdb_column_count(&result);
    const idx_t count = duckdb_row_count(&result);
    for (idx_t r = 0; r < count; ++r) {
        Row row;
        row.reserve(columns);
        for (idx_t c = 0; c < columns; ++c) {
            if (duckdb_value_is_null(&result, c, r)) {
                row.emplace_back(std::nullopt);
                continue;
            }
            char* text = duckdb_value_varchar(&result, c, r);
            row.emplace_back(text ? std::string(text) : std::string());
            duckdb_free(text);
        }
        rows.push_back(std::move(row));
    }
    duckdb_destroy_result(&result);
    return {};
}

#else

namespace {

constexpr const char* kNotBuilt = "this build has no DuckDB: run packaging/fetch-duckdb.sh, then configure and build again";

}  // namespace

std::string DuckDbSession::libraryVersion()
{
    return {};
}

std::string DuckDbSession::open(const std::string&, bool)
{
    return kNotBuilt;
}

void DuckDbSession::close()
{
    m_path.clear();
}

bool DuckDbSession::isOpen() const
{
    return false;
}

std::string DuckDbSession::execute(const std::string&, const std::string& purpose)
{
    return purpose + ": " + kNotBuilt;
}

std::string DuckDbSession::query(const std::string&, const std::string& purpose, std::vector<Row>&)
{
    return purpose + ": " + kNotBuilt;
}

#endif

}  // namespace ss
