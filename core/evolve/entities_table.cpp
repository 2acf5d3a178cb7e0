#include "core/evolve/entities_table.h"

#include "core/db/sql_exec.h"
#include "core/sql/sql_renderer.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ss::evolve {

std::string readEntitiesTable(DatabaseConnection& connection, const EntitiesTable& source, const EntitySink& sink)
{
    if (source.table.empty() || source.typeColumn.empty() || source.attributesColumn.empty())
        return "an entities table needs its name, its type column and its attributes column";
    const auto renderer = makeRenderer(connection.dialect());
    QSqlQuery probe(connection.db());
    if (std::string error = execBound(probe, QString::fromStdString("SELECT * FROM " + renderer->quote(source.table) + " WHERE 1 = 0"),
                                      {}, "reading the entities table " + source.table);
        !error.empty())
        return error;
    const QSqlRecord record = probe.record();
    const auto has = [&](const std::string& name) { return !name.empty() && record.indexOf(QString::fromStdString(name)) >= 0; };
    for (const auto& [name, option] : {std::pair{source.typeColumn, "--type-column"}, std::pair{source.attributesColumn, "--attributes-column"}})
        if (!has(name))
            return "the table " + source.table + " has no column " + name + " (choose it with " + option + ")";
    // The other columns are optional: a table without them gives entities without ids, names, documents or times.
    const auto column = [&](const std::string& name) { return has(name) ? renderer->quote(name) : std::string("NULL"); };
    const std::string sql = "SELECT " + column(source.idColumn) + ", " + column(source.typeColumn) + ", "
                            + column(source.attributesColumn) + ", " + column(source.nameColumn) + ", "
                            + column(source.groupColumn) + ", " + column(source.timestampColumn) + " FROM "
                            + renderer->quote(source.table)
                            + (has(source.idColumn) ? " ORDER BY " + renderer->quote(source.idColumn) : std::string());
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    if (std::string error = execBound(query, QString::fromStdString(sql), {}, "reading the entities of " + source.table);
        !error.empty())
        return error;
    while (query.next()) {
        Entity entity;
        entity.key = query.value(0).toString().toStdString();
        entity.type = query.value(1).toString().trimmed().toStdString();
        const QByteArray attributes = query.value(2).toString().toUtf8();
        entity.name = query.value(3).toString().toStdString();
        entity.group = query.value(4).toString().toStdString();
        entity.timestamp = query.value(5).toString().toStdString();
        if (entity.type.empty())
            return source.table + ", row " + entity.key + ": the type (" + source.typeColumn + ") is empty";
        if (!attributes.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(attributes, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return source.table + ", row " + entity.key + ", column " + source.attributesColumn + ": not a JSON object ("
                       + (parseError.error != QJsonParseError::NoError ? parseError.errorString().toStdString()
                                                                       : std::string("another JSON value"))
                       + " at character " + std::to_string(parseError.offset + 1) + ")";
            entity.attributes = document.object();
        }
        // The name lives in a column of its own; to the analysis it is an attribute like the others (what other
        // entities refer to). The time it was recorded is the source's, not the entity's: it stays apart.
        if (!entity.name.empty() && !entity.attributes.contains(QString::fromStdString(source.nameColumn)))
            entity.attributes.insert(QString::fromStdString(source.nameColumn), QString::fromStdString(entity.name));
        if (!sink(std::move(entity)))
            return {};
    }
    if (query.lastError().isValid())
        return "reading the entities of " + source.table + ": " + queryError(query);
    return {};
}

}  // namespace ss::evolve
