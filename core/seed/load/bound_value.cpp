#include "core/seed/load/bound_value.h"

#include "core/seed/value_format.h"

#include <QByteArray>
#include <QString>

namespace ss::seed {

namespace {

QMetaType typeOf(ValueKind kind, Dialect dialect)
{
    switch (kind) {
    case ValueKind::Integer: return QMetaType::fromType<qlonglong>();
    case ValueKind::Real: return QMetaType::fromType<double>();
    case ValueKind::Boolean: return dialect == Dialect::PostgreSql ? QMetaType::fromType<bool>() : QMetaType::fromType<qlonglong>();
    case ValueKind::Blob: return QMetaType::fromType<QByteArray>();
    default: return QMetaType::fromType<QString>();
    }
}

}  // namespace

QVariant boundValue(const ColumnBuffer& column, std::size_t i, Dialect dialect)
{
    const ValueKind kind = column.shape.kind;
    if (column.isNull(i))
        return QVariant(typeOf(kind, dialect));
    switch (kind) {
    case ValueKind::Integer: return QVariant(static_cast<qlonglong>(column.ints[i]));
    case ValueKind::Real: return QVariant(column.reals[i]);
    case ValueKind::Boolean:
        return dialect == Dialect::PostgreSql ? QVariant(column.ints[i] != 0) : QVariant(static_cast<qlonglong>(column.ints[i] != 0));
    case ValueKind::Text: {
        const std::string_view text = column.text(i);
        return QVariant(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    }
    case ValueKind::Blob: {
        const std::string_view bytes = column.text(i);
        return QVariant(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
    }
    case ValueKind::Timestamp: {
        std::string text;
        appendTimestamp(text, column.ints[i]);
        if (column.shape.withTimeZone && dialect == Dialect::PostgreSql)
            text += "+00";
        return QVariant(QString::fromStdString(text));
    }
    default: {
        std::string text;
        appendValue(text, column, i);
        return QVariant(QString::fromStdString(text));
    }
    }
}

}  // namespace ss::seed
