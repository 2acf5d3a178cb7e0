#include "core/evolve/backfill.h"

#include "core/db/sql_exec.h"
#include "core/evolve/type_profile.h"
#include "core/evolve/value_kinds.h"
#include "core/sql/sql_renderer.h"

#include <QSqlQuery>

#include <map>
#include <set>
#include <unordered_map>

namespace ss::evolve {

namespace {

QVariant nullValue() { return QVariant(QMetaType::fromType<QString>()); }

// A JSON value (nothing when absent) as the column of `type` holds it.
QVariant columnValue(std::optional<simdjson::dom::element> value, const DataType& type)
{
    if (!value || value->is_null())
        return nullValue();
    if (type.kind == TypeKind::Json)
        return QString::fromStdString(simdjson::minify(*value));
    if (value->is_object() || value->is_array())
        return nullValue();
    const ValueReading reading = readValue(*value);
    const QString text = QString::fromStdString(reading.text);
    if (type.isText())
        return value->is_string() ? QString::fromStdString(textOf(*value)) : text;
    if (type.kind == TypeKind::Boolean)
        return reading.kind == ValueKind::Boolean ? QVariant(value->get_bool().value_unsafe()) : nullValue();
    if (type.isInteger())
        return reading.kind == ValueKind::Integer ? QVariant::fromValue<qlonglong>(text.toLongLong()) : nullValue();
    if (type.kind == TypeKind::Double || type.kind == TypeKind::Real)
        return value->is_number() ? QVariant(value->get_double().value_unsafe()) : nullValue();
    if (type.kind == TypeKind::Decimal)
        return value->is_number() ? QVariant(text) : nullValue();
    if (type.isTemporal())
        return reading.kind == ValueKind::Date || reading.kind == ValueKind::Timestamp ? QVariant(text) : nullValue();
    return text;
}

QVariant keyValue(const QString& text, const DataType& type)
{
    if (type.isInteger()) {
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (ok)
            return QVariant::fromValue<qlonglong>(n);
    }
    return text;
}

// The key an entity has in the tables made for its type.
QString entityKey(const Entity& entity, const EntityKeyRule& rule, long long position)
{
    switch (rule.source) {
    case EntityKeyRule::Source::EntityId: return QString::fromStdString(entity.key);
    case EntityKeyRule::Source::Attribute: {
        const auto v = valueAtPath(entity.attributes, rule.attribute);
        return v ? QString::fromStdString(textOf(*v)) : QString();
    }
    case EntityKeyRule::Source::Position: return QString::number(position);
    }
    return {};
}

DataType typeOf(const Table& table, const std::string& column)
{
    const Column* c = table.findColumn(column);
    return c ? c->type : DataType::of(TypeKind::Text);
}

struct Rows {
    std::vector<std::string> columns;
    std::vector<QVariantList> values;
};

std::string collect(DatabaseConnection& connection, const BackfillRecipe& recipe, const EntitySources& sources,
                    const Table& table, const std::atomic<bool>* cancel, Rows& rows)
{
    std::unordered_map<std::string, long long> positions;
    std::map<std::string, std::pair<std::set<QString>, std::set<QString>>> groups;  // Pairs: keys of each type per group
    const DataType keyType = typeOf(table, recipe.keyColumn);
    const EntitySink sink = [&](Entity&& entity) {
        const long long position = ++positions[entity.type];
        const bool first = entity.type == recipe.entityType;
        const bool second = recipe.kind == BackfillRecipe::Kind::Pairs && entity.type == recipe.otherType;
        if (!first && !second)
            return true;
        switch (recipe.kind) {
        case BackfillRecipe::Kind::Rows:
        case BackfillRecipe::Kind::Column: {
            QVariantList row{keyValue(entityKey(entity, recipe.key, position), keyType)};
            for (const auto& [column, path] : recipe.columns)
                row.append(columnValue(valueAtPath(entity.attributes, path), typeOf(table, column)));
            rows.values.push_back(std::move(row));
            break;
        }
        case BackfillRecipe::Kind::Elements: {
            const auto value = valueAtPath(entity.attributes, recipe.arrayPath);
            simdjson::dom::array array;
            if (!value || value->get_array().get(array) != simdjson::SUCCESS)
                break;
            const QVariant key = keyValue(entityKey(entity, recipe.key, position), keyType);
            int index = 0;
            for (const simdjson::dom::element element : array) {
                QVariantList row{key, ++index};
                for (const auto& [column, path] : recipe.columns) {
                    const auto value = element.is_object() ? valueAtPath(element.get_object().value_unsafe(), path)
                                       : path == "value"   ? std::optional(element)
                                                           : std::nullopt;
                    row.append(columnValue(value, typeOf(table, column)));
                }
                rows.values.push_back(std::move(row));
            }
            break;
        }
        case BackfillRecipe::Kind::Pairs: {
            if (entity.group.empty())
                break;
            auto& [a, b] = groups[entity.group];
            (first ? a : b).insert(entityKey(entity, first ? recipe.key : recipe.otherKey, position));
            break;
        }
        case BackfillRecipe::Kind::None: break;
        }
        return true;
    };
    if (std::string error = readEntities(sources, &connection, sink, cancel); !error.empty())
        return error;
    switch (recipe.kind) {
    case BackfillRecipe::Kind::Rows:
        rows.columns.push_back(recipe.keyColumn);
        for (const auto& [column, path] : recipe.columns)
            rows.columns.push_back(column);
        break;
    case BackfillRecipe::Kind::Column:
        rows.columns = {recipe.keyColumn, recipe.columns.front().first};
        break;
    case BackfillRecipe::Kind::Elements:
        rows.columns = {recipe.keyColumn, recipe.positionColumn};
        for (const auto& [column, path] : recipe.columns)
            rows.columns.push_back(column);
        break;
    case BackfillRecipe::Kind::Pairs: {
        rows.columns = {recipe.keyColumn, recipe.otherKeyColumn, recipe.groupColumn};
        const DataType otherType = typeOf(table, recipe.otherKeyColumn);
        for (const auto& [group, keys] : groups)
            for (const QString& a : keys.first)
                for (const QString& b : keys.second)
                    rows.values.push_back({keyValue(a, keyType), keyValue(b, otherType), QString::fromStdString(group)});
        break;
    }
    case BackfillRecipe::Kind::None: break;
    }
    return {};
}

}  // namespace

BackfillResult runBackfill(DatabaseConnection& connection, const BackfillRecipe& recipe, const EntitySources& sources,
                           const SchemaModel& model, const std::atomic<bool>* cancel,
                           const std::function<void(long long rows)>& onRows)
{
    BackfillResult result;
    if (recipe.kind == BackfillRecipe::Kind::None)
        return result;
    const Table* table = model.findTable(recipe.table);
    if (!table) {
        result.error = "the schema has no table " + recipe.table + " to fill";
        return result;
    }
    // Read everything first: a table of entities may be read on the same connection the rows are written to.
    Rows rows;
    if (std::string error = collect(connection, recipe, sources, *table, cancel, rows); !error.empty()) {
        result.error = "reading the entities for " + recipe.table + ": " + error;
        return result;
    }
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
    }
    const auto renderer = makeRenderer(connection.dialect());
    std::string sql;
    if (recipe.kind == BackfillRecipe::Kind::Column) {
        sql = "UPDATE " + renderer->quote(recipe.table) + " SET " + renderer->quote(rows.columns[1]) + " = ? WHERE "
              + renderer->quote(rows.columns[0]) + " = ?";
    } else {
        std::string names, marks;
        for (const std::string& c : rows.columns) {
            names += (names.empty() ? "" : ", ") + renderer->quote(c);
            marks += marks.empty() ? "?" : ", ?";
        }
        sql = "INSERT INTO " + renderer->quote(recipe.table) + " (" + names + ") VALUES (" + marks + ")";
    }
    QSqlDatabase& db = connection.db();
    if (!db.transaction()) {
        result.error = "filling " + recipe.table + ": cannot begin a transaction";
        return result;
    }
    QSqlQuery query(db);
    if (!query.prepare(QString::fromStdString(sql))) {
        result.error = "filling " + recipe.table + ": " + queryError(query);
        db.rollback();
        return result;
    }
    for (const QVariantList& row : rows.values) {
        if (cancel && cancel->load()) {
            db.rollback();
            result.cancelled = true;
            result.rows = 0;
            return result;
        }
        const QVariantList values = recipe.kind == BackfillRecipe::Kind::Column ? QVariantList{row[1], row[0]} : row;
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        if (!query.exec()) {
            result.error = "filling " + recipe.table + ", row " + std::to_string(result.rows + 1) + " (key "
                           + row[0].toString().toStdString() + "): " + queryError(query);
            db.rollback();
            result.rows = 0;
            return result;
        }
        ++result.rows;
        if (onRows && result.rows % 1000 == 0)
            onRows(result.rows);
    }
    if (!db.commit()) {
        result.error = "filling " + recipe.table + ": the commit failed";
        db.rollback();
        result.rows = 0;
        return result;
    }
    if (onRows)
        onRows(result.rows);
    return result;
}

}  // namespace ss::evolve
