#include "core/spec/data_type.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <charconv>
#include <vector>

namespace ss {

namespace {

struct TypeName {
    const char* spelling;
    TypeKind kind;
};

// Accepted spellings, normalised to the portable kind. Parameterised kinds are handled below.
const TypeName kAliases[] = {
    {"INTEGER", TypeKind::Integer}, {"INT", TypeKind::Integer}, {"INT4", TypeKind::Integer},
    {"BIGINT", TypeKind::BigInt}, {"INT8", TypeKind::BigInt},
    {"SMALLINT", TypeKind::SmallInt}, {"INT2", TypeKind::SmallInt},
    {"REAL", TypeKind::Real}, {"FLOAT", TypeKind::Real}, {"FLOAT4", TypeKind::Real},
    {"DOUBLE", TypeKind::Double}, {"DOUBLE PRECISION", TypeKind::Double}, {"FLOAT8", TypeKind::Double},
    {"BOOLEAN", TypeKind::Boolean}, {"BOOL", TypeKind::Boolean},
    {"TEXT", TypeKind::Text},
    {"DATE", TypeKind::Date},
    {"TIME", TypeKind::Time},
    {"TIMESTAMP", TypeKind::Timestamp}, {"DATETIME", TypeKind::Timestamp},
    {"TIMESTAMP WITHOUT TIME ZONE", TypeKind::Timestamp},
    {"TIMESTAMPTZ", TypeKind::TimestampTz}, {"TIMESTAMP WITH TIME ZONE", TypeKind::TimestampTz},
    {"BLOB", TypeKind::Blob}, {"BYTEA", TypeKind::Blob},
    {"JSON", TypeKind::Json}, {"JSONB", TypeKind::Json},
    {"UUID", TypeKind::Uuid},
};

const char* canonicalName(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Integer: return "INTEGER";
    case TypeKind::BigInt: return "BIGINT";
    case TypeKind::SmallInt: return "SMALLINT";
    case TypeKind::Decimal: return "DECIMAL";
    case TypeKind::Real: return "REAL";
    case TypeKind::Double: return "DOUBLE";
    case TypeKind::Boolean: return "BOOLEAN";
    case TypeKind::Char: return "CHAR";
    case TypeKind::Varchar: return "VARCHAR";
    case TypeKind::Text: return "TEXT";
    case TypeKind::Date: return "DATE";
    case TypeKind::Time: return "TIME";
    case TypeKind::Timestamp: return "TIMESTAMP";
    case TypeKind::TimestampTz: return "TIMESTAMPTZ";
    case TypeKind::Blob: return "BLOB";
    case TypeKind::Json: return "JSON";
    case TypeKind::Uuid: return "UUID";
    case TypeKind::Native: return "";
    }
    return "";
}

// Upper-cases and folds runs of blanks to one space, so "double   precision" matches.
std::string normalise(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace && c != '(' && c != ')' && c != ',' && out.back() != '(' && out.back() != ',')
            out.push_back(' ');
        pendingSpace = false;
        out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return out;
}

bool parseArguments(std::string_view args, std::vector<int>& out)
{
    while (!args.empty()) {
        auto comma = args.find(',');
        std::string_view part = args.substr(0, comma);
        int value = 0;
        auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (ec != std::errc() || ptr != part.data() + part.size() || part.empty())
            return false;
        out.push_back(value);
        if (comma == std::string_view::npos)
            break;
        args.remove_prefix(comma + 1);
        if (args.empty())
            return false;
    }
    return true;
}

TypeParseResult fail(std::string message)
{
    TypeParseResult r;
    r.error = std::move(message);
    return r;
}

TypeParseResult success(DataType t)
{
    TypeParseResult r;
    r.type = std::move(t);
    return r;
}

}  // namespace

std::string DataType::toString() const
{
    switch (kind) {
    case TypeKind::Char:
    case TypeKind::Varchar:
        return std::string(canonicalName(kind)) + "(" + std::to_string(length) + ")";
    case TypeKind::Decimal:
        return "DECIMAL(" + std::to_string(precision) + "," + std::to_string(scale) + ")";
    case TypeKind::Native:
        return native;
    default:
        return canonicalName(kind);
    }
}

TypeParseResult parseDataType(std::string_view text)
{
    const std::string norm = normalise(text);
    if (norm.empty())
        return fail("empty type");

    std::string base = norm;
    std::vector<int> args;
    const auto open = norm.find('(');
    if (open != std::string::npos) {
        if (norm.back() != ')')
            return fail("unbalanced parentheses in type '" + std::string(text) + "'");
        base = norm.substr(0, open);
        while (!base.empty() && base.back() == ' ')
            base.pop_back();
        if (!parseArguments(std::string_view(norm).substr(open + 1, norm.size() - open - 2), args))
            return fail("type arguments must be whole numbers, as in VARCHAR(50) or DECIMAL(18,2)");
    }

    const bool known = base == "VARCHAR" || base == "CHARACTER VARYING" || base == "CHAR" || base == "CHARACTER" ||
                       base == "DECIMAL" || base == "NUMERIC" ||
                       std::any_of(std::begin(kAliases), std::end(kAliases),
                                   [&](const TypeName& a) { return base == a.spelling; });
    if (!known)
        return fail("unknown type '" + std::string(text) +
                    "'; use one of INTEGER, BIGINT, SMALLINT, DECIMAL(p,s), REAL, DOUBLE, BOOLEAN, CHAR(n), "
                    "VARCHAR(n), TEXT, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, BLOB, JSON, UUID");

    if (base == "VARCHAR" || base == "CHARACTER VARYING" || base == "CHAR" || base == "CHARACTER") {
        const bool varying = base == "VARCHAR" || base == "CHARACTER VARYING";
        if (args.size() > 1)
            return fail(std::string(varying ? "VARCHAR" : "CHAR") + " takes one length");
        if (args.empty() && varying)
            return fail("VARCHAR needs a length, as in VARCHAR(100); use TEXT for unbounded strings");
        const int n = args.empty() ? 1 : args[0];
        if (n < 1 || n > 65535)
            return fail("length " + std::to_string(n) + " is outside 1..65535");
        return success(varying ? DataType::varchar(n) : DataType::character(n));
    }
    if (base == "DECIMAL" || base == "NUMERIC") {
        if (args.empty() || args.size() > 2)
            return fail("DECIMAL needs a precision and optional scale, as in DECIMAL(18,2)");
        const int p = args[0];
        const int s = args.size() == 2 ? args[1] : 0;
        if (p < 1 || p > 65)
            return fail("DECIMAL precision " + std::to_string(p) + " is outside 1..65");
        if (s < 0 || s > p || s > 30)
            return fail("DECIMAL scale " + std::to_string(s) + " must be between 0 and the precision (at most 30)");
        return success(DataType::decimal(p, s));
    }
    if (!args.empty()) {
        // TIMESTAMP(6) and TIME(3) carry a fractional-second precision the portable types do not model.
        if (base == "TIMESTAMP" || base == "TIME" || base == "TIMESTAMPTZ" || base == "DATETIME")
            return fail(base + " takes no precision in the DSL; write " + base);
        return fail("type " + base + " takes no arguments");
    }
    for (const auto& alias : kAliases)
        if (base == alias.spelling)
            return success(DataType::of(alias.kind));
    return fail("unknown type '" + std::string(text) + "'");
}

}  // namespace ss
