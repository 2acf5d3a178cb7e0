#pragma once

#include "core/design/design_result.h"
#include "core/design/knowledge_base.h"

#include <map>
#include <string>

namespace ss::design {

// Calendar levels a time word can ask for.
enum class TimeLevel { Day, Week, Month, Quarter, Year };

// Builds the draft's tables so every reader produces the same shapes: dimensions with a surrogate key and a
// natural key, facts whose grain is their dimensions' keys, plain tables with keys and foreign keys, and names
// no dialect reserves. Each call records what it made in the result's account.
class DraftBuilder {
public:
    explicit DraftBuilder(DesignResult& result) : m_result(result) {}

    // The dimension for an archetype (or for an unknown word, given as its snake_case name); reused if present.
    std::string dimension(const Archetype* archetype, const std::string& unknownName, const std::string& words);
    std::string dateDimension(TimeLevel level, const std::string& words);
    std::string fact(const std::string& name, const std::string& words);
    void linkDimension(const std::string& fact, const std::string& dimension);
    void measure(const std::string& fact, const std::string& name, const DataType& type, Aggregation aggregation,
                 const std::string& role, const std::string& words);
    void flag(const std::string& fact, const std::string& name, const std::string& words);
    std::string plainTable(const Archetype* archetype, const std::string& unknownName, const std::string& words);
    std::string explicitTable(const std::string& name, const std::vector<std::string>& columns, const std::string& words);
    void oneToMany(const std::string& parent, const std::string& child, const std::string& words);
    void manyToMany(const std::string& a, const std::string& b, const std::string& words);
    void column(const std::string& table, const std::string& name, const std::string& words);
    // Facts left without a measure count their rows; facts left without a grain take their keys.
    void finish();

    static std::string safeName(const std::string& name);

private:
    Table& add(Table table);
    std::string keyOf(const Table& table) const;

    DesignResult& m_result;
    // The table each archetype became: a second word for the same thing ("vaccination", "vaccine") reuses it.
    std::map<std::string, std::string> m_tableOfArchetype;
};

}  // namespace ss::design
