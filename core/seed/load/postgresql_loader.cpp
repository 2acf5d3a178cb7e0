#include "core/seed/load/postgresql_loader.h"

#include "core/db/native_handle.h"
#include "core/seed/load/delimited_text.h"
#include "core/seed/load/postgres_binary_copy.h"
#include "core/sql/sql_renderer.h"
#include "core/util/joined.h"

#include <libpq-fe.h>

#include <vector>

namespace ss::seed {

namespace {

constexpr std::size_t kCopyChunkBytes = 256 * 1024;

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

std::string oneLine(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    for (char& c : text)
        if (c == '\n')
            c = ' ';
    return text;
}

class PostgreSqlLoader final : public BulkLoader {
public:
    explicit PostgreSqlLoader(PGconn* connection) : m_conn(connection), m_renderer(makeRenderer(Dialect::PostgreSql)) {}
    ~PostgreSqlLoader() override { rollback(); }

    std::string method() const override { return "COPY FROM STDIN"; }

    std::string begin(const PlannedTable& table) override
    {
        m_table = m_renderer->quote(table.name);
        m_tableName = table.name;
        m_buffer.clear();
        if (std::string error = exec("BEGIN", PGRES_COMMAND_OK); !error.empty())
            return error;
        m_inTransaction = true;
        std::string target;
        if (std::string error = copyTarget(target); !error.empty())
            return error;
        m_target = target;
        if (std::string error = readBinaryTypes(table); !error.empty())
            return error;
        // The COPY starts with the first rows: what the table sets aside for them (bulk_restore.h) goes first.
        m_copy = "COPY " + target + " (";
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            m_copy += (c ? ", " : "") + m_renderer->quote(table.columns[c].name);
        m_copy += ") FROM STDIN";
        return {};
    }

    std::string write(const RowBatch& batch) override
    {
        if (!m_inCopy) {
            std::vector<std::string> options;
            if (!m_binaryTypes.empty())
                options.push_back("FORMAT binary");
            if (emptiedInThisTransaction())
                options.push_back("FREEZE");
            if (std::string error = exec(m_copy + (options.empty() ? "" : " WITH (" + joined(options, ", ") + ")"), PGRES_COPY_IN);
                !error.empty())
                return error;
            m_inCopy = true;
            if (!m_binaryTypes.empty())
                appendBinaryHeader(m_buffer);
        }
        // Rows are encoded a slice at a time so the buffer stays near the chunk size whatever the batch size.
        constexpr std::size_t kSliceRows = 512;
        for (std::size_t first = 0; first < batch.rowCount; first += kSliceRows) {
            if (m_binaryTypes.empty())
                appendDelimitedRows(m_buffer, batch, first, kSliceRows, TextDialect::PostgreSql);
            else
                appendBinaryRows(m_buffer, batch, first, kSliceRows, m_binaryTypes);
            if (m_buffer.size() >= kCopyChunkBytes)
                if (std::string error = flush(); !error.empty())
                    return error;
        }
        return {};
    }

    std::string finishRows() override
    {
        if (!m_inCopy)
            return {};
        if (!m_binaryTypes.empty())
            appendBinaryTrailer(m_buffer);
        if (std::string error = flush(); !error.empty())
            return error;
        return endCopy(nullptr);
    }

    std::string commit() override
    {
        if (std::string error = finishRows(); !error.empty())
            return error;
        if (std::string error = moveIdentitySequences(); !error.empty())
            return error;
        m_inTransaction = false;
        return exec("COMMIT", PGRES_COMMAND_OK);
    }

    std::string rollback() override
    {
        std::string error;
        if (m_inCopy)
            endCopy("loading was stopped");  // the server answers with the error this message makes; expected
        if (m_inTransaction) {
            m_inTransaction = false;
            error = exec("ROLLBACK", PGRES_COMMAND_OK);
        }
        return error;
    }

private:
    std::string serverError(const std::string& what) const
    {
        return what + " failed: " + oneLine(PQerrorMessage(m_conn));
    }

    std::string exec(const std::string& sql, ExecStatusType expected)
    {
        Result result(PQexec(m_conn, sql.c_str()));
        if (PQresultStatus(result.get()) != expected)
            return sql.substr(0, sql.find(" (")) + " failed: " + oneLine(PQresultErrorMessage(result.get()));
        return {};
    }

    std::string flush()
    {
        if (m_buffer.empty())
            return {};
        if (PQputCopyData(m_conn, m_buffer.data(), static_cast<int>(m_buffer.size())) != 1)
            return serverError("COPY " + m_tableName);
        m_buffer.clear();
        return {};
    }

    // Ends the COPY (with `failure`, abandons it) and reads its result.
    std::string endCopy(const char* failure)
    {
        m_inCopy = false;
        m_buffer.clear();
        if (PQputCopyEnd(m_conn, failure) != 1)
            return serverError("COPY " + m_tableName);
        std::string error;
        while (PGresult* raw = PQgetResult(m_conn)) {
            Result result(raw);
            if (PQresultStatus(raw) != PGRES_COMMAND_OK && error.empty())
                error = "COPY " + m_tableName + " failed: " + oneLine(PQresultErrorMessage(raw));
        }
        return error;
    }

    // The binary wire form of each column from the target's catalog types, or none (the text format) when one
    // column has a type we do not write in binary.
    std::string readBinaryTypes(const PlannedTable& table)
    {
        m_binaryTypes.clear();
        const char* types = "SELECT attname, atttypid FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped";
        const char* params[] = {m_target.c_str()};
        Result result(PQexecParams(m_conn, types, 1, nullptr, params, nullptr, nullptr, 0));
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
            return "reading the column types of " + m_tableName + " failed: " + oneLine(PQresultErrorMessage(result.get()));
        std::vector<BinaryColumnType> out;
        for (const PlannedColumn& column : table.columns) {
            std::optional<BinaryColumnType> type;
            for (int row = 0; row < PQntuples(result.get()) && !type; ++row)
                if (column.name == PQgetvalue(result.get(), row, 0))
                    type = binaryColumnType(static_cast<unsigned>(std::stoul(PQgetvalue(result.get(), row, 1))), column.shape);
            if (!type)
                return {};
            out.push_back(*type);
        }
        m_binaryTypes = std::move(out);
        return {};
    }

    // A partitioned table with a single partition (the default one dbx creates for RANGE and LIST) takes its rows
    // straight into that partition, without routing each row; otherwise the table itself, which routes them.
    std::string copyTarget(std::string& target)
    {
        target = m_table;
        const char* leaves = "SELECT relid::regclass::text FROM pg_partition_tree($1::regclass) WHERE isleaf AND level > 0";
        const char* params[] = {m_table.c_str()};
        Result result(PQexecParams(m_conn, leaves, 1, nullptr, params, nullptr, nullptr, 0));
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
            return "reading the partitions of " + m_tableName + " failed: " + oneLine(PQresultErrorMessage(result.get()));
        if (PQntuples(result.get()) == 1)
            target = PQgetvalue(result.get(), 0, 0);
        return {};
    }

    // COPY FREEZE writes the rows already frozen and visible to all, so that neither ANALYZE nor the first queries
    // have to go over every page again to mark them; it takes a table emptied in the same transaction. The table
    // is empty and locked by what was set aside for it, so it is truncated here, unless it holds rows after all,
    // TRUNCATE would fire triggers, or a foreign key still references it (the savepoint then undoes the attempt).
    bool emptiedInThisTransaction()
    {
        const char* check = "SELECT NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = $1::regclass AND tgtype & 32 <> 0)";
        const char* params[] = {m_target.c_str()};
        Result triggers(PQexecParams(m_conn, check, 1, nullptr, params, nullptr, nullptr, 0));
        if (PQresultStatus(triggers.get()) != PGRES_TUPLES_OK || std::string(PQgetvalue(triggers.get(), 0, 0)) != "t")
            return false;
        Result rows(PQexec(m_conn, ("SELECT NOT EXISTS (SELECT 1 FROM " + m_target + ")").c_str()));
        if (PQresultStatus(rows.get()) != PGRES_TUPLES_OK || std::string(PQgetvalue(rows.get(), 0, 0)) != "t")
            return false;
        if (!exec("SAVEPOINT dbx_freeze", PGRES_COMMAND_OK).empty())
            return false;
        if (exec("TRUNCATE " + m_target, PGRES_COMMAND_OK).empty())
            return exec("RELEASE SAVEPOINT dbx_freeze", PGRES_COMMAND_OK).empty();
        exec("ROLLBACK TO SAVEPOINT dbx_freeze", PGRES_COMMAND_OK);
        exec("RELEASE SAVEPOINT dbx_freeze", PGRES_COMMAND_OK);
        return false;
    }

    // Keys were written explicitly, so identity and serial sequences still stand at their start: move each past
    // the largest key, or the application's next INSERT would collide with a seeded row.
    std::string moveIdentitySequences()
    {
        const char* find =
            "SELECT a.attname, pg_get_serial_sequence($1, a.attname) FROM pg_attribute a "
            "WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped "
            "AND pg_get_serial_sequence($1, a.attname) IS NOT NULL";
        const char* params[] = {m_table.c_str()};
        Result sequences(PQexecParams(m_conn, find, 1, nullptr, params, nullptr, nullptr, 0));
        if (PQresultStatus(sequences.get()) != PGRES_TUPLES_OK)
            return "finding the identity sequences of " + m_tableName + " failed: " + oneLine(PQresultErrorMessage(sequences.get()));
        for (int row = 0; row < PQntuples(sequences.get()); ++row) {
            const std::string column = m_renderer->quote(PQgetvalue(sequences.get(), row, 0));
            const std::string sql = "SELECT setval($1::regclass, GREATEST(COALESCE(MAX(" + column + "), 0), 1), MAX(" + column +
                                    ") IS NOT NULL) FROM " + m_table;
            const char* sequence[] = {PQgetvalue(sequences.get(), row, 1)};
            Result moved(PQexecParams(m_conn, sql.c_str(), 1, nullptr, sequence, nullptr, nullptr, 0));
            if (PQresultStatus(moved.get()) != PGRES_TUPLES_OK)
                return std::string("moving the sequence ") + sequence[0] + " failed: " + oneLine(PQresultErrorMessage(moved.get()));
        }
        return {};
    }

    PGconn* m_conn;
    std::unique_ptr<SqlRenderer> m_renderer;
    std::string m_table;      // quoted
    std::string m_tableName;  // as the user wrote it, for messages
    std::string m_target;     // what the COPY fills: the table, or its only partition
    std::string m_copy;       // the COPY statement, sent with the first rows
    std::vector<BinaryColumnType> m_binaryTypes;  // per column, for the binary format; empty: the text format
    std::string m_buffer;
    bool m_inTransaction = false;
    bool m_inCopy = false;
};

}  // namespace

std::unique_ptr<BulkLoader> makePostgreSqlLoader(DatabaseConnection& connection, std::string& error)
{
    PGconn* conn = postgresHandle(connection);
    if (!conn) {
        error = "the PostgreSQL driver gave no open native connection to COPY through";
        return nullptr;
    }
    return std::make_unique<PostgreSqlLoader>(conn);
}

}  // namespace ss::seed
