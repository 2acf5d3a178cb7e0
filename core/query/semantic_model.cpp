#include "core/query/semantic_model.h"

#include "core/query/lexicon.h"
#include "core/sql/lower_types.h"

#include <algorithm>
#include <cstring>
#include <set>

namespace ss::query {

namespace {

bool hasAny(const std::vector<std::string>& words, std::initializer_list<std::string_view> wanted)
{
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return std::find(wanted.begin(), wanted.end(), w) != wanted.end(); });
}

// The columns that identify rows rather than measure them: keys, foreign keys, and names ending in id/key.
std::set<std::string> identifierColumns(const Table& table)
{
    std::set<std::string> out;
    for (const std::string& c : primaryKeyOf(table))
        out.insert(toLower(c));
    for (const ForeignKey& fk : table.foreignKeys)
        for (const std::string& c : fk.columns)
            out.insert(toLower(c));
    if (!table.surrogateKey.empty())
        out.insert(toLower(table.surrogateKey));
    return out;
}

FieldKind kindOf(const Column& column, const std::vector<std::string>& words, bool identifier)
{
    const DataType& type = column.type;
    // Keys first: inspection of a database without foreign keys may have guessed its key columns measures.
    const bool idName = !words.empty() && (words.back() == "id" || words.back() == "key" || words.back() == "uuid" || words.back() == "guid");
    if (type.isTemporal() && type.kind != TypeKind::Time && !idName)
        return FieldKind::Time;  // a date in a key (a fact's payment_date) is still a date
    if (identifier || idName || type.kind == TypeKind::Uuid)
        return FieldKind::Identifier;
    if (column.isMeasure())
        return FieldKind::Measure;
    if (type.isNumeric()) {
        if (hasAny(words, {"year", "quarter", "month", "week", "day", "hour", "rank", "code", "number", "level", "grade",
                           "zip", "postcode", "phone", "flag", "type", "status", "version", "position", "order", "sequence",
                           "clock", "timestamp", "epoch", "ns", "state", "mode", "kind", "source", "priority", "severity"}))
            return FieldKind::Dimension;
        // Codes glued to their word (evaltype, eventsource, ipmi_authtype): categories, not amounts.
        for (const std::string& w : words)
            for (const char* tail : {"type", "status", "flag", "mode", "state", "source", "kind"})
                if (w.size() > std::strlen(tail) && w.compare(w.size() - std::strlen(tail), std::string::npos, tail) == 0)
                    return FieldKind::Dimension;
        return FieldKind::Measure;
    }
    return FieldKind::Dimension;
}

// A measure that was not declared one: averaged when its name says it is a rate or a per-item figure, summed
// otherwise.
Aggregation derivedAggregation(const std::vector<std::string>& words)
{
    if (hasAny(words, {"rate", "ratio", "percent", "percentage", "score", "age", "price", "probability", "average",
                       "latitude", "longitude", "temperature", "margin", "discount", "tax", "weight", "height",
                       "width", "length", "duration", "rating", "share"}))
        return Aggregation::Avg;
    return Aggregation::Sum;
}

std::string labelOf(const Table& table, const std::vector<Field>& fields, const std::vector<int>& own)
{
    for (int f : own)
        if (fields[f].type.isText() && !fields[f].words.empty()
            && (fields[f].words.back() == "name" || fields[f].words.back() == "title" || fields[f].words.back() == "label"))
            return fields[f].column;
    for (const std::string& c : table.naturalKey)
        if (const Column* column = table.findColumn(c); column && column->type.isText())
            return column->name;
    for (int f : own)
        if (fields[f].type.isText() && fields[f].kind == FieldKind::Dimension)
            return fields[f].column;
    return {};
}

}  // namespace

bool isDateTable(const Entity& entity)
{
    static const std::set<std::string> words = {"date", "day", "calendar", "time", "period"};
    return std::any_of(entity.words.begin(), entity.words.end(), [](const std::string& w) { return words.count(w) > 0; });
}

std::vector<std::string> linkRole(std::vector<std::string> columnWords, const std::vector<std::string>& keyWords,
                                  const std::vector<std::string>& tableWords)
{
    if (!columnWords.empty() && !keyWords.empty() && columnWords.back() == keyWords.back())
        columnWords.pop_back();
    for (std::size_t i = keyWords.empty() ? 0 : keyWords.size() - 1; i > 0 && !columnWords.empty() && columnWords.back() == keyWords[i - 1]; --i)
        columnWords.pop_back();
    if (columnWords == tableWords)
        columnWords.clear();
    return columnWords;
}

int SemanticModel::findTable(std::string_view name) const
{
    for (std::size_t i = 0; i < tables.size(); ++i)
        if (equalsIgnoreCase(tables[i].name, name))
            return static_cast<int>(i);
    return -1;
}

int SemanticModel::findField(int table, std::string_view column) const
{
    if (table < 0)
        return -1;
    for (int f : tables[table].fields)
        if (equalsIgnoreCase(fields[f].column, column))
            return f;
    return -1;
}

std::string SemanticModel::qualified(int field) const
{
    return tables[fields[field].table].name + "." + fields[field].column;
}

void SemanticModel::indexLinks()
{
    outgoing.assign(tables.size(), {});
    incoming.assign(tables.size(), {});
    for (std::size_t l = 0; l < links.size(); ++l) {
        outgoing[links[l].from].push_back(static_cast<int>(l));
        incoming[links[l].to].push_back(static_cast<int>(l));
    }
}

SemanticModel buildSemanticModel(const SchemaModel& declared)
{
    // An enum column is a category and a domain column its base type: read with the types written out.
    const SchemaModel schema = lowerTypes(declared, Dialect::Sqlite);
    SemanticModel model;
    std::vector<std::string> prefixes;
    for (const Table& table : schema.tables) {
        Entity entity;
        entity.name = table.name;
        for (std::string& w : nameWords(table.name))
            if (!(entity.words.empty() && isTableKindWord(w)))
                entity.words.push_back(std::move(w));
        if (entity.words.empty())
            entity.words = nameWords(table.name);
        entity.key = primaryKeyOf(table);
        entity.description = table.description;
        std::vector<std::string> columnNames;
        for (const Column& c : table.columns)
            columnNames.push_back(c.name);
        const std::string prefix = commonColumnPrefix(columnNames);
        prefixes.push_back(prefix);
        const std::set<std::string> identifiers = identifierColumns(table);
        const int tableIndex = static_cast<int>(model.tables.size());
        bool hasMeasure = false;
        for (const Column& column : table.columns) {
            if (column.type.kind == TypeKind::Blob || column.type.kind == TypeKind::Json)
                continue;
            Field field;
            field.table = tableIndex;
            field.column = column.name;
            field.type = column.type;
            field.words = nameWords(column.name, prefix);
            field.description = column.description;
            field.kind = kindOf(column, field.words, identifiers.count(toLower(column.name)) > 0);
            if (field.kind == FieldKind::Measure) {
                // A rate or a probability is averaged even where inspection guessed a sum.
                const Aggregation derived = derivedAggregation(field.words);
                field.aggregation = !column.isMeasure() || (column.aggregation == Aggregation::Sum && derived == Aggregation::Avg)
                                        ? derived
                                        : column.aggregation;
                hasMeasure = hasMeasure || column.isMeasure();
            }
            entity.fields.push_back(static_cast<int>(model.fields.size()));
            model.fields.push_back(std::move(field));
        }
        entity.fact = table.kind == TableKind::Fact || (table.kind == TableKind::Table && hasMeasure);
        entity.label = labelOf(table, model.fields, entity.fields);
        model.tables.push_back(std::move(entity));
    }
    for (std::size_t t = 0; t < schema.tables.size(); ++t) {
        for (const ForeignKey& fk : schema.tables[t].foreignKeys) {
            const int to = model.findTable(fk.refTable);
            if (to < 0 || fk.columns.empty() || fk.columns.size() != fk.refColumns.size())
                continue;
            Link link;
            link.from = static_cast<int>(t);
            link.to = to;
            link.fromColumns = fk.columns;
            link.toColumns = fk.refColumns;
            link.role = linkRole(nameWords(fk.columns.back(), prefixes[t]), nameWords(fk.refColumns.back(), prefixes[to]),
                                 model.tables[to].words);
            model.links.push_back(std::move(link));
        }
    }
    model.indexLinks();
    return model;
}

}  // namespace ss::query
