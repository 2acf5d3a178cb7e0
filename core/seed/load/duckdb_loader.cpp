#include "core/seed/load/duckdb_loader.h"

#ifdef SS_HAVE_DUCKDB

#include "core/db/inspect/type_mapping.h"
#include "core/db/native_handle.h"
#include "core/sql/quoted_names.h"
#include "core/sql/sql_renderer.h"

#include <duckdb.h>

#include <cmath>
#include <optional>

namespace ss::seed {

namespace {

class DuckDbLoader final : public BulkLoader {
public:
    explicit DuckDbLoader(duckdb_connection connection) : m_connection(connection) {}
    ~DuckDbLoader() override { destroyAppender(); }

    std::string method() const override { return "DuckDB Appender"; }

    std::string begin(const PlannedTable& table) override
    {
        destroyAppender();
        m_table = table.name;
        if (std::string error = exec("BEGIN TRANSACTION"); !error.empty())
            return error;
        if (duckdb_appender_create(m_connection, nullptr, table.name.c_str(), &m_appender) == DuckDBError) {
            std::string error = "creating the Appender of " + table.name + " failed: " + appenderError();
            destroyAppender();
            return error;
        }
        // By name: a table that grew by ALTER TABLE ADD COLUMN holds its columns in another order than the spec.
        for (const PlannedColumn& column : table.columns)
            if (duckdb_appender_add_column(m_appender, column.name.c_str()) == DuckDBError) {
                std::string error = "appending to " + table.name + "." + column.name + ": " + appenderError();
                destroyAppender();
                return error;
            }
        return {};
    }

    std::string write(const RowBatch& batch) override
    {
        for (std::size_t r = 0; r < batch.rowCount; ++r) {
            for (const ColumnBuffer& column : batch.columns)
                if (append(column, r) == DuckDBError)
                    return "appending row " + std::to_string(batch.firstRow + static_cast<std::int64_t>(r) + 1) + " of " +
                           m_table + " failed: " + appenderError();
            if (duckdb_appender_end_row(m_appender) == DuckDBError)
                return "appending row " + std::to_string(batch.firstRow + static_cast<std::int64_t>(r) + 1) + " of " +
                       m_table + " failed: " + appenderError();
        }
        return {};
    }

    std::string finishRows() override
    {
        if (!m_appender)
            return {};
        std::string error;
        if (duckdb_appender_flush(m_appender) == DuckDBError)
            error = "writing the rows of " + m_table + " failed: " + appenderError();
        destroyAppender();
        return error;
    }

    std::string commit() override
    {
        if (std::string error = finishRows(); !error.empty())
            return error;
        if (std::string error = moveSequences(); !error.empty())
            return error;
        return exec("COMMIT");
    }

    std::string rollback() override
    {
        destroyAppender();
        return exec("ROLLBACK");
    }

private:
    duckdb_state append(const ColumnBuffer& column, std::size_t r)
    {
        if (column.isNull(r))
            return duckdb_append_null(m_appender);
        switch (column.shape.kind) {
        case ValueKind::Integer: return duckdb_append_int64(m_appender, column.ints[r]);
        case ValueKind::Decimal:
            // Exact: the generators keep unscaled values far below 2^53.
            return duckdb_append_double(m_appender, static_cast<double>(column.ints[r]) / std::pow(10.0, column.shape.scale));
        case ValueKind::Real: return duckdb_append_double(m_appender, column.reals[r]);
        case ValueKind::Boolean: return duckdb_append_bool(m_appender, column.ints[r] != 0);
        case ValueKind::Date: return duckdb_append_date(m_appender, duckdb_date{static_cast<std::int32_t>(column.ints[r])});
        case ValueKind::Time: return duckdb_append_time(m_appender, duckdb_time{column.ints[r]});
        case ValueKind::Timestamp: {
            if (!column.shape.withTimeZone)
                return duckdb_append_timestamp(m_appender, duckdb_timestamp{column.ints[r]});
            duckdb_value value = duckdb_create_timestamp_tz(duckdb_timestamp{column.ints[r]});
            const duckdb_state state = duckdb_append_value(m_appender, value);
            duckdb_destroy_value(&value);
            return state;
        }
        case ValueKind::Blob: {
            const std::string_view bytes = column.text(r);
            return duckdb_append_blob(m_appender, bytes.data(), bytes.size());
        }
        case ValueKind::Text: {
            const std::string_view text = column.text(r);
            return duckdb_append_varchar_length(m_appender, text.data(), text.size());
        }
        }
        return DuckDBError;
    }

    // Keys were written explicitly, so the sequences that feed the key columns' defaults still stand where they
    // were: each is drawn past the largest key written (DuckDB has no ALTER SEQUENCE ... RESTART).
    std::string moveSequences()
    {
        std::vector<std::pair<std::string, std::string>> keys;  // column, its default nextval('"t_id_seq"')
        if (std::string error = query("SELECT column_name, column_default FROM duckdb_columns() WHERE table_name = ? "
                                      "AND schema_name = current_schema() AND column_default LIKE 'nextval(%'",
                                      m_table, keys);
            !error.empty())
            return "finding the key sequences of " + m_table + " failed: " + error;
        const auto renderer = makeRenderer(Dialect::DuckDb);
        for (const auto& [column, next] : keys) {
            const std::string draw = "SELECT count(" + next + ") FROM range(GREATEST(0, (SELECT COALESCE(max(" +
                                     renderer->quote(column) + "), 0) FROM " + renderer->quote(m_table) +
                                     ") - (SELECT COALESCE(last_value, start_value - 1) FROM duckdb_sequences() "
                                     "WHERE sequence_name = ? AND schema_name = current_schema())))";
            std::vector<std::pair<std::string, std::string>> ignored;
            if (std::string error = query(draw, sequenceName(next), ignored); !error.empty())
                return "moving the key sequence of " + m_table + "." + column + " past the keys written failed: " + error;
        }
        return {};
    }

    // nextval('"t_id_seq"') -> t_id_seq
    static std::string sequenceName(const std::string& next)
    {
        const std::size_t open = next.find('\'');
        std::size_t end = 0;
        const auto literal = open == std::string::npos ? std::nullopt : quotedLiteral(next.substr(open), end, false);
        return literal ? unquotedName(*literal) : std::string();
    }

    // Runs `sql` with one text value bound; the first two columns of each row go to `rows`.
    std::string query(const std::string& sql, const std::string& value, std::vector<std::pair<std::string, std::string>>& rows)
    {
        duckdb_prepared_statement statement = nullptr;
        std::string error;
        if (duckdb_prepare(m_connection, sql.c_str(), &statement) == DuckDBError) {
            error = duckdb_prepare_error(statement) ? duckdb_prepare_error(statement) : "unknown DuckDB error";
            duckdb_destroy_prepare(&statement);
            return error;
        }
        duckdb_bind_varchar_length(statement, 1, value.data(), value.size());
        duckdb_result result;
        if (duckdb_execute_prepared(statement, &result) == DuckDBError) {
            const char* message = duckdb_result_error(&result);
            error = message ? message : "unknown DuckDB error";
        } else if (duckdb_column_count(&result) >= 2) {
            for (idx_t row = 0; row < duckdb_row_count(&result); ++row) {
                char* first = duckdb_value_varchar(&result, 0, row);
                char* second = duckdb_value_varchar(&result, 1, row);
                rows.emplace_back(first ? first : "", second ? second : "");
                duckdb_free(first);
                duckdb_free(second);
            }
        }
        duckdb_destroy_result(&result);
        duckdb_destroy_prepare(&statement);
        return error;
    }

    std::string exec(const std::string& sql)
    {
        duckdb_result result;
        std::string error;
        if (duckdb_query(m_connection, sql.c_str(), &result) == DuckDBError) {
            const char* message = duckdb_result_error(&result);
            error = sql.substr(0, sql.find(' ')) + " failed: " + (message ? message : "unknown DuckDB error");
        }
        duckdb_destroy_result(&result);
        return error;
    }

    std::string appenderError() const
    {
        const char* message = m_appender ? duckdb_appender_error(m_appender) : nullptr;
        return message ? message : "unknown DuckDB error";
    }

    void destroyAppender()
    {
        if (m_appender)
            duckdb_appender_destroy(&m_appender);
        m_appender = nullptr;
    }

    duckdb_connection m_connection;
    duckdb_appender m_appender = nullptr;
    std::string m_table;
};

}  // namespace

std::unique_ptr<BulkLoader> makeDuckDbLoader(DatabaseConnection& connection, std::string& error)
{
    duckdb_connection handle = duckDbHandle(connection);
    if (!handle) {
        error = "the DuckDB driver gave no native connection to append rows through";
        return nullptr;
    }
    return std::make_unique<DuckDbLoader>(handle);
}

}  // namespace ss::seed

#else

namespace ss::seed {

std::unique_ptr<BulkLoader> makeDuckDbLoader(DatabaseConnection&, std::string& error)
{
    error = "this build has no DuckDB: run packaging/fetch-duckdb.sh, then configure and build again";
    return nullptr;
}

}  // namespace ss::seed

#endif
