#include "core/spec/incremental_spec_loader.h"

#include "core/spec/spec_reader.h"
#include "core/spec/yaml_text.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace ss {

namespace {

// One table entry of an entities section: its first line (0-based) and bytes [begin, end). It is parsed in
// the context it has in the file: after `entities:` and its section's line, and before the next significant
// line, so that the parser ends (or fails on) the entry exactly as it does when reading the whole file.
struct TableSlice {
    TableKind kind;
    int firstLine;
    std::size_t begin;
    std::size_t end;
    std::string_view sectionLine;
    // The next line that is not blank, comments included, with its line break when it has one: yaml-cpp can
    // read a document that ends without one differently.
    std::string_view nextLine;  // empty at the end of the file
};

struct SpecSlices {
    std::string header;  // the text with every table's lines emptied, so its line numbers stay the file's
    std::vector<TableSlice> tables;
    // Where the slicer saw `entities:` and its section keys (1-based lines): the header's parse must agree, or
    // a quoted scalar spanning lines has fooled the line-by-line reading.
    std::vector<std::pair<std::string, int>> keyLines;
};

struct Line {
    std::string_view text;
    std::size_t begin;
};

int indentOf(std::string_view line)
{
    const auto first = line.find_first_not_of(' ');
    return first == std::string_view::npos ? -1 : static_cast<int>(first);
}

bool isBlankOrComment(std::string_view line)
{
    const auto first = line.find_first_not_of(" \r");
    return first == std::string_view::npos || line[first] == '#';
}

// An anchor (&a) or alias (*a) ties parts of the document together, so slices could not be read apart.
bool mayHaveAnchorOrAlias(std::string_view text)
{
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const char c = text[i];
        if (c != '&' && c != '*')
            continue;
        const char before = i == 0 ? ' ' : text[i - 1];
        const char after = text[i + 1];
        const bool opens = before == ' ' || before == '[' || before == '{' || before == ',' || before == '\n';
        const bool named = after != ' ' && after != '\n' && after != '\r' && after != ')' && after != ',';
        if (opens && named)
            return true;
    }
    return false;
}

// True when every flow collection ([...], {...}) and quoted scalar that opens on the line also closes on it.
// Slices are cut at line starts, so a construct spanning lines could make a slice parse differently alone.
// Over-cautious is fine (a quote inside a plain word, a bracket in a comment's text): that text loads whole.
bool lineIsSelfContained(std::string_view line)
{
    int depth = 0;
    char previous = ' ';  // last non-blank character before the current one, ' ' at the line's start
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '#' && (i == 0 || line[i - 1] == ' '))
            break;
        const bool startsScalar = previous == ' ' || previous == '[' || previous == '{' || previous == ',' ||
                                  previous == '-' || previous == ':' || previous == '?';
        if ((c == '"' || c == '\'') && startsScalar) {
            std::size_t j = i + 1;
            for (; j < line.size(); ++j) {
                if (c == '"' && line[j] == '\\') {
                    ++j;
                } else if (line[j] == c) {
                    if (c == '\'' && j + 1 < line.size() && line[j + 1] == '\'')
                        ++j;
                    else
                        break;
                }
            }
            if (j >= line.size())
                return false;
            i = j;
            previous = c;
            continue;
        }
        if (c == '[' || c == '{')
            ++depth;
        else if (c == ']' || c == '}')
            --depth;
        if (c != ' ')
            previous = c;
    }
    return depth == 0;
}

// Splits a spec written in the usual block layout into its tables. Returns nothing when the layout is not
// one whose slices parse exactly as they do in place.
std::optional<SpecSlices> sliceSpec(std::string_view text)
{
    if (mayHaveAnchorOrAlias(text) || text.find('\t') != std::string_view::npos)
        return std::nullopt;
    std::vector<Line> lines;
    for (std::size_t start = 0; start < text.size();) {
        const auto end = text.find('\n', start);
        const std::size_t stop = end == std::string_view::npos ? text.size() : end;
        lines.push_back({text.substr(start, stop - start), start});
        start = stop + 1;
    }

    static const std::array<std::pair<std::string_view, TableKind>, 3> kSections = {{
        {"  dimensions:", TableKind::Dimension}, {"  facts:", TableKind::Fact}, {"  tables:", TableKind::Table}}};
    auto kindOf = [](int index) { return kSections[static_cast<std::size_t>(index)].second; };
    SpecSlices out;
    bool inEntities = false;
    // The section the current line is in, as an index into kSections; -1 outside the three sections.
    int section = -1;
    std::array<bool, 3> seen{};
    std::vector<bool> inTable(lines.size(), false);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i].text;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (isBlankOrComment(line)) {
            if (section >= 0 && !out.tables.empty() && out.tables.back().kind == kindOf(section) && inTable[i - 1])
                inTable[i] = true;
            continue;
        }
        if (!lineIsSelfContained(line))
            return std::nullopt;
        const int indent = indentOf(line);
        if (indent == 0) {
            section = -1;
            inEntities = line == "entities:";
            if (inEntities)
                out.keyLines.emplace_back("entities", static_cast<int>(i) + 1);
            continue;
        }
        if (!inEntities)
            continue;
        if (indent == 2) {
            section = -1;
            for (std::size_t k = 0; k < kSections.size(); ++k) {
                if (line == kSections[k].first) {
                    if (seen[k])
                        return std::nullopt;
                    seen[k] = true;
                    out.keyLines.emplace_back(std::string(kSections[k].first.substr(2, kSections[k].first.size() - 3)),
                                              static_cast<int>(i) + 1);
                    section = static_cast<int>(k);
                }
            }
            if (section < 0)
                return std::nullopt;
            continue;
        }
        if (section < 0 || indent < 4)
            return std::nullopt;
        if (indent == 4) {
            if (line.substr(4, 2) != "- ")
                return std::nullopt;
            out.tables.push_back({kindOf(section), static_cast<int>(i), lines[i].begin, 0,
                                  kSections[static_cast<std::size_t>(section)].first, {}});
        } else if (out.tables.empty() || out.tables.back().kind != kindOf(section) ||
                   !(inTable[i - 1] || static_cast<int>(i) == out.tables.back().firstLine)) {
            return std::nullopt;
        }
        inTable[i] = true;
    }

    // A table ends after its last non-blank line; trailing blank lines and comments go back to the header.
    for (std::size_t t = 0; t < out.tables.size(); ++t) {
        std::size_t last = static_cast<std::size_t>(out.tables[t].firstLine);
        const std::size_t limit = t + 1 < out.tables.size() ? static_cast<std::size_t>(out.tables[t + 1].firstLine)
                                                            : lines.size();
        for (std::size_t i = last; i < limit && inTable[i]; ++i)
            if (!isBlankOrComment(lines[i].text))
                last = i;
        for (std::size_t i = last + 1; i < limit; ++i)
            inTable[i] = false;
        out.tables[t].end = lines[last].begin + lines[last].text.size();
        // Comments count here: yaml-cpp can read a table followed by the end of the text differently from one
        // followed by anything, even a comment.
        for (std::size_t i = last + 1; i < lines.size(); ++i) {
            if (lines[i].text.find_first_not_of(" \r") != std::string_view::npos) {
                const bool broken = lines[i].begin + lines[i].text.size() < text.size();
                out.tables[t].nextLine = text.substr(lines[i].begin, lines[i].text.size() + (broken ? 1 : 0));
                break;
            }
        }
    }

    out.header.reserve(text.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!inTable[i])
            out.header.append(lines[i].text);
        if (i + 1 < lines.size() || text.back() == '\n')
            out.header.push_back('\n');
    }
    return out;
}

// True when the header's document has `entities:` and its section keys on the lines the slicer found them.
bool headerAgrees(const YamlDocument& header, const SpecSlices& slices)
{
    int map = header.root;
    for (const auto& [key, line] : slices.keyLines) {
        if (map < 0 || header.node(map).kind != YamlNode::Kind::Map)
            return false;
        const std::vector<int>& entries = header.node(map).children;
        // The first key of that name is the one the reader takes (a later one is a duplicate it ignores), so
        // that is the one the slicer must have seen: `entities :` above an `entities:` fools the line reading.
        int value = -1;
        for (std::size_t i = 0; i + 1 < entries.size() && value < 0; i += 2) {
            const YamlNode& k = header.node(entries[i]);
            if (k.kind == YamlNode::Kind::Scalar && k.value == key) {
                if (k.line != line)
                    return false;
                value = entries[i + 1];
            }
        }
        if (value < 0)
            return false;
        if (key == "entities")
            map = value;
    }
    return true;
}

// The table entry in a slice's document: entities -> section -> first item.
int firstEntry(const YamlDocument& doc)
{
    int node = doc.root;
    for (int depth = 0; depth < 2; ++depth) {
        if (node < 0 || doc.node(node).kind != YamlNode::Kind::Map || doc.node(node).children.size() < 2)
            return -1;
        node = doc.node(node).children[1];
    }
    if (node < 0 || doc.node(node).kind != YamlNode::Kind::Sequence || doc.node(node).children.empty())
        return -1;
    return doc.node(node).children.front();
}

// yaml-cpp may take a broken line for a key inside a slice yet fail on it in the whole text (a line without its
// colon before a flow mapping cut off later): an entry whose shape the reader found wrong (an unknown key, a
// structure finding since `from`) is left to the whole load. A wrong value (a misspelt type) stays incremental.
bool readAsOtherShape(const std::vector<Diagnostic>& diagnostics, std::size_t from)
{
    return std::any_of(diagnostics.begin() + static_cast<std::ptrdiff_t>(from), diagnostics.end(), [](const Diagnostic& d) {
        return d.ruleId == "unknown-key" || d.ruleId == "structure" || d.ruleId == "duplicate-key";
    });
}

}  // namespace

LoadResult IncrementalSpecLoader::load(std::string_view text)
{
    m_lastParsed = 0;
    m_lastReused = 0;
    m_lastWhole = false;
    LoadResult result;
    const std::optional<std::string> checked = checkYamlText(text, kMaxSpecBytes, "spec", result.diagnostics);
    if (!checked)
        return result;

    std::optional<SpecSlices> slices = sliceSpec(*checked);
    if (!slices) {
        m_lastWhole = true;
        m_cache.clear();
        result = loadSchemaYaml(*checked);
        return result;
    }

    YamlParseResult header = parseYamlDocument(slices->header);
    if (!header.ok() || !headerAgrees(header.document, *slices)) {
        // A syntax error in the header, or a header the line-by-line slicing misread: the whole text decides.
        m_lastWhole = true;
        result = loadSchemaYaml(*checked);
        return result;
    }
    result.model = readSpec(header.document, result.diagnostics);

    for (auto& [key, entry] : m_cache)
        entry->used = false;
    std::array<std::vector<Table>, 3> byKind;
    bool needWholeLoad = false;
    for (const TableSlice& slice : slices->tables) {
        std::string key = "entities:\n";
        key += slice.sectionLine;
        key += '\n';
        key += checked->substr(slice.begin, slice.end - slice.begin);
        if (slice.end < checked->size())
            key += '\n';  // the file's own break: a last line without one stays without
        key += slice.nextLine;
        auto it = m_cache.find(key);
        if (it == m_cache.end()) {
            auto entry = std::make_unique<CachedTable>();
            entry->parsed = parseYamlDocument(key);
            it = m_cache.emplace(std::move(key), std::move(entry)).first;
            ++m_lastParsed;
        } else {
            ++m_lastReused;
        }
        CachedTable& cached = *it->second;
        cached.used = true;
        if (!cached.parsed.ok()) {
            needWholeLoad = true;
            break;
        }
        const int entry = firstEntry(cached.parsed.document);
        if (entry < 0) {
            needWholeLoad = true;
            break;
        }
        cached.parsed.document.lineOffset = slice.firstLine - 2;
        const std::size_t findings = result.diagnostics.size();
        readTableEntry(cached.parsed.document, entry, slice.kind, result.model.types, byKind[static_cast<std::size_t>(slice.kind)],
                       result.diagnostics);
        if (readAsOtherShape(result.diagnostics, findings)) {
            needWholeLoad = true;
            break;
        }
    }
    std::erase_if(m_cache, [](const auto& entry) { return !entry.second->used; });
    if (needWholeLoad) {
        // A syntax error (or an entry the parser did not read as one, or read in another shape) is reported as the
        // whole load reports it.
        m_lastWhole = true;
        result = loadSchemaYaml(*checked);
        return result;
    }

    for (auto& tables : byKind)
        for (Table& t : tables)
            result.model.tables.push_back(std::move(t));
    materializeImpliedColumns(result.model);
    sortDiagnostics(result.diagnostics);
    return result;
}

}  // namespace ss
