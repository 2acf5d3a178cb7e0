#pragma once

#include "core/query/semantic_model.h"

#include <map>
#include <string>
#include <vector>

namespace ss::query {

// What a phrase of a question can name: a column, a table, a value held in a column, or a boolean column's
// state ("public" for is_public).
struct PhraseMatch {
    enum class Kind { Field, Entity, Value, Flag };
    Kind kind = Kind::Field;
    int index = -1;      // field (Field, Value, Flag) or table (Entity)
    std::string value;   // Value: the value as stored
    int strength = 0;    // 3 the whole name, 2 a stored value, 1 a name's last word alone
};

// Every phrase of a semantic model, looked up by a question's normalized words (spaced, and glued together:
// "ship mode" finds shipmode).
class PhraseIndex {
public:
    explicit PhraseIndex(const SemanticModel& model);

    // The matches of words [from, from + length) of `words`, strongest first (every strength: a weaker one is
    // what a phrase means when its stronger ones are unrelated to the question); empty when none.
    std::vector<PhraseMatch> lookup(const std::vector<std::string>& words, std::size_t from, std::size_t length) const;

    static constexpr std::size_t kLongestPhrase = 6;

private:
    void add(const std::vector<std::string>& words, PhraseMatch match);
    std::map<std::string, std::vector<PhraseMatch>> m_phrases;
};

// The matches of the greatest strength among `matches`.
std::vector<PhraseMatch> strongest(const std::vector<PhraseMatch>& matches);

}  // namespace ss::query
