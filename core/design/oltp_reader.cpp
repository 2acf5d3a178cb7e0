#include "core/design/oltp_reader.h"

#include "core/design/phrases.h"

#include "core/design/knowledge_base.h"
#include "core/design/time_reader.h"
#include "core/design/tokenizer.h"
#include "core/util/snake_case.h"

#include <algorithm>

namespace ss::design {

namespace {

bool isListBreak(const std::string& t) { return t == kSeparator || t == "and" || t == "or" || t == "plus"; }

// Whether the word after a table's name goes on naming something of it ("ticket comments", "order lines").
bool ownsNext(const std::string& word)
{
    const KnowledgeBase& kb = KnowledgeBase::instance();
    return !isListBreak(word) && !kb.inClass("filler", word) && !kb.inClass("oltp", word) && word != "table" &&
           word != "with" && word != "of" && std::isalpha(static_cast<unsigned char>(word.front()));
}

// "a users table with columns user_id, username, email and created_at": the name before "table", the names
// after "columns". Returns the index after the list, or `at` when the words there are not such a request.
std::size_t readExplicitTable(const std::vector<std::string>& t, std::size_t tableWord, DraftBuilder& b)
{
    std::size_t at = tableWord;
    if (t[at] != "table")
        return at;
    const KnowledgeBase& kb = KnowledgeBase::instance();
    std::size_t nameStart = at;
    while (nameStart > 0 && t[nameStart - 1] != kSeparator && !kb.inClass("filler", t[nameStart - 1])
           && t[nameStart - 1] != "and" && !kb.inClass("oltp", t[nameStart - 1]))
        --nameStart;
    std::size_t i = at + 1;
    // "a table called sensors with fields ...": the name follows.
    if (nameStart == at && i + 1 < t.size() && (t[i] == "called" || t[i] == "named")) {
        nameStart = i + 1;
        at = nameStart + 1;
        i = at;
    }
    while (i < t.size() && (t[i] == "with" || t[i] == "columns" || t[i] == "fields" || t[i] == kSeparator || t[i] == "the"))
        ++i;
    if (i == at + 1 || nameStart == at)
        return tableWord;
    std::vector<std::string> columns;
    for (; i < t.size(); ++i) {
        if (t[i] == "table" || (i + 1 < t.size() && t[i + 1] == "table"))
            break;
        if (isListBreak(t[i]) || kb.inClass("filler", t[i]))
            continue;
        columns.push_back(t[i]);
    }
    std::string name;
    for (std::size_t n = nameStart; n < at && t[n] != "table"; ++n)
        name += (name.empty() ? "" : "_") + t[n];
    if (columns.empty())
        return tableWord;
    b.explicitTable(snakeCase(name), columns, name + " table");
    return i;
}

}  // namespace

bool wantsPlainTables(const std::vector<std::string>& t)
{
    const KnowledgeBase& kb = KnowledgeBase::instance();
    bool plain = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (kb.inClass("star", t[i]) || kb.inClass("fact", t[i]) || t[i] == "by" || t[i] == "per" || t[i] == "across"
            || t[i] == "measuring" || t[i] == "counting" || t[i] == "flagging" || timeLevel(t[i]))
            return false;
        if (kb.inClass("oltp", t[i]) || t[i] == "columns")
            plain = true;
    }
    return plain;
}

void readOltp(const std::vector<std::string>& t, DraftBuilder& b, DesignResult& result)
{
    const KnowledgeBase& kb = KnowledgeBase::instance();
    std::vector<std::pair<const Archetype*, std::string>> entities;  // archetype, table
    bool listed = false;  // past "with", ":" or "of": unknown words there are entities too
    for (std::size_t i = 0; i < t.size();) {
        if (const std::size_t next = readExplicitTable(t, i, b); next != i) {
            i = next;
            continue;
        }
        if (t[i] == "with" || t[i] == "of" || t[i] == "storing" || t[i] == "containing" || t[i] == "tracking") {
            listed = true;
            ++i;
            continue;
        }
        if (isListBreak(t[i]) || kb.inClass("filler", t[i]) || kb.inClass("oltp", t[i]) || t[i] == "many") {
            ++i;
            continue;
        }
        const bool beforeTable = i + 1 < t.size() && t[i + 1] == "table";
        if (beforeTable) {
            ++i;
            continue;
        }
        const auto m = kb.entityAt(t, i);
        const bool named = m.entry || (listed && std::isalpha(static_cast<unsigned char>(t[i].front())));
        if (!named) {
            result.notUnderstood.push_back(t[i]);
            ++i;
            continue;
        }
        const std::size_t next = i + (m.entry ? m.length : 1);
        const std::string parent = m.entry ? b.plainTable(m.entry, {}, joinWords(t, i, next))
                                           : b.plainTable(nullptr, singular(t[i]), t[i]);
        entities.push_back({m.entry, parent});
        // "ticket comments": a thing of another thing is a table of its own, the child of the first.
        if (listed && next < t.size() && ownsNext(t[next])) {
            const auto owned = kb.entityAt(t, next);
            const std::size_t end = next + (owned.entry ? owned.length : 1);
            const std::string words = joinWords(t, i, end);
            std::vector<std::string> name(t.begin() + static_cast<std::ptrdiff_t>(i), t.begin() + static_cast<std::ptrdiff_t>(end));
            name.back() = singular(name.back());
            const std::string child = owned.entry ? b.plainTable(owned.entry, {}, words)
                                                  : b.plainTable(nullptr, snakeCase(joinWords(name)), words);
            b.oneToMany(parent, child, words);
            i = end;
            continue;
        }
        i = next;
    }
    for (std::size_t i = 0; i < entities.size(); ++i)
        for (std::size_t j = 0; j < entities.size(); ++j) {
            if (!entities[i].first || !entities[j].first || i == j)
                continue;
            const auto& parents = kb.parentsOf(entities[i].first->name);
            if (std::find(parents.begin(), parents.end(), entities[j].first->name) != parents.end())
                b.oneToMany(entities[j].second, entities[i].second,
                            entities[j].first->name + " has many " + plural(entities[i].first->name));
            if (i < j && kb.manyToMany(entities[i].first->name, entities[j].first->name))
                b.manyToMany(entities[i].second, entities[j].second,
                             entities[i].first->name + " and " + entities[j].first->name);
        }
}

}  // namespace ss::design
