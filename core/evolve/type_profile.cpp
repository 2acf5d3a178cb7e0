#include "core/evolve/type_profile.h"

namespace ss::evolve {

std::optional<simdjson::dom::element> valueAtPath(simdjson::dom::object record, const std::string& path)
{
    const std::string_view full(path);
    simdjson::dom::object object = record;
    simdjson::dom::element value;
    std::size_t start = 0;
    // A member's own name may hold a dot: the longest member present at each level wins.
    while (start < full.size()) {
        if (start > 0 && value.get_object().get(object) != simdjson::SUCCESS)
            return std::nullopt;
        std::size_t end = full.size();
        bool found = false;
        while (end > start) {
            if (object.at_key(full.substr(start, end - start)).get(value) == simdjson::SUCCESS) {
                start = end + 1;
                found = true;
                break;
            }
            const std::size_t dot = full.rfind('.', end - 1);
            if (dot == std::string_view::npos || dot < start)
                break;
            end = dot;
        }
        if (!found)
            return std::nullopt;
    }
    if (start == 0)
        return std::nullopt;
    return value;
}

namespace {

// The reading of the value in hand: one per thread, its text's capacity kept from value to value.
thread_local ValueReading t_reading;

}  // namespace

void TypeProfile::observe(simdjson::dom::object attributes, std::string_view omitted)
{
    ++entities;
    m_path.clear();
    observeMembers(attributes, 1, omitted);
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
    for (const std::string& path : later.order)
        statsOf(path).merge(later.attributes.at(path));
    for (const auto& [path, elements] : later.arrays)
        elementsOf(path).merge(*elements);
}

const AttributeStats* TypeProfile::find(const std::string& path) const
{
    const auto it = attributes.find(path);
    return it == attributes.end() ? nullptr : &it->second;
}

AttributeStats& TypeProfile::statsOf(std::string_view path)
{
    if (auto it = attributes.find(path); it != attributes.end())
        return it->second;
    AttributeStats& stats = attributes.emplace(std::string(path), AttributeStats{}).first->second;
    stats.path = path;
    order.emplace_back(path);
    return stats;
}

TypeProfile& TypeProfile::elementsOf(std::string_view path)
{
    if (auto it = arrays.find(path); it != arrays.end())
        return *it->second;
    auto& slot = arrays.emplace(std::string(path), std::make_unique<TypeProfile>()).first->second;
    slot->type = path;
    return *slot;
}

void TypeProfile::observeMembers(simdjson::dom::object object, int depth, std::string_view omitted)
{
    const std::size_t prefix = m_path.size();
    for (const simdjson::dom::key_value_pair member : object) {
        if (depth == 1 && !omitted.empty() && member.key == omitted)
            continue;
        m_path.resize(prefix);
        if (prefix)
            m_path += '.';
        m_path += member.key;
        readValue(member.value, t_reading);
        statsOf(m_path).add(t_reading);
        if (t_reading.kind == ValueKind::Object && depth < kNestingLimit)
            observeMembers(member.value.get_object().value_unsafe(), depth + 1, {});
        else if (t_reading.kind == ValueKind::Array)
            elementsOf(m_path).observeArray(member.value.get_array().value_unsafe());
    }
    m_path.resize(prefix);
}

void TypeProfile::observeArray(simdjson::dom::array array)
{
    ++arrayHolders;
    maxElements = std::max<long long>(maxElements, static_cast<long long>(array.size()));
    for (const simdjson::dom::element element : array) {
        if (element.is_object()) {
            observe(element.get_object().value_unsafe());
            continue;
        }
        ++entities;
        readValue(element, t_reading);
        statsOf("value").add(t_reading);
        if (t_reading.kind == ValueKind::Array)
            elementsOf("value").observeArray(element.get_array().value_unsafe());
    }
}

}  // namespace ss::evolve
