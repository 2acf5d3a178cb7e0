#include "core/spec/yaml_map_reader.h"

#include <charconv>
#include <cstring>

namespace ss {

SourceLocation locationOf(const YamlDocument& doc, int node)
{
    if (node < 0)
        return {};
    const YamlNode& n = doc.node(node);
    return {n.line + doc.lineOffset, n.column};
}

namespace {
const char* kindName(YamlNode::Kind kind)
{
    switch (kind) {
    case YamlNode::Kind::Null: return "nothing";
    case YamlNode::Kind::Scalar: return "a single value";
    case YamlNode::Kind::Sequence: return "a list";
    case YamlNode::Kind::Map: return "a mapping";
    }
    return "?";
}
}  // namespace

YamlMapReader::YamlMapReader(const YamlDocument& doc, int node, std::string what, std::vector<Diagnostic>& out)
    : m_doc(doc), m_node(node < 0 ? node : doc.resolve(node)), m_what(std::move(what)), m_out(out)
{
    if (m_node < 0)
        return;
    const YamlNode& n = m_doc.node(m_node);
    m_isMap = n.kind == YamlNode::Kind::Map;
    if (!m_isMap) {
        error("structure", "expected a " + m_what + " as a mapping of keys to values, found " + kindName(n.kind), node);
        return;
    }
    m_used.assign(n.children.size() / 2, false);
    // A repeated key would silently shadow the first, so it is an error. DSL mappings have a handful of
    // keys, where comparing pairs beats building a hash set for each of thousands of columns.
    for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
        const YamlNode& key = m_doc.node(m_doc.resolve(n.children[i]));
        if (key.kind != YamlNode::Kind::Scalar) {
            error("structure", "keys of a " + m_what + " must be plain names", n.children[i]);
            m_used[i / 2] = true;
            continue;
        }
        for (std::size_t j = 0; j < i; j += 2) {
            const YamlNode& earlier = m_doc.node(m_doc.resolve(n.children[j]));
            if (earlier.kind == YamlNode::Kind::Scalar && earlier.value == key.value) {
                error("duplicate-key", "key '" + key.value + "' appears twice in this " + m_what, n.children[i],
                      "remove one of them; YAML keeps only one");
                break;
            }
        }
    }
}

SourceLocation YamlMapReader::location() const { return locationOf(m_doc, m_node); }

int YamlMapReader::valueOf(const char* key, int* keyNode) const
{
    if (!m_isMap)
        return -1;
    const YamlNode& n = m_doc.node(m_node);
    for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
        const YamlNode& k = m_doc.node(m_doc.resolve(n.children[i]));
        if (k.kind == YamlNode::Kind::Scalar && k.value == key) {
            if (keyNode)
                *keyNode = static_cast<int>(i);
            return n.children[i + 1];
        }
    }
    return -1;
}

int YamlMapReader::find(const char* key)
{
    int keyIndex = -1;
    const int value = valueOf(key, &keyIndex);
    if (keyIndex >= 0)
        m_used[static_cast<std::size_t>(keyIndex) / 2] = true;
    return value;
}

SourceLocation YamlMapReader::keyLocation(const char* key) const
{
    int keyIndex = -1;
    valueOf(key, &keyIndex);
    if (keyIndex < 0)
        return location();
    return locationOf(m_doc, m_doc.node(m_node).children[static_cast<std::size_t>(keyIndex)]);
}

std::optional<std::string> YamlMapReader::string(const char* key, bool required)
{
    const int v = find(key);
    if (v < 0) {
        if (required && m_isMap)
            error("structure", "this " + m_what + " needs a `" + key + "`", m_node);
        return std::nullopt;
    }
    const YamlNode& n = m_doc.node(m_doc.resolve(v));
    if (n.kind == YamlNode::Kind::Null) {
        if (required)
            error("structure", "`" + std::string(key) + "` of this " + m_what + " is empty", v);
        return std::nullopt;
    }
    if (n.kind != YamlNode::Kind::Scalar) {
        error("structure", "`" + std::string(key) + "` must be a single value, found " + kindName(n.kind), v);
        return std::nullopt;
    }
    return n.value;
}

std::optional<std::string> YamlMapReader::parenthesisedString(const char* key)
{
    std::optional<std::string> value = string(key);
    if (!value || value->find('(') == std::string::npos || value->find(')') != std::string::npos)
        return value;
    int keyIndex = -1;
    valueOf(key, &keyIndex);
    const YamlNode& map = m_doc.node(m_node);
    const std::size_t next = static_cast<std::size_t>(keyIndex) + 2;
    if (next + 1 >= map.children.size())
        return value;
    const YamlNode& tailKey = m_doc.node(map.children[next]);
    const YamlNode& tailValue = m_doc.node(map.children[next + 1]);
    const std::string& tail = tailKey.value;
    const bool looksLikeTail = tailKey.kind == YamlNode::Kind::Scalar && tailKey.plain && !tail.empty() &&
                               tail.back() == ')' && tail.find_first_not_of("0123456789 )") == std::string::npos;
    if (looksLikeTail && tailValue.kind == YamlNode::Kind::Null) {
        m_used[next / 2] = true;
        *value += "," + tail;
    }
    return value;
}

std::optional<bool> YamlMapReader::boolean(const char* key)
{
    const int v = find(key);
    if (v < 0)
        return std::nullopt;
    const YamlNode& n = m_doc.node(m_doc.resolve(v));
    if (n.kind == YamlNode::Kind::Scalar && n.plain) {
        if (n.value == "true" || n.value == "True" || n.value == "TRUE")
            return true;
        if (n.value == "false" || n.value == "False" || n.value == "FALSE")
            return false;
    }
    error("structure", "`" + std::string(key) + "` must be true or false", v);
    return std::nullopt;
}

std::optional<int> YamlMapReader::integer(const char* key)
{
    const int v = find(key);
    if (v < 0)
        return std::nullopt;
    const YamlNode& n = m_doc.node(m_doc.resolve(v));
    int value = 0;
    if (n.kind == YamlNode::Kind::Scalar) {
        const char* begin = n.value.data();
        const char* end = begin + n.value.size();
        auto [ptr, ec] = std::from_chars(begin, end, value);
        if (ec == std::errc() && ptr == end && begin != end)
            return value;
    }
    error("structure", "`" + std::string(key) + "` must be a whole number", v);
    return std::nullopt;
}

namespace {
std::string trim(std::string_view s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos)
        return {};
    const auto e = s.find_last_not_of(" \t");
    return std::string(s.substr(b, e - b + 1));
}
}  // namespace

std::optional<std::vector<std::string>> YamlMapReader::stringList(const char* key, bool splitCommas)
{
    const int v = find(key);
    if (v < 0)
        return std::nullopt;
    const YamlNode& n = m_doc.node(m_doc.resolve(v));
    std::vector<std::string> out;
    if (n.kind == YamlNode::Kind::Scalar) {
        if (!splitCommas) {
            out.push_back(n.value);
            return out;
        }
        std::string_view rest = n.value;
        while (true) {
            const auto comma = rest.find(',');
            out.push_back(trim(rest.substr(0, comma)));
            if (comma == std::string_view::npos)
                break;
            rest.remove_prefix(comma + 1);
        }
        return out;
    }
    if (n.kind == YamlNode::Kind::Sequence) {
        for (int item : n.children) {
            const YamlNode& i = m_doc.node(m_doc.resolve(item));
            if (i.kind != YamlNode::Kind::Scalar) {
                error("structure", "`" + std::string(key) + "` must list names, found " + kindName(i.kind), item);
                continue;
            }
            out.push_back(i.value);
        }
        return out;
    }
    error("structure", "`" + std::string(key) + "` must be a name or a list of names, found " + kindName(n.kind), v);
    return std::nullopt;
}

std::vector<int> YamlMapReader::sequence(const char* key)
{
    const int v = find(key);
    if (v < 0)
        return {};
    const YamlNode& n = m_doc.node(m_doc.resolve(v));
    if (n.kind == YamlNode::Kind::Null)
        return {};
    if (n.kind != YamlNode::Kind::Sequence) {
        error("structure", "`" + std::string(key) + "` must be a list (items starting with `- `), found " +
                               kindName(n.kind),
              v);
        return {};
    }
    return n.children;
}

void YamlMapReader::reportUnknownKeys(std::initializer_list<const char*> expected)
{
    if (!m_isMap)
        return;
    const YamlNode& n = m_doc.node(m_node);
    for (std::size_t i = 0; i < m_used.size(); ++i) {
        if (m_used[i])
            continue;
        const int keyNode = n.children[i * 2];
        std::string list;
        for (const char* e : expected)
            list += (list.empty() ? "" : ", ") + std::string(e);
        Diagnostic d;
        d.severity = Severity::Warning;
        d.ruleId = "unknown-key";
        d.message = "unknown key '" + m_doc.node(m_doc.resolve(keyNode)).value + "' in " + m_what + "; it is ignored";
        d.loc = locationOf(m_doc, keyNode);
        d.hint = "expected one of: " + list;
        m_out.push_back(std::move(d));
    }
}

void YamlMapReader::error(const std::string& rule, const std::string& message, int node, const std::string& hint)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.ruleId = rule;
    d.message = message;
    d.loc = locationOf(m_doc, node);
    d.hint = hint;
    m_out.push_back(std::move(d));
}

}  // namespace ss
