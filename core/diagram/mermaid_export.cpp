#include "core/diagram/mermaid_export.h"

#include <cctype>

namespace ss {

namespace {

std::string word(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        out.push_back(std::isalnum(u) || c == '_' || c == '-' ? c : '_');
    }
    if (out.empty() || !std::isalpha(static_cast<unsigned char>(out.front())))
        out.insert(out.begin(), 'x');
    return out;
}

// Mermaid type words cannot hold "(18,2)": the base name goes in the type, the full spelling in the comment.
std::string baseType(const std::string& type)
{
    return word(type.substr(0, type.find('(')));
}

std::string comment(const ErRow& row)
{
    std::string text;
    if (row.type.find('(') != std::string::npos || baseType(row.type) != row.type)
        text = row.type;
    if (row.nullable)
        text += text.empty() ? "nullable" : ", nullable";
    for (char& c : text)
        if (c == '"')
            c = '\'';
    return text;
}

std::string keys(const ErRow& row)
{
    if (row.primaryKey && row.foreignKey)
        return " PK, FK";
    if (row.primaryKey)
        return " PK";
    if (row.foreignKey)
        return " FK";
    return {};
}

// Mermaid cardinality halves: on the left side of `--` the marks read outwards-in ("}o"), on the right
// side inwards-out ("o{").
std::string leftEnd(const ErEnd& end) { return std::string(end.many ? "}" : "|") + (end.optional ? "o" : "|"); }
std::string rightEnd(const ErEnd& end) { return std::string(end.optional ? "o" : "|") + (end.many ? "{" : "|"); }

}  // namespace

std::string mermaidName(const std::string& name) { return word(name); }

std::string exportMermaid(const ErGraph& graph)
{
    std::string out = "erDiagram\n";
    for (const auto& card : graph.cards) {
        out += "    " + mermaidName(card.name) + " {\n";
        for (const auto& row : card.rows) {
            out += "        " + baseType(row.type) + " " + word(row.name) + keys(row);
            const std::string note = comment(row);
            if (!note.empty())
                out += " \"" + note + "\"";
            out += "\n";
        }
        out += "    }\n";
    }
    for (const auto& edge : graph.edges) {
        const ErCard& from = graph.cards[static_cast<std::size_t>(edge.fromCard)];
        const ErCard& to = graph.cards[static_cast<std::size_t>(edge.toCard)];
        // Identifying when the key is part of the child's primary key: a solid line, else a dashed one.
        const bool identifying = from.rows[static_cast<std::size_t>(edge.fromRow)].primaryKey;
        std::string label = edge.name;
        for (char& c : label)
            if (c == '"')
                c = '\'';
        out += "    " + mermaidName(from.name) + " " + leftEnd(edge.fromEnd) + (identifying ? "--" : "..")
               + rightEnd(edge.toEnd) + " " + mermaidName(to.name) + " : \"" + label + "\"\n";
    }
    return out;
}

}  // namespace ss
