#include "core/spec/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>

namespace ss {

int YamlDocument::resolve(int index) const
{
    const YamlNode& n = node(index);
    return n.alias ? n.children.front() : index;
}

namespace {

struct AliasError {
    std::string message;
    YAML::Mark mark;
};

class TreeBuilder : public YAML::EventHandler {
public:
    explicit TreeBuilder(YamlDocument& doc) : m_doc(doc) {}

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        const int index = add(YamlNode::Kind::Null, mark, anchor);
        complete(index);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            throw AliasError{"alias to an unknown anchor", mark};
        if (m_expandedSize[static_cast<std::size_t>(it->second)] == 0)
            throw AliasError{"an alias may not refer to the node that contains it", mark};
        const int index = add(YamlNode::Kind::Null, mark, 0);
        YamlNode& n = m_doc.nodes[static_cast<std::size_t>(index)];
        n.alias = true;
        n.kind = m_doc.node(it->second).kind;
        n.children.push_back(it->second);
        m_expandedSize[static_cast<std::size_t>(index)] = m_expandedSize[static_cast<std::size_t>(it->second)];
        addToParent(index);
        if (m_expandedSize[static_cast<std::size_t>(index)] > kMaxExpandedNodes)
            throw AliasError{"aliases here expand to more than " + std::to_string(kMaxExpandedNodes) +
                                 " nodes; a spec needs no such expansion (alias bomb?)",
                             mark};
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override
    {
        const int index = add(YamlNode::Kind::Scalar, mark, anchor);
        YamlNode& n = m_doc.nodes[static_cast<std::size_t>(index)];
        n.value = value;
        n.plain = tag == "?";
        complete(index);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        m_open.push_back(add(YamlNode::Kind::Sequence, mark, anchor));
    }
    void OnSequenceEnd() override { closeContainer(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        m_open.push_back(add(YamlNode::Kind::Map, mark, anchor));
    }
    void OnMapEnd() override { closeContainer(); }

private:
    int add(YamlNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor)
    {
        YamlNode n;
        n.kind = kind;
        n.line = mark.line + 1;
        n.column = mark.column + 1;
        const int index = static_cast<int>(m_doc.nodes.size());
        m_doc.nodes.push_back(std::move(n));
        m_expandedSize.push_back(0);
        if (anchor != 0)
            m_anchors[anchor] = index;
        if (m_doc.root < 0)
            m_doc.root = index;
        return index;
    }

    // Containers are added to their parent when they open, so a parent's children keep document order.
    void addToParent(int index)
    {
        if (!m_open.empty())
            m_doc.nodes[static_cast<std::size_t>(m_open.back())].children.push_back(index);
    }

    void complete(int index)
    {
        m_expandedSize[static_cast<std::size_t>(index)] = 1;
        addToParent(index);
    }

    void closeContainer()
    {
        const int index = m_open.back();
        m_open.pop_back();
        std::size_t size = 1;
        for (int child : m_doc.nodes[static_cast<std::size_t>(index)].children)
            size = std::min(size + m_expandedSize[static_cast<std::size_t>(child)], kMaxExpandedNodes + 1);
        m_expandedSize[static_cast<std::size_t>(index)] = size;
        addToParent(index);
    }

    YamlDocument& m_doc;
    std::vector<int> m_open;
    std::vector<std::size_t> m_expandedSize;  // 0 while a container is still open
    std::unordered_map<YAML::anchor_t, int> m_anchors;
};

}  // namespace

YamlParseResult parseYamlDocument(std::string_view text)
{
    YamlParseResult result;
    // yaml-cpp reads from a stream; a stringbuf over a copy is the cheapest way in.
    std::istringstream stream{std::string(text)};
    try {
        YAML::Parser parser(stream);
        TreeBuilder builder(result.document);
        if (!parser.HandleNextDocument(builder)) {
            result.error = "the file is empty: a spec needs at least `version` and `entities`";
            result.line = 1;
            result.column = 1;
            return result;
        }
        YamlDocument second;
        TreeBuilder secondBuilder(second);
        if (parser.HandleNextDocument(secondBuilder)) {
            result.error = "a spec is one YAML document; this file holds more than one (remove the second `---`)";
            const int at = second.root >= 0 ? second.root : 0;
            result.line = second.nodes.empty() ? 1 : second.node(at).line;
            result.column = second.nodes.empty() ? 1 : second.node(at).column;
        }
    } catch (const AliasError& e) {
        result.error = e.message;
        result.line = e.mark.line + 1;
        result.column = e.mark.column + 1;
    } catch (const YAML::Exception& e) {
        result.error = e.msg.empty() ? std::string("malformed YAML") : e.msg;
        result.line = e.mark.is_null() ? 1 : e.mark.line + 1;
        result.column = e.mark.is_null() ? 1 : e.mark.column + 1;
    } catch (const std::exception& e) {
        result.error = std::string("could not parse the YAML: ") + e.what();
        result.line = 1;
        result.column = 1;
    }
    if (!result.ok())
        result.document = YamlDocument{};
    return result;
}

}  // namespace ss
