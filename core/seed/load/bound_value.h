#pragma once

#include "core/seed/row_batch.h"
#include "core/sql/dialect.h"

#include <QVariant>

namespace ss::seed {

// Value i of a column as a QVariant to bind to a Qt Sql query of the dialect: integers as qlonglong, decimals,
// dates and times as their exact text, booleans as the dialect stores them, text as UTF-8 decoded, blobs as bytes.
// A NULL is a null QVariant of the value's type.
QVariant boundValue(const ColumnBuffer& column, std::size_t i, Dialect dialect);

}  // namespace ss::seed
