#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/yaml_tree.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace ss {

// Reads one YAML mapping of the DSL: looks keys up, checks the shape of their values, and reports unknown
// and duplicate keys. Every problem becomes a located diagnostic; nothing throws.
class YamlMapReader {
public:
    // what: how the mapping is named in messages ("column", "foreign key", ...).
    YamlMapReader(const YamlDocument& doc, int node, std::string what, std::vector<Diagnostic>& out);

    bool isMap() const { return m_isMap; }
    int node() const { return m_node; }
    SourceLocation location() const;

    // The value of a key, or -1 when absent. Marks the key as known.
    int find(const char* key);
    SourceLocation keyLocation(const char* key) const;

    std::optional<std::string> string(const char* key, bool required = false);
    // Like string(), but mends `{type: DECIMAL(18,2)}`: inside braces YAML ends the value at the comma and
    // reads `2)` as a key of its own. That is how people write types, so the two halves are joined again.
    std::optional<std::string> parenthesisedString(const char* key);
    std::optional<bool> boolean(const char* key);
    std::optional<int> integer(const char* key);
    // A scalar or a list of scalars; a scalar "a, b" is split on commas when splitCommas is set.
    std::optional<std::vector<std::string>> stringList(const char* key, bool splitCommas = false);
    // The items of a list value (an absent key gives an empty list; a non-list an error).
    std::vector<int> sequence(const char* key);

    // Reports every key that no lookup asked for. Call once, after all lookups.
    void reportUnknownKeys(std::initializer_list<const char*> expected);

    void error(const std::string& rule, const std::string& message, int node, const std::string& hint = {});

private:
    int valueOf(const char* key, int* keyNode) const;

    const YamlDocument& m_doc;
    int m_node;
    std::string m_what;
    std::vector<Diagnostic>& m_out;
    bool m_isMap = false;
    std::vector<bool> m_used;
};

SourceLocation locationOf(const YamlDocument& doc, int node);

}  // namespace ss
