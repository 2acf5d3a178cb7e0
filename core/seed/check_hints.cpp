#include "core/seed/check_hints.h"

#include "core/sql/sql_tokens.h"

#include <charconv>

namespace ss::seed {

namespace {

struct Token {
    enum class Kind { Name, Number, String, Op };
    Kind kind = Kind::Op;
    std::string text;
};

// The SQL lexer's tokens with what a comparison needs joined up: two-character operators (>=, <=, <>, !=) and
// negative numbers. Names are lower-cased like the hints' keys. Nothing when a token is of no use here.
std::vector<Token> tokenize(std::string_view expression)
{
    const std::vector<SqlToken> sql = tokenizeSql(expression);
    std::vector<Token> out;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const SqlToken& t = sql[i];
        const bool adjacent = i + 1 < sql.size() && sql[i + 1].begin == t.end;
        switch (t.kind) {
        case SqlToken::Kind::Word:
        case SqlToken::Kind::QuotedName: out.push_back({Token::Kind::Name, toLower(t.text)}); break;
        case SqlToken::Kind::String: out.push_back({Token::Kind::String, t.text}); break;
        case SqlToken::Kind::Number: out.push_back({Token::Kind::Number, t.text}); break;
        case SqlToken::Kind::Symbol:
            if (t.text == "-" && adjacent && sql[i + 1].kind == SqlToken::Kind::Number) {
                out.push_back({Token::Kind::Number, "-" + sql[++i].text});
            } else if ((t.text == ">" || t.text == "<" || t.text == "!") && adjacent &&
                       (sql[i + 1].isSymbol('=') || (t.text == "<" && sql[i + 1].isSymbol('>')))) {
                out.push_back({Token::Kind::Op, t.text + sql[++i].text});
            } else if (t.text.find_first_of("<>=(),") == 0) {
                out.push_back({Token::Kind::Op, t.text});
            } else {
                return {};
            }
            break;
        }
    }
    return out;
}

std::optional<double> numberOf(const Token& t)
{
    double v = 0;
    if (t.kind != Token::Kind::Number)
        return std::nullopt;
    auto [end, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), v);
    if (ec != std::errc() || end != t.text.data() + t.text.size())
        return std::nullopt;
    return v;
}

std::string flipped(const std::string& op)
{
    if (op == ">")
        return "<";
    if (op == "<")
        return ">";
    if (op == ">=")
        return "<=";
    if (op == "<=")
        return ">=";
    return op;
}

void applyComparison(ColumnHints& h, const std::string& op, double v)
{
    if (op == ">" || op == ">=") {
        h.min = v;
        h.minExclusive = op == ">";
    } else if (op == "<" || op == "<=") {
        h.max = v;
        h.maxExclusive = op == "<";
    } else if ((op == "<>" || op == "!=") && v == 0) {
        h.nonZero = true;
    }
}

// One conjunct, tokens [b, e).
void readTerm(const std::vector<Token>& t, std::size_t b, std::size_t e, std::map<std::string, ColumnHints>& out)
{
    const std::size_t n = e - b;
    if (n < 3)
        return;
    const Token& first = t[b];
    if (first.kind == Token::Kind::Name && t[b + 1].kind == Token::Kind::Name && t[b + 1].text == "in" && n >= 4 &&
        t[b + 2].text == "(" && t[e - 1].text == ")") {
        ColumnHints& h = out[first.text];
        h.allowed.clear();
        for (std::size_t i = b + 3; i < e - 1; i += 2) {
            if (t[i].kind != Token::Kind::String && t[i].kind != Token::Kind::Number)
                return;
            h.allowed.push_back(t[i].text);
        }
        return;
    }
    if (first.kind == Token::Kind::Name && n == 5 && t[b + 1].text == "between" && t[b + 3].text == "and") {
        const auto lo = numberOf(t[b + 2]);
        const auto hi = numberOf(t[b + 4]);
        if (lo && hi) {
            out[first.text].min = *lo;
            out[first.text].max = *hi;
        }
        return;
    }
    if (n != 3 || t[b + 1].kind != Token::Kind::Op)
        return;
    const Token& lhs = t[b];
    const Token& rhs = t[b + 2];
    const std::string& op = t[b + 1].text;
    if (lhs.kind == Token::Kind::Name && rhs.kind == Token::Kind::Name) {
        // a >= b: a follows b; a <= b: b follows a.
        const bool lhsAbove = op == ">=" || op == ">";
        const bool rhsAbove = op == "<=" || op == "<";
        if (lhsAbove || rhsAbove) {
            ColumnHints& h = out[lhsAbove ? lhs.text : rhs.text];
            h.atLeast = lhsAbove ? rhs.text : lhs.text;
            h.strictlyAbove = op == ">" || op == "<";
        }
        return;
    }
    if (lhs.kind == Token::Kind::Name) {
        if (const auto v = numberOf(rhs))
            applyComparison(out[lhs.text], op, *v);
    } else if (rhs.kind == Token::Kind::Name) {
        if (const auto v = numberOf(lhs))
            applyComparison(out[rhs.text], flipped(op), *v);
    }
}

}  // namespace

std::map<std::string, ColumnHints> hintsFromChecks(const Table& table)
{
    std::map<std::string, ColumnHints> hints;
    for (const CheckConstraint& check : table.checks) {
        const std::vector<Token> tokens = tokenize(check.expression);
        bool hasOr = false;
        for (const Token& t : tokens)
            hasOr = hasOr || (t.kind == Token::Kind::Name && (t.text == "or" || t.text == "not"));
        if (tokens.empty() || hasOr)
            continue;
        // Split on AND, except the AND of a BETWEEN.
        std::size_t start = 0;
        bool inBetween = false;
        for (std::size_t i = 0; i <= tokens.size(); ++i) {
            if (i < tokens.size() && tokens[i].kind == Token::Kind::Name && tokens[i].text == "between")
                inBetween = true;
            const bool isAnd = i < tokens.size() && tokens[i].kind == Token::Kind::Name && tokens[i].text == "and";
            if (isAnd && inBetween) {
                inBetween = false;
                continue;
            }
            if (i == tokens.size() || isAnd) {
                readTerm(tokens, start, i, hints);
                start = i + 1;
            }
        }
    }
    return hints;
}

}  // namespace ss::seed
