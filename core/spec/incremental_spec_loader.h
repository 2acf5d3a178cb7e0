#pragma once

#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_tree.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ss {

// Loads successive versions of one spec while it is edited, re-parsing only the tables whose text changed.
// Parsing is nearly all of a load's time, so after a keystroke in one table of a 2,000-table spec only that
// table's few lines go through the YAML parser again. Gives exactly what loadSchemaYaml gives (diagnostics in
// location order); text it cannot split safely (anchors and aliases, flow-style sections, unusual
// indentation) is simply loaded whole.
class IncrementalSpecLoader {
public:
    LoadResult load(std::string_view text);

    // How the last load went: tables parsed anew and tables taken from the previous versions.
    int lastParsedTables() const { return m_lastParsed; }
    int lastReusedTables() const { return m_lastReused; }
    bool lastLoadWasWhole() const { return m_lastWhole; }

private:
    struct CachedTable {
        YamlParseResult parsed;  // of the table with its context: two lines before it, the next line after
        bool used = false;
    };

    std::unordered_map<std::string, std::unique_ptr<CachedTable>> m_cache;
    int m_lastParsed = 0;
    int m_lastReused = 0;
    bool m_lastWhole = false;
};

}  // namespace ss
