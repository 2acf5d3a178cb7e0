#include "core/query/semantic_file.h"

#include <yaml-cpp/yaml.h>

#include <fstream>

namespace ss::query {

namespace {

std::string at(const std::string& path, const YAML::Mark& mark)
{
    return path + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

// "table" or "table.column": the table and field indexes (field -1 for a table); false when unknown.
bool findName(const SemanticModel& model, const std::string& name, int& table, int& field)
{
    const std::size_t dot = name.find('.');
    table = model.findTable(name.substr(0, dot));
    field = -1;
    if (table < 0)
        return false;
    if (dot == std::string::npos)
        return true;
    field = model.findField(table, name.substr(dot + 1));
    return field >= 0;
}

}  // namespace

std::string applySemanticFile(const std::string& path, SemanticModel& model)
{
    YAML::Node root;
    try {
        root = YAML::LoadFile(path);
    } catch (const YAML::BadFile&) {
        return path + ": cannot be read";
    } catch (const YAML::Exception& e) {
        return at(path, e.mark) + ": " + e.msg;
    }
    if (root.IsNull())
        return {};
    if (!root.IsMap())
        return at(path, root.Mark()) + ": expected a mapping with synonyms, preferred_measures and default_time";
    for (const auto& entry : root) {
        const std::string key = entry.first.as<std::string>();
        const YAML::Node& value = entry.second;
        if (key == "synonyms") {
            if (!value.IsMap())
                return at(path, value.Mark()) + ": synonyms must map table or table.column names to lists of words";
            for (const auto& item : value) {
                const std::string name = item.first.as<std::string>();
                int table = -1, field = -1;
                if (!findName(model, name, table, field))
                    return at(path, item.first.Mark()) + ": no table or column named '" + name + "'";
                if (!item.second.IsSequence())
                    return at(path, item.second.Mark()) + ": the synonyms of '" + name + "' must be a list";
                for (const auto& word : item.second) {
                    if (!word.IsScalar())
                        return at(path, word.Mark()) + ": a synonym must be text";
                    (field >= 0 ? model.fields[field].synonyms : model.tables[table].synonyms).push_back(word.as<std::string>());
                }
            }
        } else if (key == "preferred_measures") {
            if (!value.IsSequence())
                return at(path, value.Mark()) + ": preferred_measures must be a list of table.column names";
            for (const auto& item : value) {
                int table = -1, field = -1;
                if (!item.IsScalar() || !findName(model, item.as<std::string>(), table, field) || field < 0)
                    return at(path, item.Mark()) + ": no column named '" + (item.IsScalar() ? item.as<std::string>() : std::string()) + "'";
                model.preferredMeasures.push_back(model.qualified(field));
            }
        } else if (key == "default_time") {
            int table = -1, field = -1;
            if (!value.IsScalar() || !findName(model, value.as<std::string>(), table, field) || field < 0)
                return at(path, value.Mark()) + ": default_time must name a date column as table.column";
            model.defaultTime = model.qualified(field);
        } else {
            return at(path, entry.first.Mark()) + ": unknown key '" + key + "' (synonyms, preferred_measures, default_time)";
        }
    }
    return {};
}

void overlaySpec(SchemaModel& live, const SchemaModel& spec)
{
    for (Table& table : live.tables) {
        const Table* described = spec.findTable(table.name);
        if (!described)
            continue;
        table.kind = described->kind;
        if (table.description.empty())
            table.description = described->description;
        if (table.naturalKey.empty())
            table.naturalKey = described->naturalKey;
        for (Column& column : table.columns) {
            const Column* c = described->findColumn(column.name);
            if (!c)
                continue;
            if (column.description.empty())
                column.description = c->description;
            column.aggregation = c->aggregation;
        }
    }
}

}  // namespace ss::query
