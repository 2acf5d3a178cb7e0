#include "core/sql/sql_tokens.h"

#include "core/spec/schema_model.h"

#include <cctype>

namespace ss {

namespace {

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || static_cast<unsigned char>(c) >= 0x80;
}

// A quoted run starting at `i` (the opening quote), doubled closing quotes standing for one; returns the end.
std::size_t quoted(std::string_view sql, std::size_t i, char close, std::string& text)
{
    for (std::size_t j = i + 1; j < sql.size(); ++j) {
        if (sql[j] != close) {
            text.push_back(sql[j]);
        } else if (j + 1 < sql.size() && sql[j + 1] == close && close != ']') {
            text.push_back(close);
            ++j;
        } else {
            return j + 1;
        }
    }
    return sql.size();
}

}  // namespace

bool SqlToken::is(const char* keyword) const
{
    return kind == Kind::Word && equalsIgnoreCase(text, keyword);
}

std::vector<SqlToken> tokenizeSql(std::string_view sql)
{
    std::vector<SqlToken> out;
    std::size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
            continue;
        }
        if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            while (i < sql.size() && sql[i] != '\n')
                ++i;
            continue;
        }
        if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            const auto close = sql.find("*/", i + 2);
            i = close == std::string_view::npos ? sql.size() : close + 2;
            continue;
        }
        SqlToken t;
        t.begin = i;
        if (c == '"' || c == '`' || c == '[') {
            t.kind = SqlToken::Kind::QuotedName;
            i = quoted(sql, i, c == '[' ? ']' : c, t.text);
        } else if (c == '\'') {
            t.kind = SqlToken::Kind::String;
            i = quoted(sql, i, '\'', t.text);
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            t.kind = SqlToken::Kind::Number;
            while (i < sql.size() && (isWordChar(sql[i]) || sql[i] == '.'))
                t.text.push_back(sql[i++]);
        } else if (isWordChar(c)) {
            t.kind = SqlToken::Kind::Word;
            while (i < sql.size() && isWordChar(sql[i]))
                t.text.push_back(sql[i++]);
        } else {
            t.kind = SqlToken::Kind::Symbol;
            t.text.assign(1, c);
            ++i;
        }
        t.end = i;
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace ss
