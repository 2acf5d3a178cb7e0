#include "core/db/inspect/type_mapping.h"

#include "core/db/inspect/catalog_session.h"
#include "core/spec/default_value.h"

#include <map>
#include <regex>

namespace ss {

namespace {

// "prefix(a[,b])" -> {a, b}; empty when `text` does not have that shape.
std::vector<int> arguments(const std::string& text, const std::string& prefix)
{
    if (text.size() <= prefix.size() + 1 || text.compare(0, prefix.size(), prefix) != 0 || text[prefix.size()] != '(' ||
        text.back() != ')')
        return {};
    return numberList(text.substr(prefix.size() + 1, text.size() - prefix.size() - 2));
}

bool isNumericTypeName(const std::string& name)
{
    static const char* const kNumeric[] = {"integer", "bigint", "smallint", "numeric", "real", "double precision"};
    for (const char* n : kNumeric)
        if (name.compare(0, std::string(n).size(), n) == 0)
            return true;
    return false;
}

}  // namespace

DataType postgreSqlType(const std::string& formatted)
{
    static const std::map<std::string, TypeKind> kExact = {
        {"integer", TypeKind::Integer},
        {"bigint", TypeKind::BigInt},
        {"smallint", TypeKind::SmallInt},
        {"real", TypeKind::Real},
        {"double precision", TypeKind::Double},
        {"boolean", TypeKind::Boolean},
        {"text", TypeKind::Text},
        {"date", TypeKind::Date},
        {"time without time zone", TypeKind::Time},
        {"timestamp without time zone", TypeKind::Timestamp},
        {"timestamp with time zone", TypeKind::TimestampTz},
        {"bytea", TypeKind::Blob},
        {"jsonb", TypeKind::Json},
        {"uuid", TypeKind::Uuid},
    };
    if (const auto it = kExact.find(formatted); it != kExact.end())
        return DataType::of(it->second);
    if (const auto n = arguments(formatted, "character varying"); n.size() == 1)
        return DataType::varchar(n[0]);
    if (const auto n = arguments(formatted, "character"); n.size() == 1)
        return DataType::character(n[0]);
    if (const auto ps = arguments(formatted, "numeric"); ps.size() == 2)
        return DataType::decimal(ps[0], ps[1]);
    return DataType::nativeType(formatted);
}

// PostgreSQL prints `col IN ('a', 'b')` on a VARCHAR column as ARRAY['a'::character varying, ...]::text[], but
// prints that text, once parsed again, with the cast on every element. Writing the second form from the start
// makes inspect -> create -> inspect give back the same expression.
std::string canonicalCheckExpression(const std::string& expression)
{
    static const std::regex kLiteral(R"('(?:[^']|'')*'::[a-z ]+)");
    static const std::regex kCastArray(R"(ARRAY\[('(?:[^']|'')*'::[a-z ]+(?:, '(?:[^']|'')*'::[a-z ]+)*)\]::([a-z ]+)\[\])");
    std::string out;
    auto begin = expression.cbegin();
    for (std::sregex_iterator it(expression.begin(), expression.end(), kCastArray), end; it != end; ++it) {
        const std::smatch& m = *it;
        out.append(begin, m[0].first);
        const std::string elements = m[1].str();
        const std::string target = m[2].str();
        std::string rewritten;
        for (std::sregex_iterator e(elements.begin(), elements.end(), kLiteral); e != std::sregex_iterator(); ++e)
            rewritten += (rewritten.empty() ? "" : ", ") + e->str() + "::" + target;
        out += "ARRAY[" + rewritten + "]";
        begin = m[0].second;
    }
    out.append(begin, expression.cend());
    return out;
}

// "timestamp(3) without time zone" -> "timestamp without time zone", "numeric(10,2)" -> "numeric".
std::string withoutModifiers(const std::string& type)
{
    static const std::regex kModifier(R"(\([0-9, ]*\))");
    return std::regex_replace(type, kModifier, "");
}

bool isStringTypeName(const std::string& name)
{
    static const char* const kString[] = {"text", "character varying", "character", "bpchar", "name"};
    for (const char* n : kString)
        if (name == n)
            return true;
    return false;
}

bool isSequenceDefault(const std::string& expression)
{
    return expression.compare(0, 8, "nextval(") == 0;
}

std::optional<DefaultValue> postgreSqlDefault(const std::string& expression, const std::string& columnType)
{
    if (expression.empty())
        return std::nullopt;
    DefaultValue d;
    d.text = expression;
    if (isNumberLiteral(expression)) {
        d.kind = DefaultValue::Kind::Number;
        return d;
    }
    if (expression == "true" || expression == "false") {
        d.kind = DefaultValue::Kind::Boolean;
        return d;
    }
    if (expression == "NULL" || expression.compare(0, 6, "NULL::") == 0) {
        d.kind = DefaultValue::Kind::Null;
        d.text.clear();
        return d;
    }
    std::size_t end = 0;
    if (auto literal = quotedLiteral(expression, end, false)) {
        // A literal followed only by casts: 'open'::character varying, '-1'::integer. A literal of another type
        // than the column's (a timestamptz on a timestamp column) is converted when a row takes it: written
        // back as a literal it would be read as the column's type and could mean something else (the offset
        // of '0001-01-01 00:00:00+00' is dropped), so it stays the expression it is.
        const std::string casts = expression.substr(end);
        const bool onlyCasts = casts.compare(0, 2, "::") == 0 && casts.find_first_of("'+-*/|") == std::string::npos;
        const std::string castType = onlyCasts ? casts.substr(casts.rfind("::") + 2) : std::string();
        const bool number = isNumberLiteral(*literal) && isNumericTypeName(castType);
        const bool columnsOwnType = castType == withoutModifiers(columnType) || isStringTypeName(castType) || number;
        if (onlyCasts && columnsOwnType) {
            d.kind = number ? DefaultValue::Kind::Number : DefaultValue::Kind::String;
            d.text = *literal;
            return d;
        }
    }
    d.kind = DefaultValue::Kind::Expression;
    return d;
}

std::optional<std::string> quotedLiteral(const std::string& text, std::size_t& end, bool backslashEscapes)
{
    if (text.empty() || text[0] != '\'')
        return std::nullopt;
    std::string content;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (backslashEscapes && c == '\\' && i + 1 < text.size()) {
            const char next = text[++i];
            content.push_back(next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : next == '0' ? '\0' : next);
        } else if (c == '\'') {
            if (i + 1 < text.size() && text[i + 1] == '\'') {
                content.push_back('\'');
                ++i;
            } else {
                end = i + 1;
                return content;
            }
        } else {
            content.push_back(c);
        }
    }
    return std::nullopt;
}

}  // namespace ss
