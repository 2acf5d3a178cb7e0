#include "core/seed/load/run_log.h"

#include "core/db/sql_exec.h"
#include "core/sql/sql_renderer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ss::seed {

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
    "{c:detail} TEXT)";
const char* kInsert =
    "INSERT INTO {t} ({c:phase}, {c:status}, {c:started_at}, {c:finished_at}, {c:seed}, {c:rows_per_table}, "
    "{c:rows_per_second}, {c:detail}, {c:run_id}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* kUpdate =
    "UPDATE {t} SET {c:phase} = ?, {c:status} = ?, {c:started_at} = ?, {c:finished_at} = ?, {c:seed} = ?, "
    "{c:rows_per_table} = ?, {c:rows_per_second} = ?, {c:detail} = ? WHERE {c:run_id} = ?";

QVariant textOrNull(const std::string& text)
{
    return text.empty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromStdString(text));
}

}  // namespace

std::string RunLog::create()
{
    const auto renderer = makeRenderer(m_connection.dialect());
    // Looked up first: IF NOT EXISTS alone would have PostgreSQL print a notice on every run after the first.
    if (!m_connection.db().record(QString::fromStdString(renderer->quote(kRunLogTable))).isEmpty())
        return {};
    QSqlQuery query(m_connection.db());
    return execBound(query, QString::fromStdString(expand(kCreate, *renderer)), {}, std::string("creating the run log ") + kRunLogTable);
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
    const QVariantList values = {
        QString::fromStdString(record.phase),
        QString::fromStdString(record.status),
        QString::fromStdString(record.startedAt),
        textOrNull(record.finishedAt),
        QString::number(record.seed),
        QString::fromStdString(rowsPerTableJson(record.rowsPerTable)),
        record.rowsPerSecond,
        textOrNull(record.detail),
        QString::fromStdString(record.runId),
    };
    QSqlQuery query(m_connection.db());
    return execBound(query, QString::fromStdString(expand(sqlTemplate, *makeRenderer(m_connection.dialect()))), values, purpose);
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

}  // namespace ss::seed
