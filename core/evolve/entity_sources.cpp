#include "core/evolve/entity_sources.h"

#include <QFileInfo>
#include <QJsonArray>

namespace ss::evolve {

std::string readEntities(const EntitySources& sources, DatabaseConnection* connection, const EntitySink& sink,
                         const std::atomic<bool>* cancel, std::atomic<long long>* bytesRead)
{
    bool stopped = false;
    const EntitySink guarded = [&](Entity&& entity) {
        if ((cancel && cancel->load()) || !sink(std::move(entity))) {
            stopped = true;
            return false;
        }
        return true;
    };
    for (const EntityFile& file : sources.files) {
        if (std::string error = readEntityFile(file, guarded, bytesRead); !error.empty())
            return error;
        if (stopped)
            return {};
    }
    if (sources.table) {
        if (!connection || !connection->isOpen())
            return "the entities table " + sources.table->table + " needs a database (--db)";
        return readEntitiesTable(*connection, *sources.table, guarded);
    }
    return {};
}

QJsonObject toJson(const EntitySources& sources)
{
    QJsonArray files;
    for (const EntityFile& file : sources.files)
        files.append(QJsonObject{{QStringLiteral("path"), QFileInfo(QString::fromStdString(file.path)).absoluteFilePath()},
                                 {QStringLiteral("type"), QString::fromStdString(file.type)},
                                 {QStringLiteral("typeField"), QString::fromStdString(file.typeField)}});
    QJsonObject json{{QStringLiteral("files"), files}};
    if (sources.table) {
        const EntitiesTable& t = *sources.table;
        json.insert(QStringLiteral("table"),
                    QJsonObject{{QStringLiteral("table"), QString::fromStdString(t.table)},
                                {QStringLiteral("idColumn"), QString::fromStdString(t.idColumn)},
                                {QStringLiteral("typeColumn"), QString::fromStdString(t.typeColumn)},
                                {QStringLiteral("attributesColumn"), QString::fromStdString(t.attributesColumn)},
                                {QStringLiteral("nameColumn"), QString::fromStdString(t.nameColumn)},
                                {QStringLiteral("groupColumn"), QString::fromStdString(t.groupColumn)},
                                {QStringLiteral("timestampColumn"), QString::fromStdString(t.timestampColumn)}});
    }
    return json;
}

EntitySources entitySourcesFromJson(const QJsonObject& json)
{
    EntitySources sources;
    for (const QJsonValue& value : json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = value.toObject();
        EntityFile file;
        file.path = f.value(QStringLiteral("path")).toString().toStdString();
        file.type = f.value(QStringLiteral("type")).toString().toStdString();
        file.typeField = f.value(QStringLiteral("typeField")).toString().toStdString();
        sources.files.push_back(file);
    }
    if (json.contains(QStringLiteral("table"))) {
        const QJsonObject t = json.value(QStringLiteral("table")).toObject();
        EntitiesTable table;
        const auto text = [&](const char* key) { return t.value(QLatin1String(key)).toString().toStdString(); };
        table.table = text("table");
        table.idColumn = text("idColumn");
        table.typeColumn = text("typeColumn");
        table.attributesColumn = text("attributesColumn");
        table.nameColumn = text("nameColumn");
        table.groupColumn = text("groupColumn");
        table.timestampColumn = text("timestampColumn");
        sources.table = table;
    }
    return sources;
}

}  // namespace ss::evolve
