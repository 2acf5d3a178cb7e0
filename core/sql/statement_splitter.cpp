#include "core/sql/statement_splitter.h"

#include "core/spec/schema_model.h"
#include "core/util/trim.h"

#include <algorithm>
#include <cctype>

namespace ss {

namespace {

bool isBlank(char c)
{
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

// PostgreSQL's $tag$ opening at `i`, or an empty view when there is none.
std::string_view dollarTag(std::string_view s, std::size_t i)
{
    std::size_t j = i + 1;
    while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_'))
        ++j;
    if (j < s.size() && s[j] == '$' && (j == i + 1 || !std::isdigit(static_cast<unsigned char>(s[i + 1]))))
        return s.substr(i, j + 1 - i);
    return {};
}

class Splitter {
public:
    Splitter(std::string_view s, Dialect d) : m_s(s), m_dialect(d) {}

    SplitScript run()
    {
        while (m_i < m_s.size()) {
            const char c = m_s[m_i];
            if (c == '\n') {
                ++m_line;
                ++m_i;
            } else if (isBlank(c)) {
                ++m_i;
            } else if (lineCommentAt(m_i)) {
                lineComment();
            } else if (c == '/' && next() == '*') {
                blockComment();
            } else if (c == ';') {
                if (m_block == 0)
                    finishStatement(m_i);
                ++m_i;
            } else {
                startStatement();
                if (c == '\'' || c == '"' || c == '`')
                    quoted(c);
                else if (c == '$' && m_dialect == Dialect::PostgreSql && !dollarTag(m_s, m_i).empty())
                    dollarQuoted(dollarTag(m_s, m_i));
                else if (m_dialect == Dialect::MySql && isWordStart(c))
                    word();
                else
                    ++m_i;
            }
        }
        finishStatement(m_s.size());
        return std::move(m_out);
    }

private:
    char next() const { return m_i + 1 < m_s.size() ? m_s[m_i + 1] : '\0'; }

    bool lineCommentAt(std::size_t i) const
    {
        if (m_s[i] == '#')
            return m_dialect == Dialect::MySql;
        return m_s[i] == '-' && i + 1 < m_s.size() && m_s[i + 1] == '-';
    }

    void startStatement()
    {
        if (m_start != std::string_view::npos)
            return;
        m_start = m_i;
        m_startLine = m_line;
    }

    static bool isWordStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }

    // MySQL's stored programs hold statements of their own between BEGIN and END (with IF ... END IF, CASE,
    // LOOP, WHILE and REPEAT nested in them); the semicolons there end those, not the CREATE statement.
    void word()
    {
        std::size_t j = m_i;
        while (j < m_s.size() && (std::isalnum(static_cast<unsigned char>(m_s[j])) || m_s[j] == '_' || m_s[j] == '$'))
            ++j;
        std::string w(m_s.substr(m_i, j - m_i));
        for (char& ch : w)
            ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        std::size_t k = j;
        while (k < m_s.size() && isBlank(m_s[k]))
            ++k;
        const bool call = k < m_s.size() && m_s[k] == '(';
        const std::string_view following = m_s.substr(k, std::min<std::size_t>(6, m_s.size() - k));
        const bool afterEnd = m_afterEnd;
        m_afterEnd = false;
        ++m_words;
        if (m_words == 1)
            m_create = w == "CREATE";
        else if (m_create && m_block == 0 && (w == "FUNCTION" || w == "PROCEDURE" || w == "TRIGGER" || w == "EVENT"))
            m_routine = true;
        if (m_routine && w == "BEGIN") {
            ++m_block;
        } else if (m_block > 0 && w == "END") {
            --m_block;
            m_afterEnd = true;
        } else if (m_block > 0 && !afterEnd && !call &&
                   (w == "CASE" || w == "LOOP" || w == "WHILE" || w == "REPEAT" ||
                    (w == "IF" && !equalsIgnoreCase(following.substr(0, 3), "NOT") &&
                     !equalsIgnoreCase(following, "EXISTS")))) {
            ++m_block;
        }
        m_i = j;
    }

    void finishStatement(std::size_t end)
    {
        m_words = 0;
        m_create = m_routine = m_afterEnd = false;
        m_block = 0;
        if (m_start == std::string_view::npos)
            return;
        std::string sql(trimmed(m_s.substr(m_start, end - m_start)));
        if (!sql.empty())
            m_out.statements.push_back({std::move(sql), m_startLine});
        m_start = std::string_view::npos;
    }

    void lineComment()
    {
        const std::size_t begin = m_i;
        while (m_i < m_s.size() && m_s[m_i] != '\n')
            ++m_i;
        if (m_start != std::string_view::npos)
            return;  // inside a statement the comment is part of its text
        std::string_view text = m_s.substr(begin, m_i - begin);
        text.remove_prefix(text.front() == '#' ? 1 : 2);
        m_out.comments.push_back({std::string(trimmed(text)), m_line});
    }

    void blockComment()
    {
        const std::size_t close = m_s.find("*/", m_i + 2);
        const std::size_t end = close == std::string_view::npos ? m_s.size() : close + 2;
        countLines(m_i, end);
        m_i = end;
    }

    void quoted(char quote)
    {
        const bool backslashEscapes = m_dialect == Dialect::MySql && quote != '`';
        std::size_t j = m_i + 1;
        while (j < m_s.size()) {
            if (backslashEscapes && m_s[j] == '\\') {
                j += 2;
            } else if (m_s[j] == quote) {
                if (j + 1 < m_s.size() && m_s[j + 1] == quote) {
                    j += 2;
                } else {
                    ++j;
                    break;
                }
            } else {
                ++j;
            }
        }
        j = std::min(j, m_s.size());
        countLines(m_i, j);
        m_i = j;
    }

    void dollarQuoted(std::string_view tag)
    {
        const std::size_t close = m_s.find(tag, m_i + tag.size());
        const std::size_t end = close == std::string_view::npos ? m_s.size() : close + tag.size();
        countLines(m_i, end);
        m_i = end;
    }

    void countLines(std::size_t from, std::size_t to)
    {
        for (std::size_t k = from; k < to; ++k)
            if (m_s[k] == '\n')
                ++m_line;
    }

    std::string_view m_s;
    Dialect m_dialect;
    std::size_t m_i = 0;
    int m_line = 1;
    std::size_t m_start = std::string_view::npos;
    int m_startLine = 1;
    int m_words = 0;         // words of the current statement so far (MySQL)
    bool m_create = false;   // it starts with CREATE
    bool m_routine = false;  // ... of a function, procedure, trigger or event
    int m_block = 0;         // BEGIN ... END and the blocks nested in it that are open
    bool m_afterEnd = false; // the last word was END: IF, LOOP, ... after it close, not open
    SplitScript m_out;
};

}  // namespace

SplitScript splitSqlScript(std::string_view script, Dialect dialect)
{
    return Splitter(script, dialect).run();
}

std::string firstLineOf(std::string_view sql, std::size_t maxLength)
{
    const std::string line(trimmed(sql.substr(0, sql.find('\n'))));
    if (line.size() > maxLength) {
        std::size_t cut = maxLength - 3;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;  // never inside a UTF-8 sequence: the journal stores the text in a character column
        return line.substr(0, cut) + "...";
    }
    return sql.find('\n') == std::string_view::npos ? line : line + " ...";
}

}  // namespace ss
