#include "core/sql/migration_file.h"

#include "core/plan/impact_report.h"
#include "core/plan/spec_texts.h"
#include "core/util/atomic_file.h"
#include "core/util/snake_case.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ss {

namespace {

constexpr std::string_view kTitle = "-- Schema Studio migration\n";

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string oneLine(const std::string& text)
{
    std::string out = text;
    for (char& c : out)
        if (c == '\n' || c == '\r')
            c = ' ';
    return out;
}

std::string headerValue(const std::string& value)
{
    return value.empty() ? "none" : oneLine(value);
}

// The impact report's operations with the SQL each one runs.
QJsonArray operationsWithSql(const Plan& plan, const Migration& migration)
{
    QJsonArray ops = operationsJson(plan);
    for (qsizetype i = 0; i < ops.size(); ++i) {
        QJsonObject o = ops[i].toObject();
        QJsonArray sql;
        for (const auto& s : migration.statementsOf(static_cast<int>(i)))
            sql.append(qs(s));
        o.insert("sql", sql);
        if (static_cast<std::size_t>(i) < migration.notes.size() && !migration.notes[static_cast<std::size_t>(i)].empty())
            o.insert("note", qs(migration.notes[static_cast<std::size_t>(i)]));
        ops[i] = o;
    }
    return ops;
}

}  // namespace

std::string migrationChecksum(std::string_view body)
{
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray(body.data(), static_cast<qsizetype>(body.size())), QCryptographicHash::Sha256);
    return "sha256:" + hash.toHex().toStdString();
}

std::string currentTimestampUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

std::string migrationFileName(const std::string& generatedAt, const std::string& name)
{
    std::string out;
    for (const char c : generatedAt)
        if (c >= '0' && c <= '9')
            out += c;
    const std::string stem = snakeCase(name);
    return out + "_" + (stem.empty() ? "migration" : stem) + ".sql";
}

std::string migrationFileBody(const Plan& plan, const Migration& migration)
{
    return migration.body(plan) + specTextsSection(schemaTextsCreatedBy(plan));
}

std::string migrationFileText(const Plan& plan, const Migration& migration, const std::string& generatedAt)
{
    const std::string body = migrationFileBody(plan, migration);
    const RiskSummary s = plan.summary();
    std::string out(kTitle);
    out += "-- dialect: " + std::string(toString(migration.dialect)) + "\n";
    out += "-- from-version: " + headerValue(plan.fromVersion) + "\n";
    out += "-- to-version: " + headerValue(plan.toVersion) + "\n";
    out += "-- generated-at: " + headerValue(generatedAt) + "\n";
    out += "-- operations: " + std::to_string(s.total()) + " (high " + std::to_string(s.high) + ", medium " +
           std::to_string(s.medium) + ", safe " + std::to_string(s.safe) + ")\n";
    out += "-- checksum: " + migrationChecksum(body) + "\n\n";
    out += body;
    return out;
}

ParsedMigrationFile parseMigrationFile(std::string_view text)
{
    ParsedMigrationFile parsed;
    if (text.substr(0, kTitle.size()) != kTitle) {
        parsed.error = "not a Schema Studio migration: the first line must be '" + oneLine(std::string(kTitle)) + "'";
        return parsed;
    }
    const std::size_t end = text.find("\n\n");
    if (end == std::string_view::npos) {
        parsed.error = "the migration header is not followed by a blank line";
        return parsed;
    }
    std::string_view header = text.substr(kTitle.size(), end + 1 - kTitle.size());
    while (!header.empty()) {
        const std::size_t eol = header.find('\n');
        const std::string_view line = header.substr(0, eol);
        header.remove_prefix(eol == std::string_view::npos ? header.size() : eol + 1);
        const std::size_t colon = line.find(": ");
        if (line.substr(0, 3) != "-- " || colon == std::string_view::npos)
            continue;
        const std::string key(line.substr(3, colon - 3));
        std::string value(line.substr(colon + 2));
        if (value == "none")
            value.clear();
        if (key == "dialect")
            parsed.header.dialect = value;
        else if (key == "from-version")
            parsed.header.fromVersion = value;
        else if (key == "to-version")
            parsed.header.toVersion = value;
        else if (key == "generated-at")
            parsed.header.generatedAt = value;
        else if (key == "checksum")
            parsed.header.checksum = value;
    }
    if (parsed.header.checksum.empty())
        parsed.error = "the migration header has no checksum line";
    parsed.body = std::string(text.substr(end + 2));
    return parsed;
}

QJsonObject planJson(const Plan& plan, const Migration& migration)
{
    return QJsonObject{{"dialect", toString(migration.dialect)},
                       {"operations", operationsWithSql(plan, migration)},
                       {"sql", qs(migration.body(plan))},
                       {"summary", summaryJson(plan)},
                       {"notes", notesJson(plan)}};
}

QJsonObject impactSidecarJson(const Plan& plan, const Migration& migration, const std::string& migrationFileName,
                              const std::string& generatedAt)
{
    return QJsonObject{{"migration", qs(migrationFileName)},
                       {"checksum", qs(migrationChecksum(migrationFileBody(plan, migration)))},
                       {"dialect", toString(migration.dialect)},
                       {"generated_at", qs(generatedAt)},
                       {"operations", operationsJson(plan)},
                       {"summary", summaryJson(plan)},
                       {"notes", notesJson(plan)}};
}

std::string writeMigration(const std::string& path, const Plan& plan, const Migration& migration, bool withImpactSidecar,
                           const std::string& generatedAt)
{
    if (std::string error = writeFileAtomically(path, migrationFileText(plan, migration, generatedAt)); !error.empty())
        return error;
    if (!withImpactSidecar)
        return {};
    const std::string fileName = QFileInfo(qs(path)).fileName().toStdString();
    const QByteArray json =
        QJsonDocument(impactSidecarJson(plan, migration, fileName, generatedAt)).toJson(QJsonDocument::Indented);
    return writeFileAtomically(path + ".impact.json", json.toStdString());
}

}  // namespace ss
