#include "core/evolve/attribute_stats.h"

#include <algorithm>

namespace ss::evolve {

void AttributeStats::add(const ValueReading& reading)
{
    ++present;
    const int kind = static_cast<int>(reading.kind);
    if (kinds[kind]++ == 0)
        firstOfKind[kind] = reading.text.isEmpty() ? toString(reading.kind) : reading.text.left(80).toStdString();
    if (reading.kind == ValueKind::Null || reading.kind == ValueKind::Object || reading.kind == ValueKind::Array)
        return;
    maxLength = std::max(maxLength, reading.length);
    integerDigits = std::max(integerDigits, reading.integerDigits);
    scale = std::max(scale, reading.scale);
    exponent = exponent || reading.exponent;
    if (!distinctComplete)
        return;  // past the limit the values are not counted: such an attribute is no category and no key
    std::string text = reading.text.toStdString();
    if (auto it = distinct.find(text); it != distinct.end()) {
        ++it->second;
        return;
    }
    if (examples.size() < kExampleLimit)
        examples.push_back(text.substr(0, 80));
    if (distinct.size() >= kDistinctLimit) {
        distinctComplete = false;
        return;
    }
    distinct.emplace(std::move(text), 1);
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
