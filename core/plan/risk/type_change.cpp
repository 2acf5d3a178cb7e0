#include "core/plan/risk/type_change.h"

#include <limits>

namespace ss {

namespace {

int integerRank(TypeKind kind)
{
    switch (kind) {
    case TypeKind::SmallInt: return 1;
    case TypeKind::Integer: return 2;
    case TypeKind::BigInt: return 3;
    default: return 0;
    }
}

int integerDigits(TypeKind kind)
{
    switch (kind) {
    case TypeKind::SmallInt: return 5;
    case TypeKind::Integer: return 10;
    default: return 19;
    }
}

int textLength(const DataType& t)
{
    return t.kind == TypeKind::Text ? std::numeric_limits<int>::max() : t.length;
}

TypeChange byOrder(bool fits)
{
    return fits ? TypeChange::Widening : TypeChange::Narrowing;
}

}  // namespace

TypeChange classifyTypeChange(const DataType& from, const DataType& to)
{
    if (from == to)
        return TypeChange::Same;
    if (from.kind == TypeKind::Native || to.kind == TypeKind::Native)
        return TypeChange::Conversion;

    if (from.isInteger() && to.isInteger())
        return byOrder(integerRank(to.kind) >= integerRank(from.kind));
    if (from.isInteger() && to.kind == TypeKind::Decimal)
        return byOrder(to.precision - to.scale >= integerDigits(from.kind));
    if (from.isInteger() && to.kind == TypeKind::Double)
        return byOrder(from.kind != TypeKind::BigInt);
    if (from.isInteger() && to.kind == TypeKind::Real)
        return byOrder(from.kind == TypeKind::SmallInt);
    if (from.kind == TypeKind::Decimal && to.kind == TypeKind::Decimal)
        return byOrder(to.scale >= from.scale && to.precision - to.scale >= from.precision - from.scale);
    if (from.kind == TypeKind::Decimal && to.isInteger())
        return byOrder(from.scale == 0 && integerDigits(to.kind) > from.precision);
    if (from.kind == TypeKind::Real && to.kind == TypeKind::Double)
        return TypeChange::Widening;
    if (from.isText() && to.isText()) {
        if (textLength(to) < textLength(from))
            return TypeChange::Narrowing;
        // CHAR pads to its length: moving to or from it changes the values readers see, not their content.
        return (from.kind == TypeKind::Char) != (to.kind == TypeKind::Char) ? TypeChange::Conversion : TypeChange::Widening;
    }
    if (from.kind == TypeKind::Date && (to.kind == TypeKind::Timestamp || to.kind == TypeKind::TimestampTz))
        return TypeChange::Widening;
    if ((from.kind == TypeKind::Timestamp && to.kind == TypeKind::TimestampTz) ||
        (from.kind == TypeKind::TimestampTz && to.kind == TypeKind::Timestamp))
        return TypeChange::Conversion;
    if (from.kind == TypeKind::Boolean && to.isInteger())
        return TypeChange::Conversion;
    // Anything written out as text fits an unbounded text column (a UUID fits 36 characters).
    if (to.kind == TypeKind::Text || (from.kind == TypeKind::Uuid && to.isText() && to.length >= 36))
        return TypeChange::Conversion;
    return TypeChange::Narrowing;
}

}  // namespace ss
