#include "core/db/run_log.h"

#include "core/db/sql_exec.h"
#include "core/sql/sql_renderer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace ss {

namespace {

// {t} is the quoted table, {c:NAME} a quoted column.
std::string expand(const std::string& text, const SqlRenderer& renderer)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, 3, "{t}") == 0) {
            out += renderer.quote(kRunLogTable);
            i += 3;
        } else if (text.compare(i, 3, "{c:") == 0) {
            const std::size_t end = text.find('}', i);
            out += renderer.quote(text.substr(i + 3, end - i - 3));
            i = end + 1;
        } else {
            out += text[i++];
        }
    }
    return out;
}

const char* kCreate =
    "CREATE TABLE IF NOT EXISTS {t} ({c:run_id} VARCHAR(36) NOT NULL PRIMARY KEY, {c:phase} VARCHAR(16) NOT NULL, "
    "{c:status} VARCHAR(16) NOT NULL, {c:started_at} VARCHAR(32) NOT NULL, {c:finished_at} VARCHAR(32), "
    "{c:seed} VARCHAR(20) NOT NULL, {c:rows_per_table} TEXT NOT NULL, {c:rows_per_second} DOUBLE PRECISION, "
    "{c:detail} TEXT, {c:kind} VARCHAR(16) DEFAULT 'seed', {c:duration_ms} BIGINT, {c:row_count} BIGINT, "
    "{c:model} VARCHAR(200), {c:tokens_in} BIGINT, {c:tokens_out} BIGINT)";

// The columns a run log made for seeding alone lacks, added in place (existing rows are seeding runs).
const std::vector<std::pair<const char*, const char*>> kStageColumns = {
    {"kind", "VARCHAR(16) DEFAULT 'seed'"}, {"duration_ms", "BIGINT"}, {"row_count", "BIGINT"},
    {"model", "VARCHAR(200)"},              {"tokens_in", "BIGINT"},   {"tokens_out", "BIGINT"},
};

const char* kInsert =
    "INSERT INTO {t} ({c:phase}, {c:status}, {c:started_at}, {c:finished_at}, {c:seed}, {c:rows_per_table}, "
    "{c:rows_per_second}, {c:detail}, {c:kind}, {c:duration_ms}, {c:row_count}, {c:model}, {c:tokens_in}, "
    "{c:tokens_out}, {c:run_id}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* kUpdate =
    "UPDATE {t} SET {c:phase} = ?, {c:status} = ?, {c:started_at} = ?, {c:finished_at} = ?, {c:seed} = ?, "
    "{c:rows_per_table} = ?, {c:rows_per_second} = ?, {c:detail} = ?, {c:kind} = ?, {c:duration_ms} = ?, "
    "{c:row_count} = ?, {c:model} = ?, {c:tokens_in} = ?, {c:tokens_out} = ? WHERE {c:run_id} = ?";
// What list() reads, in order.
const std::vector<const char*> kListed = {"run_id",    "kind",      "phase",      "status",         "started_at",
                                          "finished_at", "duration_ms", "row_count", "model",         "tokens_in",
                                          "tokens_out",  "seed",       "rows_per_table", "rows_per_second", "detail"};

QVariant textOrNull(const std::string& text)
{
    return text.empty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromStdString(text));
}

std::int64_t millisecondsBetween(const std::string& from, const std::string& to)
{
    const QDateTime start = QDateTime::fromString(QString::fromStdString(from), Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(QString::fromStdString(to), Qt::ISODateWithMs);
    return start.isValid() && end.isValid() ? start.msecsTo(end) : 0;
}

}  // namespace

std::string RunLog::create()
{
    const auto renderer = makeRenderer(m_connection.dialect());
    // Looked up first: IF NOT EXISTS alone would have PostgreSQL print a notice on every run after the first.
    const QSqlRecord existing = m_connection.db().record(QString::fromStdString(renderer->quote(kRunLogTable)));
    QSqlQuery query(m_connection.db());
    if (existing.isEmpty())
        return execBound(query, QString::fromStdString(expand(kCreate, *renderer)), {},
                         std::string("creating the run log ") + kRunLogTable);
    for (const auto& [column, type] : kStageColumns) {
        if (existing.contains(QString::fromLatin1(column)))
            continue;
        const std::string sql = expand("ALTER TABLE {t} ADD COLUMN {c:" + std::string(column) + "} " + type, *renderer);
        if (std::string error = execBound(query, QString::fromStdString(sql), {},
                                          std::string("adding ") + column + " to the run log " + kRunLogTable);
            !error.empty())
            return error;
    }
    return {};
}

std::string RunLog::insert(const RunRecord& record)
{
    return write(kInsert, record, std::string("recording the run in ") + kRunLogTable);
}

std::string RunLog::update(const RunRecord& record)
{
    return write(kUpdate, record, std::string("updating the run in ") + kRunLogTable);
}

std::string RunLog::write(const char* sqlTemplate, const RunRecord& record, const std::string& purpose)
{
    std::int64_t duration = record.durationMs;
    if (duration == 0 && !record.finishedAt.empty())
        duration = millisecondsBetween(record.startedAt, record.finishedAt);
    std::int64_t rows = record.rows;
    if (rows == 0)
        for (const auto& [table, count] : record.rowsPerTable)
            rows += count;
    const QVariantList values = {
        QString::fromStdString(record.phase.empty() ? record.kind : record.phase),
        QString::fromStdString(record.status),
        QString::fromStdString(record.startedAt),
        textOrNull(record.finishedAt),
        QString::number(record.seed),
        QString::fromStdString(rowsPerTableJson(record.rowsPerTable)),
        record.rowsPerSecond,
        textOrNull(record.detail),
        QString::fromStdString(record.kind),
        static_cast<qlonglong>(duration),
        static_cast<qlonglong>(rows),
        textOrNull(record.model),
        static_cast<qlonglong>(record.tokensIn),
        static_cast<qlonglong>(record.tokensOut),
        QString::fromStdString(record.runId),
    };
    QSqlQuery query(m_connection.db());
    return execBound(query, QString::fromStdString(expand(sqlTemplate, *makeRenderer(m_connection.dialect()))), values, purpose);
}

std::string RunLog::list(const std::string& kind, std::vector<RunRecord>& runs)
{
    runs.clear();
    const auto renderer = makeRenderer(m_connection.dialect());
    const QSqlRecord existing = m_connection.db().record(QString::fromStdString(renderer->quote(kRunLogTable)));
    if (existing.isEmpty())
        return {};
    // A log written for seeding alone lacks the newer columns: read as empty, never altered by a reader.
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < kListed.size(); ++i)
        sql += (i ? ", " : "") + (existing.contains(QString::fromLatin1(kListed[i])) ? renderer->quote(kListed[i]) : std::string("NULL"));
    sql += expand(" FROM {t}", *renderer);
    QVariantList values;
    if (!kind.empty() && existing.contains(QStringLiteral("kind"))) {
        sql += expand(" WHERE {c:kind} = ?", *renderer);
        values.append(QString::fromStdString(kind));
    } else if (!kind.empty() && kind != "seed") {
        return {};  // an older log holds seeding runs only
    }
    sql += expand(" ORDER BY {c:started_at} DESC", *renderer);
    QSqlQuery query(m_connection.db());
    query.setForwardOnly(true);
    if (std::string error = execBound(query, QString::fromStdString(sql), values, std::string("reading the run log ") + kRunLogTable);
        !error.empty())
        return error;
    while (query.next()) {
        RunRecord r;
        int f = 0;
        r.runId = query.value(f++).toString().toStdString();
        r.kind = query.value(f++).toString().toStdString();
        if (r.kind.empty())
            r.kind = "seed";
        r.phase = query.value(f++).toString().toStdString();
        r.status = query.value(f++).toString().toStdString();
        r.startedAt = query.value(f++).toString().toStdString();
        r.finishedAt = query.value(f++).toString().toStdString();
        r.durationMs = query.value(f++).toLongLong();
        r.rows = query.value(f++).toLongLong();
        r.model = query.value(f++).toString().toStdString();
        r.tokensIn = query.value(f++).toLongLong();
        r.tokensOut = query.value(f++).toLongLong();
        r.seed = query.value(f++).toString().toULongLong();
        const QJsonObject perTable = QJsonDocument::fromJson(query.value(f++).toString().toUtf8()).object();
        for (auto it = perTable.begin(); it != perTable.end(); ++it)
            r.rowsPerTable.emplace_back(it.key().toStdString(), it.value().toInteger());
        r.rowsPerSecond = query.value(f++).toDouble();
        r.detail = query.value(f++).toString().toStdString();
        // Runs logged before the log had these columns: what their own fields say.
        if (r.durationMs == 0 && !r.finishedAt.empty())
            r.durationMs = millisecondsBetween(r.startedAt, r.finishedAt);
        if (r.rows == 0)
            for (const auto& [table, count] : r.rowsPerTable)
                r.rows += count;
        runs.push_back(std::move(r));
    }
    return {};
}

std::string recordFinishedRun(DatabaseConnection& connection, RunRecord record)
{
    if (record.runId.empty())
        record.runId = newRunId();
    if (record.finishedAt.empty())
        record.finishedAt = utcTimestampNow();
    RunLog log(connection);
    if (std::string error = log.create(); !error.empty())
        return error;
    return log.insert(record);
}

std::string rowsPerTableJson(const std::vector<std::pair<std::string, std::int64_t>>& rows)
{
    // QJsonObject sorts its keys; the run log keeps load order, so the object is written by hand.
    std::string out = "{";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        // ["NAME"] -> "NAME": the name as a JSON string, escaped by Qt.
        const QByteArray name = QJsonDocument(QJsonArray{QString::fromStdString(rows[i].first)}).toJson(QJsonDocument::Compact);
        out += (i ? ", " : "") + name.mid(1, name.size() - 2).toStdString() + ": " + std::to_string(rows[i].second);
    }
    return out + "}";
}

std::string utcTimestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

std::string newRunId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

}  // namespace ss
