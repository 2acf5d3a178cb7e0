#include "core/evolve/entity_layout.h"

#include "core/query/lexicon.h"
#include "core/util/snake_case.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace ss::evolve {

namespace {

std::string tableNameFor(const std::string& singular, const SchemaModel& current, const std::string& keyColumn, bool& existing)
{
    std::vector<std::string> words = query::nameWords(singular);
    // A name that ends in a number (iso_3166_2) is a code, not a noun: it stays as it is.
    const bool code = !singular.empty() && std::isdigit(static_cast<unsigned char>(singular.back()));
    std::string plural = code ? singular : snakeCase(query::pluralWords(words.empty() ? std::vector<std::string>{singular} : words));
    if (plural.empty())
        plural = "entities";
    existing = false;
    const Table* taken = current.findTable(plural);
    if (!taken)
        return plural;
    if (taken->findColumn(keyColumn)) {
        existing = true;
        return taken->name;
    }
    std::string name = plural + "_details";
    for (int n = 2; current.findTable(name); ++n)
        name = plural + "_details_" + std::to_string(n);
    return name;
}

// Direct members of the object at `path`, by name.
std::vector<const AttributeStats*> membersOf(const TypeProfile& profile, const std::string& path)
{
    std::vector<const AttributeStats*> members;
    const std::string prefix = path + ".";
    for (const std::string& p : profile.order)
        if (p.size() > prefix.size() && p.compare(0, prefix.size(), prefix) == 0
            && p.find('.', prefix.size()) == std::string::npos)
            members.push_back(profile.find(p));
    return members;
}

void collectColumns(const TypeProfile& profile, const std::string& parent, const AnalysisOptions& options,
                    const std::string& keyAttribute, EntityLayout& layout)
{
    for (const std::string& path : profile.order) {
        const bool topLevel = path.find('.') == std::string::npos;
        if (parent.empty() ? !topLevel : path.compare(0, parent.size() + 1, parent + ".") != 0
                                             || path.find('.', parent.size() + 1) != std::string::npos)
            continue;
        if (path == keyAttribute)
            continue;
        const AttributeStats& stats = *profile.find(path);
        if (profile.coverage(stats) < options.minCoverage)
            continue;
        const long long objects = stats.count(ValueKind::Object);
        const long long arrays = stats.count(ValueKind::Array);
        if (objects > 0 && objects == stats.nonNull()) {
            const auto members = membersOf(profile, path);
            if (members.empty() || members.size() > kMapMemberLimit) {
                layout.columns.push_back(inferColumn(stats, profile.entities));
                if (members.size() > kMapMemberLimit)
                    layout.jsonMaps.push_back(path);
            } else {
                collectColumns(profile, path, options, keyAttribute, layout);
            }
            continue;
        }
        if (arrays > 0 && arrays == stats.nonNull() && profile.arrays.count(path)
            && profile.arrays.at(path)->entities > 0) {
            layout.arrays.push_back(path);
            continue;
        }
        layout.columns.push_back(inferColumn(stats, profile.entities));
    }
}

DataType keyTypeOf(const AttributeStats& stats)
{
    if (stats.count(ValueKind::Integer) == stats.present)
        return DataType::of(stats.integerDigits > 9 ? TypeKind::BigInt : TypeKind::Integer);
    for (int size : {20, 50, 100, 255})
        if (stats.maxLength <= size)
            return DataType::varchar(size);
    return DataType::varchar(1000);
}

}  // namespace

std::string referringColumnName(const EntityLayout& layout)
{
    if (layout.keyColumn.rfind(layout.singular + "_", 0) == 0)
        return layout.keyColumn;
    return layout.singular + "_" + layout.keyColumn;
}

std::vector<EntityLayout> layoutEntities(const CollectionProfile& profile, const AnalysisOptions& options,
                                         const SchemaModel& current, const std::string& entitiesTable)
{
    std::vector<EntityLayout> layouts;
    std::set<std::string> usedTables;
    for (const TypeProfile& type : profile.types()) {
        if (type.entities < options.minEntities)
            continue;
        EntityLayout layout;
        layout.type = type.type;
        layout.singular = snakeCase(type.type);
        if (layout.singular.empty())
            layout.singular = "entity";
        layout.profile = &type;
        const AttributeStats* id = type.find("id");
        if (id && id->present == type.entities && id->isKeyLike()) {
            layout.key = {EntityKeyRule::Source::Attribute, "id"};
            layout.keyColumn = "id";
            layout.keyType = keyTypeOf(*id);
        } else if (type.withKey == type.entities && !entitiesTable.empty()) {
            layout.key = {EntityKeyRule::Source::EntityId, {}};
            layout.keyColumn = "entity_id";
            layout.keyType = DataType::of(TypeKind::BigInt);
            if (const Table* entities = current.findTable(entitiesTable)) {
                const std::vector<std::string> pk = primaryKeyOf(*entities);
                if (pk.size() == 1)
                    if (const Column* c = entities->findColumn(pk.front())) {
                        layout.keyType = c->type;
                        layout.entitiesTable = entities->name;
                        layout.entitiesKey = c->name;
                    }
            }
        } else {
            layout.key = {EntityKeyRule::Source::Position, {}};
            layout.keyColumn = layout.singular + "_id";
            layout.keyType = DataType::of(TypeKind::Integer);
        }
        layout.table = tableNameFor(layout.singular, current, layout.keyColumn, layout.existing);
        if (!usedTables.insert(layout.table).second)
            continue;  // two types named alike ("Person", "person"): the first keeps the table
        collectColumns(type, {}, options, layout.key.attribute, layout);
        // Columns named alike after flattening (a.b_c, a_b.c) keep the first.
        std::set<std::string> names{layout.keyColumn};
        for (InferredColumn& c : layout.columns)
            if (c.name == layout.keyColumn)
                c.name = "source_" + c.name;
        std::erase_if(layout.columns, [&](const InferredColumn& c) { return !names.insert(c.name).second; });
        layouts.push_back(std::move(layout));
    }
    return layouts;
}

}  // namespace ss::evolve

namespace ss::evolve {

std::string childTableName(const EntityLayout& layout, const std::string& arrayPath)
{
    return layout.singular + "_" + columnNameOf(arrayPath);
}

std::string elementValueColumn(const std::string& arrayPath)
{
    const std::size_t dot = arrayPath.rfind('.');
    const std::string last = dot == std::string::npos ? arrayPath : arrayPath.substr(dot + 1);
    std::string words;
    for (const std::string& w : query::nameWords(snakeCase(last)))
        words += (words.empty() ? "" : "_") + w;
    if (words.empty() || words == "position")
        words = "value";
    return words;
}

std::vector<InferredColumn> elementColumns(const TypeProfile& elements, const AnalysisOptions& options)
{
    std::vector<InferredColumn> columns;
    for (const std::string& path : elements.order) {
        const AttributeStats& stats = *elements.find(path);
        if (elements.coverage(stats) < options.minCoverage)
            continue;
        if (stats.count(ValueKind::Object) == stats.nonNull() && stats.nonNull() > 0)
            continue;  // its members are columns of their own
        columns.push_back(inferColumn(stats, elements.entities));
    }
    return columns;
}

}  // namespace ss::evolve
