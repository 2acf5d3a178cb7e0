#include "core/db/inspect/type_mapping.h"

#include "core/spec/default_value.h"

namespace ss {

// DuckDB keeps no lengths (VARCHAR(20) and CHAR(2) are VARCHAR), calls REAL FLOAT, spells TIMESTAMPTZ out and
// names unsigned integers its own way (read back as the spelling its renderer accepts).
DataType duckDbType(const std::string& dataType)
{
    if (equalsIgnoreCase(dataType, "VARCHAR"))
        return DataType::of(TypeKind::Text);
    if (equalsIgnoreCase(dataType, "FLOAT"))
        return DataType::of(TypeKind::Real);
    if (equalsIgnoreCase(dataType, "TIMESTAMP WITH TIME ZONE"))
        return DataType::of(TypeKind::TimestampTz);
    static const std::pair<const char*, const char*> kUnsigned[] = {
        {"UTINYINT", "TINYINT UNSIGNED"}, {"USMALLINT", "SMALLINT UNSIGNED"}, {"UINTEGER", "INTEGER UNSIGNED"},
        {"UBIGINT", "BIGINT UNSIGNED"}};
    for (const auto& [own, spelled] : kUnsigned)
        if (equalsIgnoreCase(dataType, own))
            return DataType::nativeType(spelled);
    const TypeParseResult parsed = parseDataType(dataType);
    return parsed.type ? *parsed.type : DataType::nativeType(dataType);
}

std::optional<DefaultValue> duckDbDefault(const std::string& expression, bool isNull)
{
    if (!isNull && (expression == "CAST('t' AS BOOLEAN)" || expression == "CAST('f' AS BOOLEAN)")) {
        DefaultValue d;
        d.kind = DefaultValue::Kind::Boolean;
        d.text = expression[6] == 't' ? "true" : "false";
        return d;
    }
    return sqliteDefault(expression, isNull);
}

}  // namespace ss
