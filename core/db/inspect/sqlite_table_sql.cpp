#include "core/db/inspect/sqlite_table_sql.h"

#include "core/sql/sql_tokens.h"

#include <cctype>

namespace ss {

namespace {

using Tokens = std::vector<SqlToken>;

// Index of the token closing the parenthesis opened at `open`.
std::size_t matching(const Tokens& t, std::size_t open)
{
    int depth = 0;
    for (std::size_t i = open; i < t.size(); ++i) {
        if (t[i].isSymbol('('))
            ++depth;
        else if (t[i].isSymbol(')') && --depth == 0)
            return i;
    }
    return t.size();
}

// The names in a parenthesised column list starting at `open`; ASC, DESC and COLLATE clauses are skipped.
std::vector<std::string> columnList(const Tokens& t, std::size_t open, std::size_t& after)
{
    std::vector<std::string> out;
    const std::size_t close = matching(t, open);
    bool expectName = true;
    for (std::size_t i = open + 1; i < close; ++i) {
        if (t[i].isSymbol(',')) {
            expectName = true;
        } else if (expectName && t[i].isName()) {
            out.push_back(t[i].text);
            expectName = false;
        }
    }
    after = close + 1;
    return out;
}

class Parser {
public:
    Parser(std::string_view sql, const Tokens& tokens) : m_sql(sql), m_t(tokens) {}

    SqliteTableSql parse()
    {
        std::size_t open = 0;
        while (open < m_t.size() && !m_t[open].isSymbol('('))
            ++open;
        const std::size_t close = matching(m_t, open);
        std::size_t itemStart = open + 1;
        int depth = 0;
        for (std::size_t i = open + 1; i <= close && i < m_t.size(); ++i) {
            if (m_t[i].isSymbol('('))
                ++depth;
            else if (m_t[i].isSymbol(')') && i != close)
                --depth;
            if ((depth == 0 && m_t[i].isSymbol(',')) || i == close) {
                item(itemStart, i);
                itemStart = i + 1;
            }
        }
        return std::move(m_out);
    }

private:
    std::string slice(std::size_t fromToken, std::size_t toToken) const
    {
        return std::string(m_sql.substr(m_t[fromToken].begin, m_t[toToken].end - m_t[fromToken].begin));
    }

    void item(std::size_t begin, std::size_t end)
    {
        if (begin >= end)
            return;
        const SqlToken& first = m_t[begin];
        const bool tableConstraint = first.is("CONSTRAINT") || first.is("PRIMARY") || first.is("UNIQUE") ||
                                     first.is("CHECK") || first.is("FOREIGN");
        constraints(tableConstraint ? begin : begin + 1, end, tableConstraint ? std::string() : first.text);
    }

    // Reads the constraints in tokens [i, end); `column` names the column for column constraints.
    void constraints(std::size_t i, std::size_t end, const std::string& column)
    {
        std::string name;
        while (i < end) {
            const SqlToken& t = m_t[i];
            if (t.is("CONSTRAINT") && i + 1 < end) {
                name = m_t[i + 1].text;
                i += 2;
                continue;
            }
            SqliteConstraint c;
            c.name = name;
            std::size_t next = i + 1;
            if (t.is("PRIMARY") || t.is("UNIQUE")) {
                c.kind = t.is("PRIMARY") ? SqliteConstraint::Kind::PrimaryKey : SqliteConstraint::Kind::Unique;
                std::size_t j = t.is("PRIMARY") ? i + 2 : i + 1;
                if (j < end && m_t[j].isSymbol('('))
                    c.columns = columnList(m_t, j, next);
                else
                    c.columns = {column};
            } else if (t.is("CHECK") && i + 1 < end && m_t[i + 1].isSymbol('(')) {
                const std::size_t close = matching(m_t, i + 1);
                c.expression = close > i + 2 ? slice(i + 2, close - 1) : std::string();
                next = close + 1;
            } else if (t.is("FOREIGN") && i + 2 < end && m_t[i + 2].isSymbol('(')) {
                c.kind = SqliteConstraint::Kind::ForeignKey;
                c.columns = columnList(m_t, i + 2, next);
                next = skipReferences(next, end);
            } else if (t.is("REFERENCES")) {
                c.kind = SqliteConstraint::Kind::ForeignKey;
                c.columns = {column};
                next = skipReferences(i, end);
            } else {
                m_out.autoincrement = m_out.autoincrement || t.is("AUTOINCREMENT");
                if (t.is("COLLATE") && !column.empty() && i + 1 < end && !m_t[i + 1].is("BINARY"))
                    m_out.collations.push_back({column, m_t[i + 1].text});
                i = t.isSymbol('(') ? matching(m_t, i) + 1 : i + 1;
                continue;
            }
            m_out.constraints.push_back(std::move(c));
            name.clear();
            i = next;
        }
    }

    // Past "REFERENCES table (cols)" at `i`; the actions after it are left to the main loop, which skips them.
    std::size_t skipReferences(std::size_t i, std::size_t end) const
    {
        while (i < end && !m_t[i].is("REFERENCES"))
            ++i;
        i += 2;
        if (i < end && m_t[i].isSymbol('('))
            i = matching(m_t, i) + 1;
        return i;
    }

    std::string_view m_sql;
    const Tokens& m_t;
    SqliteTableSql m_out;
};

}  // namespace

SqliteTableSql parseSqliteCreateTable(std::string_view sql)
{
    const Tokens tokens = tokenizeSql(sql);
    return Parser(sql, tokens).parse();
}

std::string sqliteViewSelect(std::string_view sql)
{
    const Tokens t = tokenizeSql(sql);
    int depth = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].isSymbol('('))
            ++depth;
        else if (t[i].isSymbol(')'))
            --depth;
        else if (depth == 0 && t[i].is("AS") && i + 1 < t.size()) {
            std::string body(sql.substr(t[i + 1].begin));
            while (!body.empty() && (body.back() == ';' || std::isspace(static_cast<unsigned char>(body.back()))))
                body.pop_back();
            return body;
        }
    }
    return std::string(sql);
}

}  // namespace ss
