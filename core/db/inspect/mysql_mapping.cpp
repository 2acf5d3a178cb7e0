#include "core/db/inspect/type_mapping.h"

#include "core/db/inspect/catalog_session.h"
#include "core/spec/default_value.h"

#include <map>

namespace ss {

namespace {

// "name" or "name(digits)": the display width MySQL 5/MariaDB print after integer types means nothing.
bool isIntegerSpelling(const std::string& type, const std::string& name)
{
    if (type.compare(0, name.size(), name) != 0)
        return false;
    const std::string rest = type.substr(name.size());
    if (rest.empty())
        return true;
    if (rest.size() < 3 || rest.front() != '(' || rest.back() != ')')
        return false;
    return rest.find_first_not_of("0123456789", 1) == rest.size() - 1;
}

std::vector<int> argumentsOf(const std::string& type, const std::string& name)
{
    if (type.size() <= name.size() + 1 || type.compare(0, name.size() + 1, name + "(") != 0 || type.back() != ')')
        return {};
    const std::string inside = type.substr(name.size() + 1, type.size() - name.size() - 2);
    if (inside.find_first_not_of("0123456789,") != std::string::npos)
        return {};
    return numberList(inside);
}

}  // namespace

DataType mySqlType(const std::string& columnType)
{
    const std::string t = toLower(columnType);
    if (t == "tinyint(1)")
        return DataType::of(TypeKind::Boolean);
    if (isIntegerSpelling(t, "int"))
        return DataType::of(TypeKind::Integer);
    if (isIntegerSpelling(t, "bigint"))
        return DataType::of(TypeKind::BigInt);
    if (isIntegerSpelling(t, "smallint"))
        return DataType::of(TypeKind::SmallInt);
    static const std::map<std::string, TypeKind> kExact = {
        {"float", TypeKind::Real},          {"double", TypeKind::Double},     {"longtext", TypeKind::Text},
        {"date", TypeKind::Date},           {"time", TypeKind::Time},         {"datetime", TypeKind::Timestamp},
        {"timestamp", TypeKind::TimestampTz}, {"longblob", TypeKind::Blob},   {"json", TypeKind::Json},
    };
    if (const auto it = kExact.find(t); it != kExact.end())
        return DataType::of(it->second);
    if (const auto n = argumentsOf(t, "varchar"); n.size() == 1)
        return DataType::varchar(n[0]);
    if (const auto n = argumentsOf(t, "char"); n.size() == 1)
        return DataType::character(n[0]);
    if (const auto ps = argumentsOf(t, "decimal"); ps.size() == 2)
        return DataType::decimal(ps[0], ps[1]);
    return DataType::nativeType(columnType);
}

std::optional<DefaultValue> mySqlDefault(const std::string& columnDefault, bool isNull, bool quotedLiterals,
                                         bool expression)
{
    // A nullable column without a default and one with DEFAULT NULL look the same in the catalog.
    if (isNull || columnDefault == "NULL")
        return std::nullopt;
    DefaultValue d;
    d.text = columnDefault;
    if (isNumberLiteral(columnDefault)) {
        d.kind = DefaultValue::Kind::Number;
        return d;
    }
    static const std::map<std::string, std::string> kKeywords = {
        {"current_timestamp()", "CURRENT_TIMESTAMP"}, {"current_timestamp", "CURRENT_TIMESTAMP"},
        {"curdate()", "CURRENT_DATE"},                {"current_date", "CURRENT_DATE"},
        {"curtime()", "CURRENT_TIME"},                {"current_time", "CURRENT_TIME"},
    };
    if (const auto it = kKeywords.find(toLower(columnDefault)); it != kKeywords.end()) {
        d.kind = DefaultValue::Kind::Expression;
        d.text = it->second;
        return d;
    }
    // MariaDB quotes string literals and prints expressions bare; MySQL 8 prints literals bare and flags
    // expressions with DEFAULT_GENERATED.
    if (quotedLiterals) {
        std::size_t end = 0;
        if (auto literal = quotedLiteral(columnDefault, end, true); literal && end == columnDefault.size()) {
            d.kind = DefaultValue::Kind::String;
            d.text = *literal;
            return d;
        }
        d.kind = DefaultValue::Kind::Expression;
        return d;
    }
    d.kind = expression ? DefaultValue::Kind::Expression : DefaultValue::Kind::String;
    return d;
}

}  // namespace ss
