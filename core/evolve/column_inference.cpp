#include "core/evolve/column_inference.h"

#include "core/util/snake_case.h"

#include <QJsonArray>

#include <algorithm>
#include <cctype>

namespace ss::evolve {

std::string columnNameOf(const std::string& path)
{
    // camelCase words are words of their own: unMember -> un_member.
    std::string split;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(path[i]);
        if (i > 0 && std::isupper(c) && std::islower(static_cast<unsigned char>(path[i - 1])))
            split.push_back('_');
        split.push_back(path[i]);
    }
    std::string name = snakeCase(split);
    if (name.empty())
        name = "attribute";
    if (name[0] >= '0' && name[0] <= '9')
        name = "a_" + name;
    return name;
}

namespace {

// Twice the longest value seen, on a ladder of usual sizes: the next entity is allowed a longer name.
int varcharLength(int longest)
{
    for (int size : {10, 20, 50, 100, 200, 255, 500, 1000})
        if (longest * 2 <= size)
            return size;
    return 0;
}

ValueKind dominantKind(const AttributeStats& stats)
{
    ValueKind best = ValueKind::Null;
    long long most = 0;
    for (int k = 1; k < kValueKinds; ++k)
        if (stats.kinds[k] > most) {
            most = stats.kinds[k];
            best = static_cast<ValueKind>(k);
        }
    return best;
}

const char* detectorFor(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Boolean: return "json_boolean";
    case ValueKind::Integer: return "integer";
    case ValueKind::Decimal: return "decimal";
    case ValueKind::Date: return "date";
    case ValueKind::Timestamp: return "timestamp";
    case ValueKind::Object: return "json_object";
    case ValueKind::Array: return "json_array";
    default: return "text";
    }
}

TypeConflict conflictOf(const AttributeStats& stats, std::string resolution)
{
    TypeConflict conflict;
    conflict.attribute = stats.path;
    for (int k = 1; k < kValueKinds; ++k)
        if (stats.kinds[k] > 0) {
            conflict.kinds.emplace_back(toString(static_cast<ValueKind>(k)), stats.kinds[k]);
            conflict.examples.push_back(stats.firstOfKind[k]);
        }
    conflict.resolution = std::move(resolution);
    return conflict;
}

DataType numericType(const AttributeStats& stats)
{
    if (stats.count(ValueKind::Decimal) == 0)
        return DataType::of(stats.integerDigits > 9 ? TypeKind::BigInt : TypeKind::Integer);
    const int precision = stats.integerDigits + stats.scale;
    if (stats.exponent || precision > 38 || stats.scale > 12)
        return DataType::of(TypeKind::Double);
    return DataType::decimal(std::max(precision, stats.scale + 1), stats.scale);
}

}  // namespace

InferredColumn inferColumn(const AttributeStats& stats, long long entities)
{
    InferredColumn column;
    column.path = stats.path;
    column.name = columnNameOf(stats.path);
    column.present = stats.present;
    column.coverage = entities ? double(stats.present) / double(entities) : 0;
    column.nullable = stats.present < entities || stats.count(ValueKind::Null) > 0;
    column.distinct = static_cast<long long>(stats.distinct.size());
    column.distinctComplete = stats.distinctComplete;
    column.examples = stats.examples;
    const ValueKind dominant = dominantKind(stats);
    column.detector = detectorFor(dominant);

    const long long objects = stats.count(ValueKind::Object) + stats.count(ValueKind::Array);
    const long long numbers = stats.count(ValueKind::Integer) + stats.count(ValueKind::Decimal);
    const long long temporal = stats.count(ValueKind::Date) + stats.count(ValueKind::Timestamp);
    const long long scalars = stats.nonNull() - objects;
    if (objects > 0) {
        column.type = DataType::of(TypeKind::Json);
        if (scalars > 0)
            column.conflicts.push_back(conflictOf(stats, "kept as JSON: objects or arrays and plain values share the attribute"));
        return column;
    }
    if (stats.nonNull() == 0) {
        column.type = DataType::of(TypeKind::Text);
        return column;
    }
    if (stats.count(ValueKind::Boolean) == scalars) {
        column.type = DataType::of(TypeKind::Boolean);
    } else if (numbers == scalars) {
        column.type = numericType(stats);
    } else if (temporal == scalars) {
        column.type = DataType::of(stats.count(ValueKind::Timestamp) > 0 ? TypeKind::Timestamp : TypeKind::Date);
    } else {
        const int length = varcharLength(stats.maxLength);
        column.type = length ? DataType::varchar(length) : DataType::of(TypeKind::Text);
        if (stats.scalarKinds() > 1) {
            column.type = DataType::of(TypeKind::Text);
            column.conflicts.push_back(
                conflictOf(stats, "kept as text, each value as it was written: choose a type and clean the values to change it"));
        }
    }
    const bool category = column.type.isText() || column.type.kind == TypeKind::Integer;
    const long long nonNull = stats.nonNull();
    if (category && stats.distinctComplete && column.distinct <= 20 && column.distinct * 3 <= nonNull && nonNull >= 6) {
        column.enumLike = true;
        std::vector<std::pair<std::string, long long>> values(stats.distinct.begin(), stats.distinct.end());
        std::sort(values.begin(), values.end(),
                  [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
        column.topValues = std::move(values);
    }
    return column;
}

QJsonObject toJson(const TypeConflict& conflict)
{
    QJsonObject kinds;
    for (const auto& [kind, count] : conflict.kinds)
        kinds.insert(QString::fromStdString(kind), double(count));
    QJsonArray examples;
    for (const std::string& e : conflict.examples)
        examples.append(QString::fromStdString(e));
    return QJsonObject{{QStringLiteral("attribute"), QString::fromStdString(conflict.attribute)},
                       {QStringLiteral("kinds"), kinds},
                       {QStringLiteral("examples"), examples},
                       {QStringLiteral("resolution"), QString::fromStdString(conflict.resolution)}};
}

QJsonObject toJson(const InferredColumn& column)
{
    QJsonArray examples;
    for (const std::string& e : column.examples)
        examples.append(QString::fromStdString(e));
    QJsonObject json{{QStringLiteral("name"), QString::fromStdString(column.name)},
                     {QStringLiteral("attribute"), QString::fromStdString(column.path)},
                     {QStringLiteral("type"), QString::fromStdString(column.type.toString())},
                     {QStringLiteral("nullable"), column.nullable},
                     {QStringLiteral("coverage"), column.coverage},
                     {QStringLiteral("detector"), QString::fromStdString(column.detector)},
                     {QStringLiteral("examples"), examples}};
    if (column.distinctComplete)
        json.insert(QStringLiteral("distinct"), double(column.distinct));
    if (column.enumLike) {
        QJsonArray values;
        for (const auto& [value, count] : column.topValues)
            values.append(QJsonObject{{QStringLiteral("value"), QString::fromStdString(value)},
                                      {QStringLiteral("count"), double(count)}});
        json.insert(QStringLiteral("values"), values);
    }
    if (!column.conflicts.empty()) {
        QJsonArray conflicts;
        for (const TypeConflict& c : column.conflicts)
            conflicts.append(toJson(c));
        json.insert(QStringLiteral("conflicts"), conflicts);
    }
    return json;
}

}  // namespace ss::evolve
