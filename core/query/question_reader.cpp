#include "core/query/question_reader.h"

#include "core/query/lexicon.h"
#include "core/query/question_tokens.h"

#include <algorithm>
#include <array>
#include <map>

namespace ss::query {

namespace {

enum class Cue {
    Sum, Avg, Count, Min, Max, Distinct, Group, Top, Bottom, Most, Least, Greater, AtLeast, Less, AtMost, Equal,
    Between, Not, List, Ascending, Descending, Grain, In, Since, Before, Last, This, OverTime, Via
};

struct Keyword {
    Cue cue = Cue::Sum;
    TimeGrain grain = TimeGrain::None;
};

// Phrases in normalized words (singular, abbreviations spelled out), longest tried first.
const std::map<std::string, Keyword>& keywords()
{
    static const std::map<std::string, Keyword> table = {
        {"total", {Cue::Sum}}, {"sum", {Cue::Sum}}, {"sum of", {Cue::Sum}}, {"how much", {Cue::Sum}},
        {"average", {Cue::Avg}}, {"mean", {Cue::Avg}}, {"avg", {Cue::Avg}}, {"typical", {Cue::Avg}},
        {"count", {Cue::Count}}, {"count of", {Cue::Count}}, {"number of", {Cue::Count}}, {"how many", {Cue::Count}},
        {"minimum", {Cue::Min}}, {"min", {Cue::Min}}, {"maximum", {Cue::Max}}, {"max", {Cue::Max}},
        {"distinct", {Cue::Distinct}}, {"unique", {Cue::Distinct}}, {"different", {Cue::Distinct}},
        {"by", {Cue::Group}}, {"per", {Cue::Group}}, {"for each", {Cue::Group}}, {"for every", {Cue::Group}},
        {"in each", {Cue::Group}}, {"each", {Cue::Group}}, {"across", {Cue::Group}}, {"broken down by", {Cue::Group}},
        {"split by", {Cue::Group}}, {"grouped by", {Cue::Group}}, {"group by", {Cue::Group}}, {"by each", {Cue::Group}},
        {"break down by", {Cue::Group}}, {"breakdown by", {Cue::Group}},
        {"top", {Cue::Top}}, {"bottom", {Cue::Bottom}}, {"first", {Cue::Top}},
        {"highest", {Cue::Most}}, {"largest", {Cue::Most}}, {"biggest", {Cue::Most}}, {"most", {Cue::Most}},
        {"greatest", {Cue::Most}}, {"best", {Cue::Most}}, {"lowest", {Cue::Least}}, {"smallest", {Cue::Least}},
        {"least", {Cue::Least}}, {"fewest", {Cue::Least}}, {"worst", {Cue::Least}},
        {"over", {Cue::Greater}}, {"above", {Cue::Greater}}, {"more than", {Cue::Greater}}, {"greater than", {Cue::Greater}},
        {"exceeding", {Cue::Greater}}, {"larger than", {Cue::Greater}}, {"higher than", {Cue::Greater}}, {">", {Cue::Greater}},
        {"at least", {Cue::AtLeast}}, {">=", {Cue::AtLeast}}, {"no less than", {Cue::AtLeast}},
        {"under", {Cue::Less}}, {"below", {Cue::Less}}, {"less than", {Cue::Less}}, {"fewer than", {Cue::Less}},
        {"lower than", {Cue::Less}}, {"smaller than", {Cue::Less}}, {"<", {Cue::Less}},
        {"at most", {Cue::AtMost}}, {"<=", {Cue::AtMost}}, {"no more than", {Cue::AtMost}},
        {"equal to", {Cue::Equal}}, {"equals", {Cue::Equal}}, {"=", {Cue::Equal}}, {"exactly", {Cue::Equal}},
        {"between", {Cue::Between}},
        {"not", {Cue::Not}}, {"non", {Cue::Not}}, {"excluding", {Cue::Not}}, {"except", {Cue::Not}},
        {"other than", {Cue::Not}}, {"without", {Cue::Not}}, {"!=", {Cue::Not}},
        {"list", {Cue::List}}, {"list of", {Cue::List}}, {"list all", {Cue::List}},
        {"ascending", {Cue::Ascending}}, {"descending", {Cue::Descending}},
        {"daily", {Cue::Grain, TimeGrain::Day}}, {"weekly", {Cue::Grain, TimeGrain::Week}},
        {"monthly", {Cue::Grain, TimeGrain::Month}}, {"month by month", {Cue::Grain, TimeGrain::Month}},
        {"quarterly", {Cue::Grain, TimeGrain::Quarter}}, {"yearly", {Cue::Grain, TimeGrain::Year}},
        {"annually", {Cue::Grain, TimeGrain::Year}}, {"year by year", {Cue::Grain, TimeGrain::Year}},
        {"year over year", {Cue::Grain, TimeGrain::Year}}, {"over time", {Cue::OverTime}}, {"trend", {Cue::OverTime}},
        {"in", {Cue::In}}, {"during", {Cue::In}}, {"for", {Cue::In}}, {"of", {Cue::In}}, {"from", {Cue::In}},
        {"since", {Cue::Since}}, {"after", {Cue::Since}}, {"before", {Cue::Before}}, {"until", {Cue::Before}},
        {"last", {Cue::Last}}, {"past", {Cue::Last}}, {"previous", {Cue::Last}}, {"latest", {Cue::Last}},
        {"this", {Cue::This}}, {"current", {Cue::This}}, {"year to date", {Cue::This, TimeGrain::Year}},
        {"ytd", {Cue::This, TimeGrain::Year}}, {"through", {Cue::Via}}, {"via", {Cue::Via}},
    };
    return table;
}

// Words that carry no meaning of their own in a question.
bool isFiller(const std::string& word)
{
    static constexpr std::array<std::string_view, 66> filler = {
        "what", "is", "are", "was", "were", "be", "been", "the", "a", "an", "me", "show", "give", "get", "find", "tell",
        "display", "please", "all", "with", "and", "or", "that", "those", "these", "which", "who", "whose", "where",
        "have", "has", "had", "do", "does", "did", "there", "their", "its", "it", "to", "at", "as", "on", "i", "we",
        "our", "my", "want", "see", "know", "would", "like", "can", "you", "overall", "value", "figure", "result",
        "when", "how", "any", "every", "whole", "entire", "some", "they"};
    return std::find(filler.begin(), filler.end(), word) != filler.end();
}

std::optional<TimeGrain> grainNoun(const std::string& word)
{
    if (word == "day" || word == "date")
        return TimeGrain::Day;
    if (word == "week")
        return TimeGrain::Week;
    if (word == "month")
        return TimeGrain::Month;
    if (word == "quarter")
        return TimeGrain::Quarter;
    if (word == "year")
        return TimeGrain::Year;
    return std::nullopt;
}

int monthNumber(const std::string& word)
{
    static constexpr std::array<std::string_view, 12> names = {"january", "february", "march", "april", "may", "june",
                                                               "july", "august", "september", "october", "november", "december"};
    for (std::size_t i = 0; i < names.size(); ++i)
        if (word == names[i] || (word.size() == 3 && names[i].substr(0, 3) == word && word != "may" && word != "mar"))
            return static_cast<int>(i) + 1;
    return 0;
}

bool isYear(const Token& t)
{
    return t.kind == Token::Kind::Number && t.number && *t.number >= 1900 && *t.number <= 2200 && *t.number == static_cast<int>(*t.number)
           && t.raw.find_first_not_of("0123456789") == std::string::npos;
}

class Reader {
public:
    Reader(const std::vector<Token>& tokens, const SemanticModel& model, const PhraseIndex& phrases)
        : m_tokens(tokens), m_model(model), m_phrases(phrases)
    {
        for (const Token& t : tokens)
            m_words.push_back(t.norm);
    }

    Reading read()
    {
        m_out.words = m_words;
        while (m_i < m_tokens.size())
            step();
        finish();
        return std::move(m_out);
    }

private:
    const Token& at(std::size_t i) const { return m_tokens[i]; }
    bool has(std::size_t i) const { return i < m_tokens.size(); }
    std::string phraseOf(std::size_t from, std::size_t to) const
    {
        std::string out;
        for (std::size_t k = from; k < to && k < m_tokens.size(); ++k)
            out += (out.empty() ? "" : " ") + m_tokens[k].raw;
        return out;
    }

    // The longest keyword at m_i: its length, 0 when none.
    std::size_t keywordAt(Keyword& out) const
    {
        for (std::size_t length = 3; length >= 1; --length) {
            if (m_i + length > m_tokens.size())
                continue;
            std::vector<std::string> span;
            bool wordsOnly = true;
            for (std::size_t k = m_i; k < m_i + length; ++k) {
                wordsOnly = wordsOnly && (at(k).kind == Token::Kind::Word || at(k).kind == Token::Kind::Symbol);
                span.push_back(at(k).norm);
            }
            if (!wordsOnly)
                continue;
            if (auto it = keywords().find(joinWords(span)); it != keywords().end()) {
                out = it->second;
                return length;
            }
        }
        return 0;
    }

    // The longest schema phrase at m_i: its length, 0 when none.
    std::size_t phraseAt(std::vector<PhraseMatch>& out) const
    {
        std::size_t limit = 0;
        while (limit < PhraseIndex::kLongestPhrase && has(m_i + limit)
               && (at(m_i + limit).kind == Token::Kind::Word || at(m_i + limit).kind == Token::Kind::Number))
            ++limit;
        for (std::size_t length = limit; length >= 1; --length) {
            out = m_phrases.lookup(m_words, m_i, length);
            if (!out.empty())
                return length;
        }
        return 0;
    }

    void step()
    {
        const Token& token = at(m_i);
        if (token.kind == Token::Kind::Separator) {
            m_negate = false;
            ++m_i;
            return;
        }
        if (token.kind == Token::Kind::Quoted) {
            quotedValue(token);
            ++m_i;
            return;
        }
        if (token.kind == Token::Kind::Number) {
            number(token);
            ++m_i;
            return;
        }
        Keyword keyword;
        const std::size_t keywordLength = keywordAt(keyword);
        std::vector<PhraseMatch> matches;
        const std::size_t phraseLength = phraseAt(matches);
        if (phraseLength > 0 && phraseLength >= keywordLength && !(keywordLength == phraseLength && preferKeyword(keyword))) {
            const std::string phrase = phraseOf(m_i, m_i + phraseLength);
            m_i += phraseLength;
            placeMatches(matches, phrase);
            return;
        }
        if (keywordLength > 0) {
            const std::size_t start = m_i;
            m_i += keywordLength;
            applyKeyword(keyword, phraseOf(start, m_i));
            return;
        }
        if (m_pendingGroup) {
            if (auto grain = grainNoun(token.norm)) {
                addGrain(*grain, token.raw);
                ++m_i;
                return;
            }
        }
        if (!isFiller(token.norm) && token.kind == Token::Kind::Word)
            m_out.notUnderstood.push_back(token.raw);
        ++m_i;
    }

    // A keyword that is also a column's name: "total" (a column total) is still the aggregation, while
    // "month" after "by" stays the column when the schema has one (the grain is taken later if it is a date).
    bool preferKeyword(const Keyword& keyword) const
    {
        return keyword.cue == Cue::Sum || keyword.cue == Cue::Avg || keyword.cue == Cue::Count || keyword.cue == Cue::Group
               || keyword.cue == Cue::In || keyword.cue == Cue::Last || keyword.cue == Cue::This || keyword.cue == Cue::Top
               || keyword.cue == Cue::Most || keyword.cue == Cue::Least || keyword.cue == Cue::Grain;
    }

    void applyKeyword(const Keyword& keyword, const std::string& phrase)
    {
        m_lastWasValue = false;
        if (keyword.cue != Cue::In && keyword.cue != Cue::Not)
            m_lastWasMention = false;
        switch (keyword.cue) {
        case Cue::Sum: setAggregation(Aggregation::Sum); break;
        case Cue::Avg: setAggregation(Aggregation::Avg); break;
        case Cue::Count: setAggregation(Aggregation::Count); break;
        case Cue::Min: setAggregation(Aggregation::Min); break;
        case Cue::Max: setAggregation(Aggregation::Max); break;
        case Cue::Distinct: m_distinct = true; break;
        case Cue::Group:
            m_pendingGroup = true;
            m_aggregationAfterGroup = false;
            break;
        case Cue::Via: m_pendingGroup = false; break;  // "through loan originations": the way, not a group
        case Cue::Top:
        case Cue::Bottom:
            m_out.ascending = keyword.cue == Cue::Bottom;
            if (has(m_i) && at(m_i).kind == Token::Kind::Number && at(m_i).number && *at(m_i).number >= 1) {
                m_out.limit = static_cast<int>(*at(m_i).number);
                ++m_i;
            } else {
                m_out.limit = 10;
            }
            break;
        case Cue::Most:
        case Cue::Least:
            m_out.superlative = true;
            m_out.ascending = keyword.cue == Cue::Least;
            break;
        case Cue::Greater: m_compare = Compare::Gt; m_comparePhrase = phrase; break;
        case Cue::AtLeast: m_compare = Compare::Ge; m_comparePhrase = phrase; break;
        case Cue::Less: m_compare = Compare::Lt; m_comparePhrase = phrase; break;
        case Cue::AtMost: m_compare = Compare::Le; m_comparePhrase = phrase; break;
        case Cue::Equal: m_compare = Compare::Eq; m_comparePhrase = phrase; break;
        case Cue::Between: m_compare = Compare::Between; m_comparePhrase = phrase; break;
        case Cue::Not:
            if (m_compare)
                m_compare = Compare::NotEq;
            m_negate = true;
            break;
        case Cue::List: m_out.list = true; break;
        case Cue::Ascending: m_out.ascending = true; break;
        case Cue::Descending: m_out.ascending = false; break;
        case Cue::Grain: addGrain(keyword.grain, phrase); break;
        case Cue::OverTime: addGrain(TimeGrain::Month, phrase); break;
        case Cue::In:
            m_pendingGroup = false;  // "by channel for company region ...": the grouping ended
            timeAfterIn(phrase);
            break;
        case Cue::Since: yearWindow(WindowAsk::Kind::Since, phrase); break;
        case Cue::Before: yearWindow(WindowAsk::Kind::Before, phrase); break;
        case Cue::Last: relativeWindow(WindowAsk::Kind::Last, phrase); break;
        case Cue::This:
            if (keyword.grain != TimeGrain::None)
                setWindow(WindowAsk{WindowAsk::Kind::This, 0, 0, 0, 1, keyword.grain, phrase});
            else
                relativeWindow(WindowAsk::Kind::This, phrase);
            break;
        }
    }

    // "top 5 hosts by number of items": an aggregation said after "by" is what ranks, not a grouping.
    void setAggregation(Aggregation aggregation)
    {
        m_aggregation = aggregation;
        m_aggregationAfterGroup = m_pendingGroup;
    }

    void addGrain(TimeGrain grain, const std::string& phrase)
    {
        GroupAsk group;
        group.grain = grain;
        group.phrase = phrase;
        m_out.groups.push_back(std::move(group));
        m_lastWasGroup = true;
    }

    void setWindow(WindowAsk window)
    {
        if (m_out.window)
            m_out.notUnderstood.push_back(window.phrase + " (a second time window)");
        else
            m_out.window = std::move(window);
    }

    // "in 1995", "in Q3 2024", "in March 2024", "from 2021 to 2023"; otherwise "in" is a plain word.
    void timeAfterIn(const std::string& lead)
    {
        if (!has(m_i))
            return;
        const Token& next = at(m_i);
        if (isYear(next)) {
            const int year = static_cast<int>(*next.number);
            ++m_i;
            if (has(m_i + 1) && (at(m_i).norm == "to" || at(m_i).norm == "and" || at(m_i).norm == "through") && isYear(at(m_i + 1))) {
                const int last = static_cast<int>(*at(m_i + 1).number);
                m_i += 2;
                setWindow(WindowAsk{WindowAsk::Kind::Range, std::min(year, last), 0, std::max(year, last), 1, TimeGrain::Year,
                                    lead + " " + std::to_string(year) + " to " + std::to_string(last)});
                return;
            }
            setWindow(WindowAsk{WindowAsk::Kind::Year, year, 0, 0, 1, TimeGrain::Year, lead + " " + next.raw});
            return;
        }
        if (next.kind == Token::Kind::Word && next.norm.size() == 2 && next.norm[0] == 'q' && next.norm[1] >= '1' && next.norm[1] <= '4'
            && has(m_i + 1) && isYear(at(m_i + 1))) {
            setWindow(WindowAsk{WindowAsk::Kind::Quarter, static_cast<int>(*at(m_i + 1).number), next.norm[1] - '0', 0, 1,
                                TimeGrain::Quarter, lead + " " + next.raw + " " + at(m_i + 1).raw});
            m_i += 2;
            return;
        }
        if (const int month = monthNumber(next.norm); month > 0 && has(m_i + 1) && isYear(at(m_i + 1))) {
            setWindow(WindowAsk{WindowAsk::Kind::Month, static_cast<int>(*at(m_i + 1).number), month, 0, 1, TimeGrain::Month,
                                lead + " " + next.raw + " " + at(m_i + 1).raw});
            m_i += 2;
        }
    }

    void yearWindow(WindowAsk::Kind kind, const std::string& lead)
    {
        if (has(m_i) && isYear(at(m_i))) {
            setWindow(WindowAsk{kind, static_cast<int>(*at(m_i).number), 0, 0, 1, TimeGrain::Year, lead + " " + at(m_i).raw});
            ++m_i;
        } else {
            m_out.notUnderstood.push_back(lead);
        }
    }

    // "last quarter", "past 6 months", "this year".
    void relativeWindow(WindowAsk::Kind kind, const std::string& lead)
    {
        std::size_t k = m_i;
        int count = 1;
        if (kind == WindowAsk::Kind::Last && has(k) && at(k).kind == Token::Kind::Number && at(k).number && *at(k).number >= 1) {
            count = static_cast<int>(*at(k).number);
            ++k;
        }
        if (has(k)) {
            if (auto unit = grainNoun(at(k).norm); unit && at(k).norm != "date") {
                setWindow(WindowAsk{kind, 0, 0, 0, count, *unit, phraseOf(m_i - 1, k + 1)});
                m_i = k + 1;
                return;
            }
        }
        if (kind == WindowAsk::Kind::Last && lead == "latest")
            return;  // "the latest balance": not a window
        m_out.notUnderstood.push_back(lead);
    }

    void number(const Token& token)
    {
        if (m_compare) {
            if (*m_compare == Compare::Between) {
                m_numbers.push_back(*token.number);
                if (m_numbers.size() == 1 && has(m_i + 2) && at(m_i + 1).norm == "and" && at(m_i + 2).kind == Token::Kind::Number) {
                    m_numbers.push_back(*at(m_i + 2).number);
                    m_i += 2;
                }
                if (m_numbers.size() < 2)
                    return;
            } else {
                m_numbers.push_back(*token.number);
            }
            attachComparison(m_comparePhrase + " " + token.raw);
            return;
        }
        if (isYear(token)) {
            setWindow(WindowAsk{WindowAsk::Kind::Year, static_cast<int>(*token.number), 0, 0, 1, TimeGrain::Year, token.raw});
            return;
        }
        m_out.notUnderstood.push_back(token.raw);
    }

    // The comparison applies to what was named just before ("principal amount over 100k"), or, with
    // nothing named yet, to what is named next ("over 100k in principal").
    void attachComparison(const std::string& phrase)
    {
        FilterAsk filter;
        filter.op = *m_compare;
        filter.numbers = m_numbers;
        filter.phrase = phrase;
        m_compare.reset();
        m_numbers.clear();
        if (m_lastMeasure >= 0 && m_lastMeasure == static_cast<int>(m_out.measures.size()) - 1 && m_lastWasMeasure) {
            MeasureAsk& measure = m_out.measures.back();
            filter.candidates = measure.candidates;
            filter.phrase = measure.phrase + " " + phrase;
            if (measure.aggregation) {
                filter.aggregate = true;
                filter.aggregation = measure.aggregation;
            } else {
                m_out.measures.pop_back();
                m_lastMeasure = -1;
            }
            m_out.filters.push_back(std::move(filter));
            return;
        }
        if (m_lastMention && !m_lastMention->empty()) {
            filter.candidates = *m_lastMention;
            filter.phrase = m_lastMentionPhrase + " " + phrase;
            if (m_lastWasGroup && !m_out.groups.empty())
                m_out.groups.pop_back();
            m_out.filters.push_back(std::move(filter));
            m_lastMention.reset();
            return;
        }
        m_pendingFilter = std::move(filter);
    }

    void quotedValue(const Token& token)
    {
        std::vector<PhraseMatch> matches;
        for (std::size_t f = 0; f < m_model.fields.size(); ++f)
            for (const std::string& value : m_model.fields[f].values)
                if (equalsIgnoreCase(value, token.raw))
                    matches.push_back(PhraseMatch{PhraseMatch::Kind::Value, static_cast<int>(f), value, 2});
        if (matches.empty() && m_lastMention) {
            for (const PhraseMatch& m : *m_lastMention)
                if (m.kind == PhraseMatch::Kind::Field)
                    matches.push_back(PhraseMatch{PhraseMatch::Kind::Value, m.index, token.raw, 2});
            if (!matches.empty() && m_lastWasGroup && !m_out.groups.empty())
                m_out.groups.pop_back();
        }
        if (matches.empty()) {
            m_out.notUnderstood.push_back("'" + token.raw + "'");
            return;
        }
        placeMatches(matches, "'" + token.raw + "'");
    }

    static bool allOfKind(const std::vector<PhraseMatch>& matches, PhraseMatch::Kind kind)
    {
        return std::all_of(matches.begin(), matches.end(), [&](const PhraseMatch& m) { return m.kind == kind; });
    }

    bool allMeasures(const std::vector<PhraseMatch>& matches) const
    {
        return std::all_of(matches.begin(), matches.end(), [&](const PhraseMatch& m) {
            return m.kind == PhraseMatch::Kind::Field && m_model.fields[m.index].kind == FieldKind::Measure;
        });
    }

    void placeMatches(const std::vector<PhraseMatch>& every, const std::string& phrase)
    {
        // What the phrase says is decided by its strongest matches; groupings and filters keep the weaker
        // columns and tables too, for when the strongest are unrelated to the rest of the question.
        std::vector<PhraseMatch> matches = strongest(every);
        std::vector<PhraseMatch> tiers;
        for (const PhraseMatch& m : every)
            if (m.kind != PhraseMatch::Kind::Value)
                tiers.push_back(m);
        const bool afterMention = m_lastWasMention;
        m_lastWasMention = false;
        m_lastWasMeasure = false;
        m_lastWasGroup = false;
        // A phrase that is a stored value and nothing else: a filter.
        const bool values = std::all_of(matches.begin(), matches.end(), [](const PhraseMatch& m) {
            return m.kind == PhraseMatch::Kind::Value || m.kind == PhraseMatch::Kind::Flag;
        });
        if (values && !(m_pendingGroup && allOfKind(matches, PhraseMatch::Kind::Flag))) {
            // "company region Europe": the column named just before settles which column holds the value.
            if (afterMention && m_lastMention) {
                std::vector<PhraseMatch> narrowed;
                for (const PhraseMatch& m : matches)
                    if (std::any_of(m_lastMention->begin(), m_lastMention->end(),
                                    [&](const PhraseMatch& f) { return f.kind == PhraseMatch::Kind::Field && f.index == m.index; }))
                        narrowed.push_back(m);
                if (!narrowed.empty()) {
                    matches = std::move(narrowed);
                    if (!m_mentions.empty())
                        m_mentions.pop_back();
                }
            }
            addValueFilter(std::move(matches), phrase);
            return;
        }
        m_lastWasValue = false;
        matches.erase(std::remove_if(matches.begin(), matches.end(),
                                     [](const PhraseMatch& m) { return m.kind == PhraseMatch::Kind::Value; }),
                      matches.end());
        if (m_pendingFilter) {
            FilterAsk filter = std::move(*m_pendingFilter);
            m_pendingFilter.reset();
            filter.candidates = tiers;
            filter.phrase = phrase + " " + filter.phrase;
            m_out.filters.push_back(std::move(filter));
            return;
        }
        if (m_pendingGroup && !allMeasures(matches) && !m_aggregationAfterGroup) {
            // "average ... by store": the grouping, with the aggregation still waiting for its measure.
            addGroup(tiers, phrase);
            return;
        }
        if (m_aggregation || m_distinct) {
            MeasureAsk measure;
            measure.candidates = matches;
            measure.aggregation = m_distinct && (!m_aggregation || *m_aggregation == Aggregation::Count)
                                      ? std::optional<Aggregation>(Aggregation::CountDistinct)
                                      : m_aggregation;
            measure.distinct = m_distinct;
            measure.phrase = phrase;
            m_aggregation.reset();
            m_aggregationAfterGroup = false;
            m_distinct = false;
            m_out.measures.push_back(std::move(measure));
            m_lastMeasure = static_cast<int>(m_out.measures.size()) - 1;
            m_lastWasMeasure = true;
            m_pendingGroup = false;
            return;
        }
        // "by priority" after a count groups by the number; "top 5 hosts by items" ranks by a measure.
        const bool groupByNumber = m_pendingGroup && allMeasures(matches) && !m_out.measures.empty() && m_out.limit == 0 && !m_out.superlative;
        if (m_pendingGroup && (!allMeasures(matches) || groupByNumber)) {
            addGroup(tiers, phrase);
            return;
        }
        m_pendingGroup = false;
        if (allMeasures(matches)) {
            MeasureAsk measure;
            measure.candidates = matches;
            measure.phrase = phrase;
            m_out.measures.push_back(std::move(measure));
            m_lastMeasure = static_cast<int>(m_out.measures.size()) - 1;
            m_lastWasMeasure = true;
            return;
        }
        m_lastMention = matches;
        m_lastMentionPhrase = phrase;
        m_mentions.push_back(Mention{matches, tiers, phrase});
        m_lastWasMention = true;
    }

    void addGroup(const std::vector<PhraseMatch>& matches, const std::string& phrase)
    {
        GroupAsk group;
        group.candidates = matches;
        group.phrase = phrase;
        m_out.groups.push_back(std::move(group));
        m_lastMention = matches;
        m_lastMentionPhrase = phrase;
        m_lastWasGroup = true;
    }

    void addValueFilter(std::vector<PhraseMatch> matches, const std::string& phrase)
    {
        m_pendingGroup = false;
        // "Europe or Asia": one filter on the column both belong to.
        if (!m_out.filters.empty() && !m_negate && m_lastWasValue) {
            FilterAsk& previous = m_out.filters.back();
            std::vector<PhraseMatch> merged;
            for (const PhraseMatch& m : matches)
                for (const PhraseMatch& p : previous.candidates)
                    if (m.kind == PhraseMatch::Kind::Value && p.kind == PhraseMatch::Kind::Value && m.index == p.index)
                        merged.push_back(m);
            if (!merged.empty()) {
                std::vector<PhraseMatch> kept;
                for (const PhraseMatch& p : previous.candidates)
                    if (std::any_of(merged.begin(), merged.end(), [&](const PhraseMatch& m) { return m.index == p.index; }))
                        kept.push_back(p);
                kept.insert(kept.end(), merged.begin(), merged.end());
                previous.candidates = kept;
                previous.phrase += " or " + phrase;
                m_lastWasValue = true;
                return;
            }
        }
        FilterAsk filter;
        filter.candidates = std::move(matches);
        filter.negated = m_negate;
        filter.op = m_negate ? Compare::NotEq : Compare::Eq;
        filter.phrase = (m_negate ? "not " : "") + phrase;
        m_negate = false;
        m_out.filters.push_back(std::move(filter));
        m_lastWasValue = true;
    }

    // Names left without a role: a dimension is a grouping ("principal paid region"), a table a mention.
    void finish()
    {
        if (m_pendingFilter)
            m_out.notUnderstood.push_back(m_pendingFilter->phrase);
        if (m_compare)
            m_out.notUnderstood.push_back(m_comparePhrase);
        if (m_aggregation && m_out.measures.empty()) {
            // "how many?" alone, or "count" before a word that is not in the schema.
            MeasureAsk measure;
            measure.aggregation = m_aggregation;
            m_out.measures.push_back(std::move(measure));
        }
        for (const auto& [matches, tiers, phrase] : m_mentions) {
            if (!m_lastMention && matches.empty())
                continue;
            const bool entity = std::any_of(matches.begin(), matches.end(),
                                            [](const PhraseMatch& m) { return m.kind == PhraseMatch::Kind::Entity; });
            const bool consumed = std::any_of(m_out.filters.begin(), m_out.filters.end(), [&](const FilterAsk& f) {
                return f.phrase.rfind(phrase + " ", 0) == 0;
            });
            if (consumed)
                continue;
            if (entity) {
                for (const PhraseMatch& m : matches)
                    if (m.kind == PhraseMatch::Kind::Entity)
                        m_out.mentionedTables.push_back(m.index);
                continue;
            }
            // "loans" through loan_id: the table where it is the whole key is the thing named.
            if (const int table = keyedTable(matches); table >= 0) {
                m_out.mentionedTables.push_back(table);
                continue;
            }
            GroupAsk group;
            group.candidates = tiers;
            group.phrase = phrase;
            m_out.groups.push_back(std::move(group));
        }
    }

    int keyedTable(const std::vector<PhraseMatch>& matches) const
    {
        int found = -1;
        for (const PhraseMatch& m : matches) {
            if (m.kind != PhraseMatch::Kind::Field || m_model.fields[m.index].kind != FieldKind::Identifier)
                return -1;
            const Entity& e = m_model.tables[m_model.fields[m.index].table];
            if (e.key.size() == 1 && equalsIgnoreCase(e.key.front(), m_model.fields[m.index].column)) {
                if (found >= 0)
                    return -1;
                found = m_model.fields[m.index].table;
            }
        }
        return found;
    }

    const std::vector<Token>& m_tokens;
    const SemanticModel& m_model;
    const PhraseIndex& m_phrases;
    std::vector<std::string> m_words;
    std::size_t m_i = 0;
    Reading m_out;
    std::optional<Aggregation> m_aggregation;
    bool m_distinct = false;
    bool m_pendingGroup = false;
    bool m_negate = false;
    bool m_lastWasMeasure = false;
    bool m_lastWasGroup = false;
    bool m_lastWasValue = false;
    bool m_lastWasMention = false;  // the last thing placed was a bare column name
    bool m_aggregationAfterGroup = false;
    int m_lastMeasure = -1;
    std::optional<Compare> m_compare;
    std::string m_comparePhrase;
    std::vector<double> m_numbers;
    std::optional<FilterAsk> m_pendingFilter;
    std::optional<std::vector<PhraseMatch>> m_lastMention;
    std::string m_lastMentionPhrase;
    struct Mention {
        std::vector<PhraseMatch> matches;  // the strongest
        std::vector<PhraseMatch> tiers;    // every column and table, strongest first
        std::string phrase;
    };
    std::vector<Mention> m_mentions;
};

}  // namespace

Reading readQuestion(std::string_view question, const SemanticModel& model, const PhraseIndex& phrases)
{
    return Reader(tokenizeQuestion(question), model, phrases).read();
}

}  // namespace ss::query
