#include "core/seed/load/mysql_loader.h"

#include "core/db/sql_exec.h"
#include "core/seed/load/bound_value.h"
#include "core/seed/load/delimited_text.h"
#include "core/sql/sql_renderer.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <map>

namespace ss::seed {

namespace {

constexpr std::size_t kMaxRowsPerInsert = 500;
constexpr std::size_t kMaxPlaceholders = 65535;  // the protocol's limit per prepared statement
constexpr std::size_t kSpoolChunkBytes = 8u << 20;  // rows encoded in memory before they go to the file

class MySqlLoader final : public BulkLoader {
public:
    MySqlLoader(DatabaseConnection& connection, bool loadData)
        : m_connection(connection), m_renderer(makeRenderer(Dialect::MySql)), m_loadData(loadData)
    {
    }
    ~MySqlLoader() override { rollback(); }

    std::string method() const override
    {
        return m_loadData ? "LOAD DATA LOCAL INFILE" : "multi-row prepared INSERT";
    }

    std::string begin(const PlannedTable& table) override
    {
        m_table = &table;
        m_inserts.clear();
        m_pending.clear();
        m_spooledRows = 0;
        m_spooled = false;
        if (m_file && (!m_file->resize(0) || !m_file->seek(0)))
            return m_file->fileName().toStdString() + ": cannot empty the file of rows to load: " + m_file->errorString().toStdString();
        m_rowsPerInsert = std::max<std::size_t>(1, std::min(kMaxRowsPerInsert, kMaxPlaceholders / std::max<std::size_t>(1, table.columns.size())));
        if (!m_connection.db().transaction())
            return "starting the transaction for " + table.name + " failed: " + m_connection.db().lastError().text().toStdString();
        m_inTransaction = true;
        return {};
    }

    std::string write(const RowBatch& batch) override
    {
        if (m_loadData) {
            appendDelimitedRows(m_pending, batch, 0, batch.rowCount, TextDialect::MySql);
            m_spooledRows += batch.rowCount;
            return m_pending.size() >= kSpoolChunkBytes ? spool() : std::string();
        }
        return insert(batch);
    }

    std::string finishRows() override
    {
        if (!m_loadData || m_spooled)
            return {};
        m_spooled = true;
        if (std::string error = spool(); !error.empty())
            return error;
        return loadSpooled();
    }

    std::string commit() override
    {
        if (std::string error = finishRows(); !error.empty())
            return error;
        m_inserts.clear();
        m_inTransaction = false;
        if (!m_connection.db().commit())
            return "committing " + m_table->name + " failed: " + m_connection.db().lastError().text().toStdString();
        return {};
    }

    std::string rollback() override
    {
        m_pending.clear();
        m_spooledRows = 0;
        m_inserts.clear();
        if (!m_inTransaction)
            return {};
        m_inTransaction = false;
        if (!m_connection.db().rollback())
            return "rolling back " + m_table->name + " failed: " + m_connection.db().lastError().text().toStdString();
        return {};
    }

private:
    std::string loadStatement(const QString& file) const
    {
        QString path = file;
        path.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        std::string sql = "LOAD DATA LOCAL INFILE '" + path.toStdString() + "' INTO TABLE " + m_renderer->quote(m_table->name) +
                          " CHARACTER SET utf8mb4 (";
        std::string unhex;
        for (std::size_t c = 0; c < m_table->columns.size(); ++c) {
            const std::string column = m_renderer->quote(m_table->columns[c].name);
            if (c)
                sql += ", ";
            if (m_table->columns[c].shape.kind == ValueKind::Blob) {
                const std::string variable = "@blob" + std::to_string(c);
                sql += variable;
                unhex += (unhex.empty() ? " SET " : ", ") + column + " = UNHEX(" + variable + ")";
            } else {
                sql += column;
            }
        }
        return sql + ")" + unhex;
    }

    // Appends the rows encoded so far to the table's temporary file.
    std::string spool()
    {
        if (!m_file) {
            m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/dbx-seed-XXXXXX.tsv"));
            if (!m_file->open())
                return "cannot create a temporary file for LOAD DATA: " + m_file->errorString().toStdString();
        }
        if (m_file->write(m_pending.data(), static_cast<qint64>(m_pending.size())) != static_cast<qint64>(m_pending.size()))
            return m_file->fileName().toStdString() + ": cannot write the rows to load: " + m_file->errorString().toStdString();
        m_pending.clear();
        return {};
    }

    // Loads the table's rows with one LOAD DATA: InnoDB loads an empty table in bulk (indexes sorted and built
    // after the rows) only within the first statement that fills it. LOAD DATA LOCAL turns bad values and
    // duplicate keys into warnings, so the rows are accepted only when every one went in without one.
    std::string loadSpooled()
    {
        if (m_spooledRows == 0)
            return {};
        if (!m_file->flush())
            return m_file->fileName().toStdString() + ": cannot write the rows to load: " + m_file->errorString().toStdString();
        QSqlQuery query(m_connection.db());
        if (std::string error = execBound(query, QString::fromStdString(loadStatement(m_file->fileName())), {},
                                          "LOAD DATA into " + m_table->name);
            !error.empty())
            return error;
        const auto loaded = static_cast<std::size_t>(query.numRowsAffected());
        QSqlQuery warnings(m_connection.db());
        if (warnings.exec(QStringLiteral("SHOW WARNINGS LIMIT 1")) && warnings.next())
            return "LOAD DATA into " + m_table->name + ": " + warnings.value(2).toString().toStdString();
        if (loaded != m_spooledRows)
            return "LOAD DATA into " + m_table->name + " wrote " + std::to_string(loaded) + " rows of " + std::to_string(m_spooledRows);
        return {};
    }

    QSqlQuery* insertFor(std::size_t rows, std::string& error)
    {
        auto it = m_inserts.find(rows);
        if (it != m_inserts.end())
            return it->second.get();
        std::string sql = "INSERT INTO " + m_renderer->quote(m_table->name) + " (";
        std::string row = "(";
        for (std::size_t c = 0; c < m_table->columns.size(); ++c) {
            sql += (c ? ", " : "") + m_renderer->quote(m_table->columns[c].name);
            row += c ? ",?" : "?";
        }
        sql += ") VALUES ";
        row += ")";
        for (std::size_t r = 0; r < rows; ++r)
            sql += (r ? "," : "") + row;
        auto query = std::make_unique<QSqlQuery>(m_connection.db());
        if (!query->prepare(QString::fromStdString(sql))) {
            error = "preparing the INSERT into " + m_table->name + " failed: " + queryError(*query);
            return nullptr;
        }
        return m_inserts.emplace(rows, std::move(query)).first->second.get();
    }

    std::string insert(const RowBatch& batch)
    {
        for (std::size_t row = 0; row < batch.rowCount;) {
            const std::size_t count = std::min(m_rowsPerInsert, batch.rowCount - row);
            std::string error;
            QSqlQuery* query = insertFor(count, error);
            if (!query)
                return error;
            int position = 0;
            for (std::size_t r = row; r < row + count; ++r)
                for (const ColumnBuffer& column : batch.columns)
                    query->bindValue(position++, boundValue(column, r, Dialect::MySql));
            if (!query->exec())
                return "INSERT into " + m_table->name + " failed: " + queryError(*query);
            row += count;
        }
        return {};
    }

    DatabaseConnection& m_connection;
    std::unique_ptr<SqlRenderer> m_renderer;
    bool m_loadData;
    const PlannedTable* m_table = nullptr;
    bool m_inTransaction = false;
    std::size_t m_rowsPerInsert = 1;
    std::map<std::size_t, std::unique_ptr<QSqlQuery>> m_inserts;
    std::string m_pending;
    std::size_t m_spooledRows = 0;  // rows of the table in the file or still in m_pending
    bool m_spooled = false;         // finishRows() ran: the rows are loaded
    std::unique_ptr<QTemporaryFile> m_file;
};

}  // namespace

std::unique_ptr<BulkLoader> makeMySqlLoader(DatabaseConnection& connection, const LoaderOptions& options, std::string& error)
{
    bool loadData = false;
    if (options.allowLoadData) {
        QSqlQuery query(connection.db());
        if (!query.exec(QStringLiteral("SELECT @@local_infile"))) {
            error = "reading the server's local_infile setting failed: " + queryError(query);
            return nullptr;
        }
        loadData = query.next() && query.value(0).toInt() == 1;
    }
    return std::make_unique<MySqlLoader>(connection, loadData);
}

}  // namespace ss::seed
