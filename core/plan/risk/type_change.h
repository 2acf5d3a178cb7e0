#pragma once

#include "core/spec/data_type.h"

namespace ss {

enum class TypeChange {
    Same,
    Widening,    // every value fits: safe
    Conversion,  // values are converted (readers may notice) but none is lost
    Narrowing,   // some values may not fit: truncated, rounded or the change fails
};

TypeChange classifyTypeChange(const DataType& from, const DataType& to);

}  // namespace ss
