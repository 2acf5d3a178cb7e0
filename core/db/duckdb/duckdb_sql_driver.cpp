#include "core/db/duckdb/duckdb_sql_driver.h"

#ifdef SS_HAVE_DUCKDB

#include "core/db/duckdb/duckdb_instances.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>
#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <mutex>
#include <optional>

Q_DECLARE_METATYPE(duckdb_connection)

namespace ss {

namespace {

QMetaType metaTypeOf(duckdb_type type)
{
    switch (type) {
    case DUCKDB_TYPE_BOOLEAN: return QMetaType::fromType<bool>();
    case DUCKDB_TYPE_TINYINT:
    case DUCKDB_TYPE_SMALLINT:
    case DUCKDB_TYPE_INTEGER:
    case DUCKDB_TYPE_UTINYINT:
    case DUCKDB_TYPE_USMALLINT:
    case DUCKDB_TYPE_UINTEGER:
    case DUCKDB_TYPE_BIGINT: return QMetaType::fromType<qlonglong>();
    case DUCKDB_TYPE_FLOAT:
    case DUCKDB_TYPE_DOUBLE:
    case DUCKDB_TYPE_DECIMAL: return QMetaType::fromType<double>();
    case DUCKDB_TYPE_BLOB: return QMetaType::fromType<QByteArray>();
    default: return QMetaType::fromType<QString>();  // dates, times, huge integers, UUIDs, nested: as DuckDB prints them
    }
}

class DuckDbResult : public QSqlResult {
public:
    explicit DuckDbResult(const QSqlDriver* driver, duckdb_connection connection)
        : QSqlResult(driver), m_connection(connection)
    {
    }
    ~DuckDbResult() override
    {
        clearResult();
        if (m_prepared)
            duckdb_destroy_prepare(&m_prepared);
    }

    QVariant handle() const override { return {}; }

protected:
    bool reset(const QString& query) override
    {
        clearResult();
        if (!m_connection)
            return fail(QStringLiteral("the DuckDB database is not open"), QSqlError::ConnectionError);
        const QByteArray text = query.toUtf8();
        return take(duckdb_query(m_connection, text.constData(), &m_result));
    }

    bool prepare(const QString& query) override
    {
        clearResult();
        if (m_prepared)
            duckdb_destroy_prepare(&m_prepared);
        if (!m_connection)
            return fail(QStringLiteral("the DuckDB database is not open"), QSqlError::ConnectionError);
        const QByteArray text = query.toUtf8();
        if (duckdb_prepare(m_connection, text.constData(), &m_prepared) == DuckDBError) {
            const QString message = QString::fromUtf8(duckdb_prepare_error(m_prepared));
            duckdb_destroy_prepare(&m_prepared);
            m_prepared = nullptr;
            return fail(message, QSqlError::StatementError);
        }
        return true;
    }

    bool exec() override
    {
        clearResult();
        if (!m_prepared)
            return fail(QStringLiteral("no prepared statement to execute"), QSqlError::StatementError);
        duckdb_clear_bindings(m_prepared);
        const QList<QVariant> values = boundValues();
        if (static_cast<idx_t>(values.size()) != duckdb_nparams(m_prepared))
            return fail(QStringLiteral("%1 values bound to a statement that takes %2")
                            .arg(values.size())
                            .arg(duckdb_nparams(m_prepared)),
                        QSqlError::StatementError);
        for (qsizetype i = 0; i < values.size(); ++i)
            if (!bind(static_cast<idx_t>(i + 1), values[i]))
                return fail(QStringLiteral("cannot bind value %1: %2").arg(i + 1).arg(values[i].toString()),
                            QSqlError::StatementError);
        return take(duckdb_execute_prepared(m_prepared, &m_result));
    }

    QVariant data(int column) override
    {
        const idx_t row = static_cast<idx_t>(at());
        const idx_t col = static_cast<idx_t>(column);
        if (!m_hasResult || col >= duckdb_column_count(&m_result) || duckdb_value_is_null(&m_result, col, row))
            return QVariant(m_hasResult && col < duckdb_column_count(&m_result)
                                ? metaTypeOf(duckdb_column_type(&m_result, col))
                                : QMetaType());
        const QMetaType meta = metaTypeOf(duckdb_column_type(&m_result, col));
        if (meta == QMetaType::fromType<bool>())
            return duckdb_value_boolean(&m_result, col, row);
        if (meta == QMetaType::fromType<qlonglong>())
            return static_cast<qlonglong>(duckdb_value_int64(&m_result, col, row));
        if (meta == QMetaType::fromType<double>())
            return duckdb_value_double(&m_result, col, row);
        if (meta == QMetaType::fromType<QByteArray>()) {
            duckdb_blob blob = duckdb_value_blob(&m_result, col, row);
            QByteArray bytes(static_cast<const char*>(blob.data), static_cast<qsizetype>(blob.size));
            duckdb_free(blob.data);
            return bytes;
        }
        char* text = duckdb_value_varchar(&m_result, col, row);
        QString value = QString::fromUtf8(text ? text : "");
        duckdb_free(text);
        return value;
    }

    bool isNull(int column) override
    {
        return !m_hasResult || static_cast<idx_t>(column) >= duckdb_column_count(&m_result) ||
               duckdb_value_is_null(&m_result, static_cast<idx_t>(column), static_cast<idx_t>(at()));
    }

    bool fetch(int index) override
    {
        if (!m_hasResult || index < 0 || static_cast<idx_t>(index) >= duckdb_row_count(&m_result))
            return false;
        setAt(index);
        return true;
    }
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override { return m_hasResult && duckdb_row_count(&m_result) > 0 && fetch(size() - 1); }

    int size() override { return m_hasResult && isSelect() ? static_cast<int>(duckdb_row_count(&m_result)) : -1; }
    int numRowsAffected() override { return m_hasResult ? static_cast<int>(duckdb_rows_changed(&m_result)) : -1; }

    QSqlRecord record() const override
    {
        QSqlRecord record;
        if (!m_hasResult)
            return record;
        auto* result = const_cast<duckdb_result*>(&m_result);
        for (idx_t c = 0; c < duckdb_column_count(result); ++c)
            record.append(QSqlField(QString::fromUtf8(duckdb_column_name(result, c)),
                                    metaTypeOf(duckdb_column_type(result, c))));
        return record;
    }

    void detachFromResultSet() override { clearResult(); }

private:
    bool take(duckdb_state state)
    {
        m_hasResult = true;
        if (state == DuckDBError) {
            const QString message = QString::fromUtf8(duckdb_result_error(&m_result));
            clearResult();
            return fail(message, QSqlError::StatementError);
        }
        // A statement that returns rows is a select for Qt; DDL and DML answer one "Count" column (or none).
        const duckdb_result_type kind = duckdb_result_return_type(m_result);
        setSelect(kind == DUCKDB_RESULT_TYPE_QUERY_RESULT);
        setActive(true);
        setAt(QSql::BeforeFirstRow);
        return true;
    }

    bool bind(idx_t index, const QVariant& value)
    {
        if (value.isNull())
            return duckdb_bind_null(m_prepared, index) == DuckDBSuccess;
        switch (value.typeId()) {
        case QMetaType::Bool: return duckdb_bind_boolean(m_prepared, index, value.toBool()) == DuckDBSuccess;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            return duckdb_bind_int64(m_prepared, index, value.toLongLong()) == DuckDBSuccess;
        case QMetaType::ULongLong:
        case QMetaType::ULong: return duckdb_bind_uint64(m_prepared, index, value.toULongLong()) == DuckDBSuccess;
        case QMetaType::Double:
        case QMetaType::Float: return duckdb_bind_double(m_prepared, index, value.toDouble()) == DuckDBSuccess;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return duckdb_bind_blob(m_prepared, index, bytes.constData(), static_cast<idx_t>(bytes.size())) == DuckDBSuccess;
        }
        case QMetaType::QDate: return bindText(index, value.toDate().toString(Qt::ISODate));
        case QMetaType::QDateTime: return bindText(index, value.toDateTime().toString(Qt::ISODateWithMs));
        default: return bindText(index, value.toString());
        }
    }

    bool bindText(idx_t index, const QString& text)
    {
        const QByteArray bytes = text.toUtf8();
        return duckdb_bind_varchar_length(m_prepared, index, bytes.constData(), static_cast<idx_t>(bytes.size())) ==
               DuckDBSuccess;
    }

    bool fail(const QString& message, QSqlError::ErrorType type)
    {
        setLastError(QSqlError(QStringLiteral("DuckDB"), message, type));
        setActive(false);
        return false;
    }

    void clearResult()
    {
        if (m_hasResult)
            duckdb_destroy_result(&m_result);
        m_hasResult = false;
        setActive(false);
        setAt(QSql::BeforeFirstRow);
    }

    duckdb_connection m_connection = nullptr;
    duckdb_prepared_statement m_prepared = nullptr;
    duckdb_result m_result{};
    bool m_hasResult = false;
};

class DuckDbDriver : public QSqlDriver {
public:
    DuckDbDriver() = default;
    ~DuckDbDriver() override { close(); }

    bool hasFeature(DriverFeature feature) const override
    {
        switch (feature) {
        case Transactions:
        case QuerySize:
        case BLOB:
        case Unicode:
        case PreparedQueries:
        case PositionalPlaceholders:
        case FinishQuery:
        case CancelQuery: return true;
        default: return false;
        }
    }

    bool open(const QString& db, const QString&, const QString&, const QString&, int, const QString& options) override
    {
        close();
        const bool mustExist = options.contains(QLatin1String("DUCKDB_MUST_EXIST"));
        if (std::string error = openDuckDbInstance(db.toStdString(), mustExist, m_database); !error.empty()) {
            setLastError(QSqlError(QStringLiteral("DuckDB"), QString::fromStdString(error), QSqlError::ConnectionError));
            setOpenError(true);
            return false;
        }
        if (duckdb_connect(m_database, &m_connection) == DuckDBError) {
            duckdb_close(&m_database);
            setLastError(QSqlError(QStringLiteral("DuckDB"), QStringLiteral("cannot connect to ") + db,
                                   QSqlError::ConnectionError));
            setOpenError(true);
            return false;
        }
        setOpen(true);
        setOpenError(false);
        return true;
    }

    void close() override
    {
        if (m_connection)
            duckdb_disconnect(&m_connection);
        if (m_database)
            duckdb_close(&m_database);
        m_connection = nullptr;
        m_database = nullptr;
        if (isOpen())
            setOpen(false);
    }

    QSqlResult* createResult() const override { return new DuckDbResult(this, m_connection); }

    bool beginTransaction() override { return run("BEGIN TRANSACTION"); }
    bool commitTransaction() override { return run("COMMIT"); }
    bool rollbackTransaction() override { return run("ROLLBACK"); }

    bool cancelQuery() override
    {
        if (m_connection)
            duckdb_interrupt(m_connection);
        return m_connection != nullptr;
    }

    QStringList tables(QSql::TableType type) const override
    {
        QStringList names;
        if (!m_connection)
            return names;
        QString sql;
        if (type == QSql::Tables)
            sql = QStringLiteral("SELECT table_name FROM duckdb_tables() WHERE NOT internal AND schema_name = current_schema() ORDER BY 1");
        else if (type == QSql::Views)
            sql = QStringLiteral("SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = current_schema() ORDER BY 1");
        else
            return names;
        duckdb_result result;
        if (duckdb_query(m_connection, sql.toUtf8().constData(), &result) == DuckDBSuccess)
            for (idx_t r = 0; r < duckdb_row_count(&result); ++r) {
                char* text = duckdb_value_varchar(&result, 0, r);
                names << QString::fromUtf8(text);
                duckdb_free(text);
            }
        duckdb_destroy_result(&result);
        return names;
    }

    // The columns of a table as its query answers them; empty when there is no such table.
    QSqlRecord record(const QString& tableName) const override
    {
        QSqlRecord record;
        if (!m_connection)
            return record;
        const QString table = isIdentifierEscaped(tableName, TableName) ? tableName : escapeIdentifier(tableName, TableName);
        duckdb_result result;
        if (duckdb_query(m_connection, ("SELECT * FROM " + table + " LIMIT 0").toUtf8().constData(), &result) == DuckDBSuccess)
            for (idx_t c = 0; c < duckdb_column_count(&result); ++c)
                record.append(QSqlField(QString::fromUtf8(duckdb_column_name(&result, c)),
                                        metaTypeOf(duckdb_column_type(&result, c)), tableName));
        duckdb_destroy_result(&result);
        return record;
    }

    QString escapeIdentifier(const QString& identifier, IdentifierType) const override
    {
        QString escaped = identifier;
        escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }

    QVariant handle() const override { return QVariant::fromValue(m_connection); }

private:
    bool run(const char* sql)
    {
        duckdb_result result;
        const bool ok = m_connection && duckdb_query(m_connection, sql, &result) == DuckDBSuccess;
        if (!ok && m_connection)
            setLastError(QSqlError(QStringLiteral("DuckDB"), QString::fromUtf8(duckdb_result_error(&result)),
                                   QSqlError::TransactionError));
        if (m_connection)
            duckdb_destroy_result(&result);
        return ok;
    }

    duckdb_database m_database = nullptr;
    duckdb_connection m_connection = nullptr;
};

}  // namespace

void registerDuckDbSqlDriver()
{
    // Qt forgets registered drivers when its application object goes (a process may make another), so the
    // registration is checked each time rather than made once.
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (!QSqlDatabase::drivers().contains(QString::fromLatin1(kDuckDbDriverName)))
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kDuckDbDriverName), new QSqlDriverCreator<DuckDbDriver>);
}

bool duckDbBuiltIn()
{
    return true;
}

}  // namespace ss

#else

namespace ss {

void registerDuckDbSqlDriver() {}

bool duckDbBuiltIn()
{
    return false;
}

}  // namespace ss

#endif
