#include "core/seed/load/delimited_text.h"

#include "core/seed/value_format.h"

#include <algorithm>

namespace ss::seed {

namespace {

void appendEscaped(std::string& out, std::string_view text)
{
    constexpr std::string_view kSpecial("\\\t\n\r\0", 5);
    std::size_t start = 0;
    for (std::size_t i = text.find_first_of(kSpecial); i != std::string_view::npos; i = text.find_first_of(kSpecial, i + 1)) {
        out.append(text.substr(start, i - start));
        out.push_back('\\');
        switch (text[i]) {
        case '\t': out.push_back('t'); break;
        case '\n': out.push_back('n'); break;
        case '\r': out.push_back('r'); break;
        case '\0': out.push_back('0'); break;
        default: out.push_back('\\'); break;
        }
        start = i + 1;
    }
    out.append(text.substr(start));
}

void appendCell(std::string& out, const ColumnBuffer& column, std::size_t i, TextDialect dialect)
{
    if (column.isNull(i)) {
        out += "\\N";
        return;
    }
    switch (column.shape.kind) {
    case ValueKind::Text: appendEscaped(out, column.text(i)); break;
    case ValueKind::Boolean:
        if (dialect == TextDialect::PostgreSql)
            out.push_back(column.ints[i] ? 't' : 'f');
        else
            out.push_back(column.ints[i] ? '1' : '0');
        break;
    case ValueKind::Blob:
        // COPY reads "\\x" as the two characters \x that start bytea's hex form.
        if (dialect == TextDialect::PostgreSql)
            out += "\\\\x";
        appendHex(out, column.text(i));
        break;
    case ValueKind::Timestamp:
        appendTimestamp(out, column.ints[i]);
        if (column.shape.withTimeZone && dialect == TextDialect::PostgreSql)
            out += "+00";
        break;
    default: appendValue(out, column, i); break;
    }
}

}  // namespace

void appendDelimitedRows(std::string& out, const RowBatch& batch, std::size_t first, std::size_t count, TextDialect dialect)
{
    const std::size_t end = std::min(batch.rowCount, first + count);
    for (std::size_t r = first; r < end; ++r) {
        for (std::size_t c = 0; c < batch.columns.size(); ++c) {
            if (c)
                out.push_back('\t');
            appendCell(out, batch.columns[c], r, dialect);
        }
        out.push_back('\n');
    }
}

}  // namespace ss::seed
