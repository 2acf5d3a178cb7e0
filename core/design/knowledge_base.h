#pragma once

#include "core/spec/data_type.h"
#include "core/spec/schema_model.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace ss::design {

// An entity the designer knows: its canonical name, the attributes it usually carries (the first is the
// natural key) and the words that name it.
struct Archetype {
    std::string name;
    std::vector<std::string> attributes;
};

// A word that makes a phrase a measure, with the type and aggregation such a measure has.
struct MeasureWord {
    std::string word;
    DataType type;
    Aggregation aggregation = Aggregation::Sum;
};

// What a run of words names, found by the longest match at a position.
template <typename T>
struct Match {
    const T* entry = nullptr;
    std::size_t length = 0;  // words consumed
};

// The designer's vocabulary, read once from the resources compiled in under :/design.
class KnowledgeBase {
public:
    static const KnowledgeBase& instance();

    Match<Archetype> entityAt(const std::vector<std::string>& words, std::size_t at) const;
    Match<MeasureWord> measureAt(const std::vector<std::string>& words, std::size_t at) const;
    // The word class of words.txt ("filler", "star", "oltp", ...) a word belongs to; empty when none.
    bool inClass(const std::string& wordClass, const std::string& word) const;
    std::size_t archetypeCount() const { return m_archetypes.size(); }
    // "one-to-many" parents of an archetype, and its many-to-many partners (relations.txt).
    const std::vector<std::string>& parentsOf(const std::string& archetype) const;
    bool manyToMany(const std::string& a, const std::string& b) const;

private:
    KnowledgeBase();
    template <typename T>
    Match<T> longest(const std::map<std::string, const T*>& phrases, const std::vector<std::string>& words,
                     std::size_t at) const;

    std::vector<Archetype> m_archetypes;
    std::vector<MeasureWord> m_measures;
    std::map<std::string, const Archetype*> m_entityPhrases;
    std::map<std::string, const MeasureWord*> m_measurePhrases;
    std::map<std::string, std::set<std::string>> m_classes;
    std::map<std::string, std::vector<std::string>> m_parents;
    std::set<std::pair<std::string, std::string>> m_manyToMany;
    std::size_t m_longestPhrase = 1;
};

// "category" -> "categories", "box" -> "boxes", "order" -> "orders".
std::string plural(const std::string& word);
// The reverse, for words the knowledge base does not hold.
std::string singular(const std::string& word);

}  // namespace ss::design
