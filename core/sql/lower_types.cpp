#include "core/sql/lower_types.h"

#include "core/spec/rules/identifier.h"
#include "core/spec/user_types.h"
#include "core/sql/sql_renderer.h"

#include <cctype>

namespace ss {

namespace {

// DuckDB prints a plain lower-case name bare in the check text it gives back; the others keep what they got.
std::string columnReference(const std::string& column, Dialect dialect, const SqlRenderer& renderer)
{
    return dialect == Dialect::DuckDb && rules::isSnakeCase(column) ? column : renderer.quote(column);
}

std::string valueList(const std::vector<std::string>& values, const SqlRenderer& renderer, const char* separator)
{
    std::string list;
    for (const auto& v : values)
        list += (list.empty() ? "" : separator) + renderer.stringLiteral(v);
    return list;
}

// The check a lowered column carries for its enum's values: `"status" IN ('open', 'closed')`, spelled the way
// the dialect prints it back.
std::string enumCheckExpression(const std::string& column, const std::vector<std::string>& values, Dialect dialect,
                                const SqlRenderer& renderer)
{
    return columnReference(column, dialect, renderer) + " IN (" + valueList(values, renderer, ", ") + ")";
}

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// `VALUE` in a domain's check, as a word outside quotes, becomes the column.
std::string onColumn(const std::string& expression, const std::string& column)
{
    std::string out;
    char quote = 0;
    for (std::size_t i = 0; i < expression.size(); ++i) {
        const char c = expression[i];
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"' || c == '`') {
            quote = c;
            out += c;
            continue;
        }
        const bool startsWord = i == 0 || !isWordChar(expression[i - 1]);
        if (startsWord && i + 5 <= expression.size() && equalsIgnoreCase(expression.substr(i, 5), "value") &&
            (i + 5 == expression.size() || !isWordChar(expression[i + 5]))) {
            out += column;
            i += 4;
            continue;
        }
        out += c;
    }
    return out;
}

void lowerColumn(const UserType& type, Table& table, Column& column, Dialect dialect, const SqlRenderer& renderer)
{
    if (type.kind == UserType::Kind::Enum) {
        if (dialect == Dialect::MySql) {
            column.type = DataType::nativeType("enum(" + valueList(type.values, renderer, ",") + ")");
            return;
        }
        column.type = DataType::of(TypeKind::Text);
        table.checks.push_back({{}, enumCheckExpression(column.name, type.values, dialect, renderer), {}});
        return;
    }
    column.type = type.base;
    column.nullable = column.nullable && type.nullable;
    if (!column.defaultValue)
        column.defaultValue = type.defaultValue;
    const std::string reference = columnReference(column.name, dialect, renderer);
    for (const auto& check : type.checks)
        table.checks.push_back({{}, onColumn(check.expression, reference), {}});
}

}  // namespace

SchemaModel modelFor(const SchemaModel& model, Dialect dialect)
{
    SchemaModel out = lowerTypes(model, dialect);
    std::erase_if(out.functions, [&](const SqlFunction& f) { return parseDialect(f.dialect) != dialect; });
    return out;
}

Plan diffFor(const SchemaModel& current, const SchemaModel& target, Dialect dialect)
{
    const auto plain = [](const SchemaModel& m) { return m.types.empty() && m.functions.empty(); };
    if (plain(current) && plain(target))
        return diff(current, target);
    return diff(modelFor(current, dialect), modelFor(target, dialect));
}

SchemaModel lowerTypes(const SchemaModel& model, Dialect dialect)
{
    if (dialect == Dialect::PostgreSql || model.types.empty())
        return model;
    const auto renderer = makeRenderer(dialect);
    SchemaModel lowered = model;
    for (auto& table : lowered.tables)
        for (auto& column : table.columns)
            if (const UserType* type = typeOf(model, column))
                lowerColumn(*type, table, column, dialect, *renderer);
    lowered.types.clear();
    return lowered;
}

}  // namespace ss
