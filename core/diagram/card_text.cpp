#include "core/diagram/card_text.h"

namespace ss {

std::string rowMarker(const ErRow& row)
{
    if (row.primaryKey && row.foreignKey)
        return "PF";
    if (row.primaryKey)
        return "PK";
    if (row.foreignKey)
        return "FK";
    return {};
}

std::string rowTypeText(const ErRow& row) { return row.nullable ? row.type + "?" : row.type; }

const char* cardKindText(TableKind kind) { return toString(kind); }

}  // namespace ss
