#include "core/evolve/entities_table.h"

#include "core/db/sql_exec.h"
#include "core/evolve/json_text.h"
#include "core/sql/sql_renderer.h"
#include "core/util/json_escape.h"

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
    simdjson::dom::parser parser;
    std::string text;
    while (query.next()) {
        Entity entity;
        entity.key = query.value(0).toString().toStdString();
        entity.type = query.value(1).toString().trimmed().toStdString();
        text = query.value(2).toString().trimmed().toStdString();
        entity.name = query.value(3).toString().toStdString();
        entity.group = query.value(4).toString().toStdString();
        entity.timestamp = query.value(5).toString().toStdString();
        if (entity.type.empty())
            return source.table + ", row " + entity.key + ": the type (" + source.typeColumn + ") is empty";
        if (text.empty())
            text = "{}";
        const std::string where = source.table + ", row " + entity.key + ", column " + source.attributesColumn;
        simdjson::dom::element document;
        if (const auto error = parseJson(parser, text, false, document)) {
            const JsonProblem problem = jsonProblem(text, error);
            return where + ": not a JSON object (" + problem.message + " at character " + std::to_string(problem.offset + 1) + ")";
        }
        if (document.get_object().get(entity.attributes) != simdjson::SUCCESS)
            return where + ": not a JSON object (another JSON value)";
        // The name lives in a column of its own; to the analysis it is an attribute like the others (what other
        // entities refer to). The time it was recorded is the source's, not the entity's: it stays apart.
        if (!entity.name.empty() && entity.attributes.at_key(source.nameColumn).error() == simdjson::NO_SUCH_FIELD) {
            text.insert(text.rfind('}'), std::string(entity.attributes.size() ? "," : "") + "\"" + jsonEscape(source.nameColumn)
                                             + "\":\"" + jsonEscape(entity.name) + "\"");
            if (parseJson(parser, text, false, document) != simdjson::SUCCESS)
                return where + ": the name " + entity.name + " cannot be added to the attributes";
            entity.attributes = document.get_object().value_unsafe();
        }
        if (!sink(std::move(entity)))
            return {};
    }
    if (query.lastError().isValid())
        return "reading the entities of " + source.table + ": " + queryError(query);
    return {};
}

}  // namespace ss::evolve
