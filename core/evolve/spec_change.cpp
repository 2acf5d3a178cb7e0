#include "core/evolve/spec_change.h"

#include "core/evolve/json_lists.h"

#include "core/spec/data_type.h"
#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_writer.h"

#include <QJsonArray>

#include <algorithm>

namespace ss::evolve {

std::vector<std::string> SpecChange::tableNames() const
{
    std::vector<std::string> names;
    const auto add = [&](const std::string& name) {
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    };
    for (const Table& t : tables)
        add(t.name);
    for (const auto& [table, column] : columns)
        add(table);
    for (const auto& [table, fk] : foreignKeys)
        add(table);
    for (const auto& [table, index] : indexes)
        add(table);
    return names;
}

std::string addChange(SchemaModel& model, const SpecChange& change)
{
    SchemaModel result = model;
    for (const Table& table : change.tables) {
        if (result.findTable(table.name))
            return "the schema has a table " + table.name + " already";
        result.tables.push_back(table);
    }
    const auto existing = [&](const std::string& name, Table*& out) -> std::string {
        out = result.findTable(name);
        return out ? std::string() : "the schema has no table " + name;
    };
    Table* table = nullptr;
    for (const auto& [name, column] : change.columns) {
        if (std::string e = existing(name, table); !e.empty())
            return e;
        if (table->findColumn(column.name))
            return "the table " + name + " has a column " + column.name + " already";
        table->columns.push_back(column);
    }
    for (const auto& [name, fk] : change.foreignKeys) {
        if (std::string e = existing(name, table); !e.empty())
            return e;
        if (!result.findTable(fk.refTable))
            return "the schema has no table " + fk.refTable + " for " + name + " to refer to";
        table->foreignKeys.push_back(fk);
    }
    for (const auto& [name, index] : change.indexes) {
        if (std::string e = existing(name, table); !e.empty())
            return e;
        table->indexes.push_back(index);
    }
    model = std::move(result);
    return {};
}

void removeChange(SchemaModel& model, const SpecChange& change)
{
    for (const auto& [name, index] : change.indexes)
        if (Table* t = model.findTable(name))
            std::erase_if(t->indexes, [&](const Index& i) { return equalsIgnoreCase(i.name, index.name); });
    for (const auto& [name, fk] : change.foreignKeys)
        if (Table* t = model.findTable(name))
            std::erase_if(t->foreignKeys, [&](const ForeignKey& f) {
                return f.columns == fk.columns && equalsIgnoreCase(f.refTable, fk.refTable);
            });
    for (const auto& [name, column] : change.columns)
        if (Table* t = model.findTable(name))
            std::erase_if(t->columns, [&](const Column& c) { return equalsIgnoreCase(c.name, column.name); });
    for (const Table& table : change.tables)
        std::erase_if(model.tables, [&](const Table& t) { return equalsIgnoreCase(t.name, table.name); });
}

namespace {



QString text(const std::string& s) { return QString::fromStdString(s); }
std::string text(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString().toStdString(); }

}  // namespace

QJsonObject toJson(const SpecChange& change)
{
    QJsonObject json;
    if (!change.tables.empty()) {
        SchemaModel tables;
        tables.tables = change.tables;
        json.insert(QStringLiteral("tablesYaml"), text(saveSchemaYaml(tables)));
    }
    QJsonArray columns;
    for (const auto& [table, column] : change.columns)
        columns.append(QJsonObject{{QStringLiteral("table"), text(table)},
                                   {QStringLiteral("name"), text(column.name)},
                                   {QStringLiteral("type"), text(column.type.toString())},
                                   {QStringLiteral("nullable"), column.nullable},
                                   {QStringLiteral("description"), text(column.description)}});
    QJsonArray foreignKeys;
    for (const auto& [table, fk] : change.foreignKeys)
        foreignKeys.append(QJsonObject{{QStringLiteral("table"), text(table)},
                                       {QStringLiteral("name"), text(fk.name)},
                                       {QStringLiteral("columns"), stringArray(fk.columns)},
                                       {QStringLiteral("refTable"), text(fk.refTable)},
                                       {QStringLiteral("refColumns"), stringArray(fk.refColumns)}});
    QJsonArray indexes;
    for (const auto& [table, index] : change.indexes)
        indexes.append(QJsonObject{{QStringLiteral("table"), text(table)},
                                   {QStringLiteral("name"), text(index.name)},
                                   {QStringLiteral("columns"), stringArray(index.columns)},
                                   {QStringLiteral("unique"), index.unique}});
    json.insert(QStringLiteral("columns"), columns);
    json.insert(QStringLiteral("foreignKeys"), foreignKeys);
    json.insert(QStringLiteral("indexes"), indexes);
    return json;
}

std::string specChangeFromJson(const QJsonObject& json, SpecChange& change)
{
    change = {};
    const std::string yaml = text(json, "tablesYaml");
    if (!yaml.empty()) {
        LoadResult loaded = loadSchemaYaml(yaml);
        if (!loaded.ok())
            return "the proposal's tables do not read back: " + loaded.diagnostics.front().message;
        change.tables = std::move(loaded.model.tables);
    }
    for (const QJsonValue& v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        Column column;
        column.name = text(o, "name");
        const TypeParseResult type = parseDataType(text(o, "type"));
        if (!type.type)
            return "the proposal's column " + column.name + " has no valid type: " + type.error;
        column.type = *type.type;
        column.nullable = o.value(QStringLiteral("nullable")).toBool(true);
        column.description = text(o, "description");
        change.columns.emplace_back(text(o, "table"), column);
    }
    for (const QJsonValue& v : json.value(QStringLiteral("foreignKeys")).toArray()) {
        const QJsonObject o = v.toObject();
        ForeignKey fk;
        fk.name = text(o, "name");
        fk.columns = stringList(o.value(QStringLiteral("columns")));
        fk.refTable = text(o, "refTable");
        fk.refColumns = stringList(o.value(QStringLiteral("refColumns")));
        change.foreignKeys.emplace_back(text(o, "table"), fk);
    }
    for (const QJsonValue& v : json.value(QStringLiteral("indexes")).toArray()) {
        const QJsonObject o = v.toObject();
        Index index;
        index.name = text(o, "name");
        index.columns = stringList(o.value(QStringLiteral("columns")));
        index.unique = o.value(QStringLiteral("unique")).toBool();
        change.indexes.emplace_back(text(o, "table"), index);
    }
    return {};
}

}  // namespace ss::evolve
