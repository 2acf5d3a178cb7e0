#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ss {

// A light YAML document tree built straight from yaml-cpp's parser events. It is much cheaper than
// YAML::Node, is freed without recursion (nodes live in one arena), and keeps every node's position.
// An alias is stored as a reference to its anchored node, so alias bombs never expand here.
struct YamlNode {
    enum class Kind { Null, Scalar, Sequence, Map };
    Kind kind = Kind::Null;
    bool plain = false;         // scalar written without quotes (so `true` may be a boolean, `0` a number)
    bool alias = false;         // this entry is `*name`: `children[0]` is the anchored node
    int line = 0;               // 1-based
    int column = 0;
    std::string value;          // scalar text
    std::vector<int> children;  // sequence items; map entries as key, value, key, value, ...
};

struct YamlDocument {
    std::vector<YamlNode> nodes;
    int root = -1;
    // Lines to add to every node's line: a document parsed from a slice of a larger file reports positions
    // in that file.
    int lineOffset = 0;

    const YamlNode& node(int index) const { return nodes[static_cast<std::size_t>(index)]; }
    // Follows an alias entry to the node it names.
    int resolve(int index) const;
};

struct YamlParseResult {
    YamlDocument document;
    std::string error;  // empty when the text parsed
    int line = 0;
    int column = 0;
    bool ok() const { return error.empty(); }
};

// Most nodes the document may stand for once its aliases are expanded; more is refused as an alias bomb.
constexpr std::size_t kMaxExpandedNodes = 2'000'000;

// Parses exactly one YAML document. Never throws.
YamlParseResult parseYamlDocument(std::string_view text);

}  // namespace ss
