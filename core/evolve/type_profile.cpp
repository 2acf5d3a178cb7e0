#include "core/evolve/type_profile.h"

#include <QJsonArray>

namespace ss::evolve {

std::string memberPath(const std::string& prefix, const QString& member)
{
    return prefix.empty() ? member.toStdString() : prefix + "." + member.toStdString();
}

QJsonValue valueAtPath(const QJsonObject& record, const std::string& path)
{
    QJsonValue value = record;
    const QString full = QString::fromStdString(path);
    qsizetype start = 0;
    // A member's own name may hold a dot: the longest member present at each level wins.
    while (start < full.size()) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonObject object = value.toObject();
        qsizetype end = full.size();
        bool found = false;
        while (end > start) {
            const QString member = full.mid(start, end - start);
            if (auto it = object.constFind(member); it != object.constEnd()) {
                value = *it;
                start = end + 1;
                found = true;
                break;
            }
            end = full.lastIndexOf(QLatin1Char('.'), end - 1);
            if (end < start)
                break;
        }
        if (!found)
            return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

void TypeProfile::observe(const QJsonObject& attributes)
{
    ++entities;
    observeMembers(attributes, {}, 1);
}

void TypeProfile::noteName(const std::string& name)
{
    if (!name.empty() && exampleNames.size() < kExampleLimit)
        exampleNames.push_back(name.substr(0, 80));
}

void TypeProfile::merge(const TypeProfile& later)
{
    entities += later.entities;
    withKey += later.withKey;
    withTimestamp += later.withTimestamp;
    arrayHolders += later.arrayHolders;
    maxElements = std::max(maxElements, later.maxElements);
    for (const std::string& name : later.exampleNames)
        noteName(name);
    for (const std::string& path : later.order) {
        auto [stats, inserted] = attributes.try_emplace(path);
        if (inserted) {
            stats->second.path = path;
            order.push_back(path);
        }
        stats->second.merge(later.attributes.at(path));
    }
    for (const auto& [path, elements] : later.arrays) {
        auto& slot = arrays[path];
        if (!slot) {
            slot = std::make_unique<TypeProfile>();
            slot->type = path;
        }
        slot->merge(*elements);
    }
}

const AttributeStats* TypeProfile::find(const std::string& path) const
{
    const auto it = attributes.find(path);
    return it == attributes.end() ? nullptr : &it->second;
}

void TypeProfile::observeMembers(const QJsonObject& object, const std::string& prefix, int depth)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const std::string path = memberPath(prefix, it.key());
        auto [stats, inserted] = attributes.try_emplace(path);
        if (inserted) {
            stats->second.path = path;
            order.push_back(path);
        }
        const QJsonValue value = it.value();
        stats->second.add(readValue(value));
        if (value.isObject() && depth < kNestingLimit)
            observeMembers(value.toObject(), path, depth + 1);
        else if (value.isArray())
            observeArray(path, value.toArray());
    }
}

void TypeProfile::observeArray(const std::string& path, const QJsonArray& array)
{
    auto& slot = arrays[path];
    if (!slot) {
        slot = std::make_unique<TypeProfile>();
        slot->type = path;
    }
    ++slot->arrayHolders;
    slot->maxElements = std::max<long long>(slot->maxElements, array.size());
    for (const QJsonValue& element : array) {
        if (element.isObject()) {
            slot->observe(element.toObject());
        } else {
            QJsonObject wrapped;
            wrapped.insert(QStringLiteral("value"), element);
            slot->observe(wrapped);
        }
    }
}

}  // namespace ss::evolve
