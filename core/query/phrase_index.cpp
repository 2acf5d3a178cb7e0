#include "core/query/phrase_index.h"

#include "core/query/lexicon.h"
#include "core/query/question_tokens.h"

#include <algorithm>
#include <array>

namespace ss::query {

namespace {

// Last words too general to name a column alone ("name" of company_name says nothing without "company").
bool isGenericWord(const std::string& word)
{
    static constexpr std::array<std::string_view, 20> generic = {
        "id", "key", "name", "code", "date", "number", "type", "value", "count", "amount", "time", "at", "on",
        "flag", "status", "text", "description", "timestamp", "level", "total"};
    return std::find(generic.begin(), generic.end(), word) != generic.end();
}

std::vector<std::string> wordsOfText(const std::string& text)
{
    std::vector<std::string> words;
    for (const Token& t : tokenizeQuestion(text))
        if (t.kind == Token::Kind::Word || t.kind == Token::Kind::Number)
            words.push_back(t.norm);
    return words;
}

}  // namespace

PhraseIndex::PhraseIndex(const SemanticModel& model)
{
    for (std::size_t t = 0; t < model.tables.size(); ++t) {
        const Entity& entity = model.tables[t];
        PhraseMatch match{PhraseMatch::Kind::Entity, static_cast<int>(t), {}, 3};
        add(entity.words, match);
        for (const std::string& synonym : entity.synonyms)
            add(wordsOfText(synonym), match);
        if (entity.words.size() > 1 && !isGenericWord(entity.words.back()))
            add({entity.words.back()}, PhraseMatch{PhraseMatch::Kind::Entity, static_cast<int>(t), {}, 1});
        // A word of the table's name no other table's name has ("inventory" of fact_inventory_snapshot).
        for (const std::string& word : entity.words) {
            if (isGenericWord(word) || word == entity.words.back())
                continue;
            const bool shared = std::any_of(model.tables.begin(), model.tables.end(), [&](const Entity& other) {
                return &other != &entity && std::find(other.words.begin(), other.words.end(), word) != other.words.end();
            });
            if (!shared)
                add({word}, PhraseMatch{PhraseMatch::Kind::Entity, static_cast<int>(t), {}, 1});
        }
    }
    for (std::size_t f = 0; f < model.fields.size(); ++f) {
        const Field& field = model.fields[f];
        const Entity& entity = model.tables[field.table];
        const int index = static_cast<int>(f);
        std::vector<std::string> words = field.words;
        const bool flag = field.type.kind == TypeKind::Boolean && words.size() > 1
                          && (words.front() == "is" || words.front() == "has" || words.front() == "was");
        if (flag) {
            add(std::vector<std::string>(words.begin() + 1, words.end()), PhraseMatch{PhraseMatch::Kind::Flag, index, {}, 3});
        }
        add(words, PhraseMatch{PhraseMatch::Kind::Field, index, {}, 3});
        if (!std::equal(entity.words.begin(), entity.words.end(), words.begin(), words.end())) {
            std::vector<std::string> qualified = entity.words;
            const bool startsWithEntity = words.size() > entity.words.size()
                                          && std::equal(entity.words.begin(), entity.words.end(), words.begin());
            if (!startsWithEntity) {
                qualified.insert(qualified.end(), words.begin(), words.end());
                add(qualified, PhraseMatch{PhraseMatch::Kind::Field, index, {}, 3});
            } else {
                // company_name of dim_company: "name" alone is generic, but "company" + "name" is the column.
                add(std::vector<std::string>(words.begin() + static_cast<long>(entity.words.size()), words.end()),
                    PhraseMatch{PhraseMatch::Kind::Field, index, {}, 1});
            }
            if (entity.words.size() > 1) {
                std::vector<std::string> headQualified = {entity.words.back()};
                headQualified.insert(headQualified.end(), words.begin(), words.end());
                if (!startsWithEntity)
                    add(headQualified, PhraseMatch{PhraseMatch::Kind::Field, index, {}, 2});
            }
        }
        // loan_id, CustomerId: "loans", "customers" counted by their identifier.
        if (field.kind == FieldKind::Identifier && words.size() > 1 && (words.back() == "id" || words.back() == "key"))
            add(std::vector<std::string>(words.begin(), words.end() - 1), PhraseMatch{PhraseMatch::Kind::Field, index, {}, 1});
        if (words.size() > 1 && !isGenericWord(words.back()) && !flag)
            add({words.back()}, PhraseMatch{PhraseMatch::Kind::Field, index, {}, 1});
        for (const std::string& synonym : field.synonyms)
            add(wordsOfText(synonym), PhraseMatch{PhraseMatch::Kind::Field, index, {}, 3});
        for (const std::string& value : field.type.isText() ? field.values : std::vector<std::string>{}) {
            std::vector<std::string> valueWords = wordsOfText(value);
            if (valueWords.empty() || (valueWords.size() == 1 && valueWords.front().size() < 2))
                continue;
            add(valueWords, PhraseMatch{PhraseMatch::Kind::Value, index, value, 2});
        }
    }
}

void PhraseIndex::add(const std::vector<std::string>& words, PhraseMatch match)
{
    if (words.empty() || words.size() > kLongestPhrase)
        return;
    for (const std::string& key : {joinWords(words), "=" + joinWords(words, "")}) {
        std::vector<PhraseMatch>& list = m_phrases[key];
        const bool known = std::any_of(list.begin(), list.end(), [&](const PhraseMatch& m) {
            return m.kind == match.kind && m.index == match.index && m.value == match.value;
        });
        if (!known)
            list.push_back(match);
    }
}

std::vector<PhraseMatch> PhraseIndex::lookup(const std::vector<std::string>& words, std::size_t from, std::size_t length) const
{
    if (from + length > words.size())
        return {};
    const std::vector<std::string> span(words.begin() + static_cast<long>(from), words.begin() + static_cast<long>(from + length));
    std::vector<PhraseMatch> out;
    if (auto it = m_phrases.find(joinWords(span)); it != m_phrases.end())
        out = it->second;
    else if (auto glued = m_phrases.find("=" + joinWords(span, "")); glued != m_phrases.end())
        out = glued->second;
    std::stable_sort(out.begin(), out.end(), [](const PhraseMatch& a, const PhraseMatch& b) { return a.strength > b.strength; });
    return out;
}

std::vector<PhraseMatch> strongest(const std::vector<PhraseMatch>& matches)
{
    int best = 0;
    for (const PhraseMatch& m : matches)
        best = std::max(best, m.strength);
    std::vector<PhraseMatch> out;
    for (const PhraseMatch& m : matches)
        if (m.strength == best)
            out.push_back(m);
    return out;
}

}  // namespace ss::query
