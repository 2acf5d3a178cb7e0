#include "core/evolve/attribute_stats.h"

#include <algorithm>

namespace ss::evolve {

void AttributeStats::add(const ValueReading& reading)
{
    ++present;
    const int kind = static_cast<int>(reading.kind);
    if (kinds[kind]++ == 0)
        firstOfKind[kind] = reading.text.empty() ? std::string(toString(reading.kind)) : reading.text.substr(0, 80);
    if (reading.kind == ValueKind::Null || reading.kind == ValueKind::Object || reading.kind == ValueKind::Array)
        return;
    maxLength = std::max(maxLength, reading.length);
    integerDigits = std::max(integerDigits, reading.integerDigits);
    scale = std::max(scale, reading.scale);
    exponent = exponent || reading.exponent;
    if (!distinctComplete)
        return;  // past the limit the values are not counted: such an attribute is no category and no key
    if (auto it = distinct.find(absl::string_view(reading.text.data(), reading.text.size())); it != distinct.end()) {
        ++it->second;
        return;
    }
    if (examples.size() < kExampleLimit)
        examples.push_back(reading.text.substr(0, 80));
    if (distinct.size() >= kDistinctLimit) {
        distinctComplete = false;
        return;
    }
    distinct.emplace(reading.text, 1);
}

void AttributeStats::merge(const AttributeStats& later)
{
    present += later.present;
    for (int k = 0; k < kValueKinds; ++k) {
        if (kinds[k] == 0 && later.kinds[k] > 0)
            firstOfKind[k] = later.firstOfKind[k];
        kinds[k] += later.kinds[k];
    }
    maxLength = std::max(maxLength, later.maxLength);
    integerDigits = std::max(integerDigits, later.integerDigits);
    scale = std::max(scale, later.scale);
    exponent = exponent || later.exponent;
    for (const std::string& e : later.examples)
        if (examples.size() < kExampleLimit && std::find(examples.begin(), examples.end(), e) == examples.end()
            && !distinct.count(e))
            examples.push_back(e);
    distinctComplete = distinctComplete && later.distinctComplete;
    if (!distinctComplete)
        return;
    for (const auto& [value, count] : later.distinct)
        distinct[value] += count;
    if (distinct.size() > kDistinctLimit)
        distinctComplete = false;
}

int AttributeStats::scalarKinds() const
{
    int n = 0;
    for (ValueKind k : {ValueKind::Boolean, ValueKind::Integer, ValueKind::Decimal, ValueKind::Date, ValueKind::Timestamp,
                        ValueKind::Text})
        n += count(k) > 0 ? 1 : 0;
    return n;
}

bool AttributeStats::isKeyLike() const
{
    return distinctComplete && nonNull() == present && present > 0 && static_cast<long long>(distinct.size()) == present
           && count(ValueKind::Object) == 0 && count(ValueKind::Array) == 0
           && (count(ValueKind::Text) > 0 || count(ValueKind::Integer) > 0) && scalarKinds() == 1;
}

}  // namespace ss::evolve
