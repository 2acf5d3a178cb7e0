#include "core/seed/load/sqlite_loader.h"

#include "core/db/native_handle.h"
#include "core/db/sqlite_statement.h"
#include "core/seed/value_format.h"
#include "core/sql/sql_renderer.h"

#include <algorithm>
#include <array>
#include <limits>
#include <cmath>
#include <iterator>
#include <map>

namespace ss::seed {

namespace {

// More rows per statement stop paying off well before SQLite's variable limit: 200 rows of 6 columns already
// spend under 1% of the time in sqlite3_step's per-statement work.
constexpr std::size_t kMaxRowsPerStatement = 200;

class SqliteLoader final : public BulkLoader {
public:
    explicit SqliteLoader(sqlite3* db) : m_db(db) {}
    ~SqliteLoader() override { endSession(); }

    std::string method() const override { return "sqlite3 multi-row prepared INSERT"; }

    std::string startSession() override
    {
        if (std::string error = readPragma("synchronous", m_synchronous); !error.empty())
            return error;
        m_restoreSynchronous = true;
        // A crash of this process cannot corrupt the file with synchronous off (only a power loss can), and the
        // load commits one transaction per table, so the fsyncs saved are the ones that cost.
        return exec("PRAGMA synchronous = OFF");
    }

    void endSession() override
    {
        m_statements.clear();
        if (m_restoreSynchronous)
            exec("PRAGMA synchronous = " + std::to_string(m_synchronous));
        m_restoreSynchronous = false;
    }

    std::string begin(const PlannedTable& table) override
    {
        m_statements.clear();
        m_columns = table.columns.size();
        const int limit = sqlite3_limit(m_db, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
        m_rowsPerStatement = std::max<std::size_t>(1, std::min(kMaxRowsPerStatement, static_cast<std::size_t>(limit) / std::max<std::size_t>(1, m_columns)));
        const auto renderer = makeRenderer(Dialect::Sqlite);
        // OR FAIL: a statement that breaks a constraint stops without undoing its own earlier rows, which spares
        // SQLite a statement journal of every page each statement touches (the pages of keys filled out of order
        // are touched again and again). The whole table's transaction is rolled back on any error anyway.
        m_insert = "INSERT OR FAIL INTO " + renderer->quote(table.name) + " (";
        m_row = "(";
        for (std::size_t c = 0; c < m_columns; ++c) {
            m_insert += (c ? ", " : "") + renderer->quote(table.columns[c].name);
            m_row += c ? ",?" : "?";
        }
        m_insert += ") VALUES ";
        m_row += ")";
        m_text.assign(m_columns, ColumnBuffer{});
        return exec("BEGIN");
    }

    std::string write(const RowBatch& batch) override
    {
        formatTemporal(batch);
        std::size_t row = 0;
        while (row < batch.rowCount) {
            const std::size_t count = std::min(m_rowsPerStatement, batch.rowCount - row);
            sqlite3_stmt* statement = statementFor(count);
            if (!statement)
                return std::string("preparing the INSERT failed: ") + sqlite3_errmsg(m_db);
            for (std::size_t c = 0; c < m_columns; ++c)
                bindColumn(statement, static_cast<int>(c) + 1, c, batch.columns[c], row, count);
            if (sqlite3_step(statement) != SQLITE_DONE) {
                std::string error = std::string("INSERT failed: ") + sqlite3_errmsg(m_db);
                sqlite3_reset(statement);
                return error;
            }
            sqlite3_reset(statement);
            row += count;
        }
        return {};
    }

    std::string commit() override
    {
        m_statements.clear();
        return exec("COMMIT");
    }

    std::string rollback() override
    {
        m_statements.clear();
        return sqlite3_get_autocommit(m_db) ? std::string() : exec("ROLLBACK");
    }

private:
    std::string exec(const std::string& sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        std::string error = sql + " failed: " + (message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return error;
    }

    std::string readPragma(const char* name, int& value)
    {
        sqlite3_stmt* raw = nullptr;
        const std::string sql = std::string("PRAGMA ") + name;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
            return sql + " failed: " + sqlite3_errmsg(m_db);
        SqliteStatement statement(raw);
        if (sqlite3_step(raw) != SQLITE_ROW)
            return sql + " failed: " + sqlite3_errmsg(m_db);
        value = sqlite3_column_int(raw, 0);
        return {};
    }

    // A statement for `rows` rows: the full-size one, or one for the shorter groups at the end of a batch.
    sqlite3_stmt* statementFor(std::size_t rows)
    {
        SqliteStatement& slot = m_statements[rows];
        if (!slot) {
            std::string sql = m_insert;
            sql.reserve(sql.size() + rows * (m_row.size() + 1));
            for (std::size_t r = 0; r < rows; ++r)
                sql += (r ? "," : "") + m_row;
            sqlite3_stmt* raw = nullptr;
            if (sqlite3_prepare_v3(m_db, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &raw, nullptr) != SQLITE_OK)
                return nullptr;
            slot.reset(raw);
        }
        return slot.get();
    }

    // Dates, times and timestamps go in as ISO text (what SQLite's date functions read): formatted once per
    // batch into a buffer of their own, which the statements then bind in place.
    void formatTemporal(const RowBatch& batch)
    {
        for (std::size_t c = 0; c < m_columns; ++c) {
            const ColumnBuffer& column = batch.columns[c];
            const ValueKind kind = column.shape.kind;
            if (kind != ValueKind::Date && kind != ValueKind::Time && kind != ValueKind::Timestamp)
                continue;
            ColumnBuffer& text = m_text[c];
            text.shape.kind = ValueKind::Text;
            text.reset(batch.rowCount);
            for (std::size_t r = 0; r < batch.rowCount; ++r) {
                if (!column.isNull(r)) {
                    if (kind == ValueKind::Date)
                        appendDay(text.bytes, column.ints[r]);
                    else if (kind == ValueKind::Time)
                        appendTimeOfDay(text.bytes, column.ints[r]);
                    else
                        appendTimestamp(text.bytes, column.ints[r]);
                    if (column.shape.withTimeZone)
                        text.bytes += "+00:00";
                }
                text.closeText(r);
            }
        }
    }

    // Binds one column of rows [first, first + count): parameter `first` of the statement, then every
    // m_columns-th. Column by column, so the kind is looked at once per column, not once per value.
    // A million rows hold a few thousand distinct days: their text is remembered by day, not formatted per row.
    void appendDay(std::string& out, std::int64_t day)
    {
        DayText& slot = m_days[static_cast<std::uint64_t>(day) % m_days.size()];
        if (slot.day != day) {
            slot.text.clear();
            appendDate(slot.text, day);
            slot.day = day;
        }
        out += slot.text;
    }

    void bindColumn(sqlite3_stmt* statement, int first, std::size_t c, const ColumnBuffer& column, std::size_t row, std::size_t count)
    {
        const int stride = static_cast<int>(m_columns);
        const std::size_t end = row + count;
        auto each = [&](auto bindValue) {
            int parameter = first;
            for (std::size_t r = row; r < end; ++r, parameter += stride) {
                if (column.isNull(r))
                    sqlite3_bind_null(statement, parameter);
                else
                    bindValue(parameter, r);
            }
        };
        switch (column.shape.kind) {
        case ValueKind::Integer:
        case ValueKind::Boolean: each([&](int p, std::size_t r) { sqlite3_bind_int64(statement, p, column.ints[r]); }); break;
        case ValueKind::Decimal:
            // A DECIMAL column has NUMERIC affinity: SQLite would turn the text "123.45" into this same double.
            if (column.shape.scale == 0) {
                each([&](int p, std::size_t r) { sqlite3_bind_int64(statement, p, column.ints[r]); });
            } else {
                const double divisor = powerOfTen(column.shape.scale);
                each([&](int p, std::size_t r) { sqlite3_bind_double(statement, p, static_cast<double>(column.ints[r]) / divisor); });
            }
            break;
        case ValueKind::Real: each([&](int p, std::size_t r) { sqlite3_bind_double(statement, p, column.reals[r]); }); break;
        case ValueKind::Text: each([&](int p, std::size_t r) { bindText(statement, p, column.text(r)); }); break;
        case ValueKind::Blob:
            each([&](int p, std::size_t r) {
                const std::string_view bytes = column.text(r);
                sqlite3_bind_blob(statement, p, bytes.data(), static_cast<int>(bytes.size()), SQLITE_STATIC);
            });
            break;
        case ValueKind::Date:
        case ValueKind::Time:
        case ValueKind::Timestamp: each([&](int p, std::size_t r) { bindText(statement, p, m_text[c].text(r)); }); break;
        }
    }

    static void bindText(sqlite3_stmt* statement, int parameter, std::string_view text)
    {
        sqlite3_bind_text(statement, parameter, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    }

    static double powerOfTen(int scale)
    {
        static constexpr double kExact[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
                                            1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        return scale < static_cast<int>(std::size(kExact)) ? kExact[scale] : std::pow(10.0, scale);
    }

    sqlite3* m_db;
    int m_synchronous = 2;
    bool m_restoreSynchronous = false;
    std::size_t m_columns = 0;
    std::size_t m_rowsPerStatement = 1;
    std::string m_insert;
    std::string m_row;
    std::map<std::size_t, SqliteStatement> m_statements;
    std::vector<ColumnBuffer> m_text;
    struct DayText {
        std::int64_t day = std::numeric_limits<std::int64_t>::min();
        std::string text;
    };
    std::array<DayText, 4096> m_days;
};

}  // namespace

std::unique_ptr<BulkLoader> makeSqliteLoader(DatabaseConnection& connection, std::string& error)
{
    sqlite3* db = sqliteHandle(connection);
    if (!db) {
        error = "the SQLite driver gave no open native handle to load through";
        return nullptr;
    }
    return std::make_unique<SqliteLoader>(db);
}

}  // namespace ss::seed
