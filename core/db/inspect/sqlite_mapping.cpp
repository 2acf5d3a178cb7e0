#include "core/db/inspect/type_mapping.h"

#include "core/spec/default_value.h"

namespace ss {

bool wrappedInParentheses(const std::string& text)
{
    if (text.size() < 2 || text.front() != '(' || text.back() != ')')
        return false;
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
        if (depth == 0 && i + 1 < text.size())
            return false;
    }
    return true;
}

// The SQLite renderer declares the DSL's own type names, so the loader's parser reads them back; whatever it
// does not accept is a type someone else declared, kept verbatim. A column declared without a type has BLOB
// affinity, which is what declaring BLOB gives.
DataType sqliteType(const std::string& declared)
{
    if (declared.empty())
        return DataType::of(TypeKind::Blob);
    const TypeParseResult parsed = parseDataType(declared);
    return parsed.type ? *parsed.type : DataType::nativeType(declared);
}

std::optional<DefaultValue> sqliteDefault(const std::string& expression, bool isNull)
{
    if (isNull)
        return std::nullopt;
    DefaultValue d;
    d.text = expression;
    if (equalsIgnoreCase(expression, "NULL")) {
        d.kind = DefaultValue::Kind::Null;
        d.text.clear();
        return d;
    }
    std::size_t end = 0;
    if (auto literal = quotedLiteral(expression, end, false); literal && end == expression.size()) {
        d.kind = DefaultValue::Kind::String;
        d.text = *literal;
        return d;
    }
    if (wrappedInParentheses(expression)) {
        d.kind = DefaultValue::Kind::Expression;
        d.text = expression.substr(1, expression.size() - 2);
        return d;
    }
    const DefaultValue plain = classifyDefault(expression, true);
    if (plain.kind != DefaultValue::Kind::String)
        return plain;
    d.kind = DefaultValue::Kind::Expression;
    return d;
}

}  // namespace ss
