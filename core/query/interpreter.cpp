#include "core/query/interpreter.h"

#include "core/query/lexicon.h"

#include <algorithm>
#include <map>
#include <set>

namespace ss::query {

namespace {

std::string lowerText(std::string_view text)
{
    return toLower(text);
}

bool containsAll(const std::vector<std::string>& haystack, const std::vector<std::string>& needles)
{
    return !needles.empty() && std::all_of(needles.begin(), needles.end(), [&](const std::string& w) {
        return std::find(haystack.begin(), haystack.end(), w) != haystack.end();
    });
}

std::vector<std::string> roleWords(const SemanticModel& model, const JoinPath& path)
{
    std::vector<std::string> words;
    for (const JoinStep& step : path)
        if (step.forward)
            words.insert(words.end(), model.links[step.link].role.begin(), model.links[step.link].role.end());
    return words;
}

std::string aggregationWord(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::Sum: return "total";
    case Aggregation::Avg: return "average";
    case Aggregation::Count: return "count";
    case Aggregation::CountDistinct: return "distinct";
    case Aggregation::Min: return "min";
    case Aggregation::Max: return "max";
    case Aggregation::None: break;
    }
    return "value";
}

struct TimeOption {
    int field = -1;
    JoinPath path;
    std::vector<std::string> role;
};

// Fan-out paths longer than this are refused rather than guessed.
constexpr std::size_t kLongestFanOut = 3;

class Resolver {
public:
    Resolver(const Reading& reading, const SemanticModel& model, std::string_view question)
        : r(reading), m(model), m_question(question)
    {
        out.notUnderstood = reading.notUnderstood;
    }

    Interpretation run()
    {
        resolveMeasures();
        if (!stuck())
            resolveGroups();
        if (!stuck())
            resolveFilters();
        if (!stuck())
            resolveTime();
        if (!stuck())
            buildParts();
        if (!stuck())
            order();
        forgiveRoleWords();
        if (out.ambiguities.empty() && !m_failed)
            out.plan = std::move(plan);
        return std::move(out);
    }

private:
    bool stuck() const { return !out.ambiguities.empty() || m_failed; }

    void fail(const std::string& why)
    {
        out.problems.push_back(why);
        m_failed = true;
    }

    // A column as the alternatives of an ambiguity say it: its table's words, then its name as written
    // ("loan payment days past due"); the table's words once when the name starts with them.
    std::string fieldPhrase(int field) const
    {
        const Field& f = m.fields[field];
        const Entity& e = m.tables[f.table];
        const bool startsWithTable = f.words.size() > e.words.size() && std::equal(e.words.begin(), e.words.end(), f.words.begin());
        return startsWithTable ? spokenName(f.column) : joinWords(e.words) + " " + spokenName(f.column);
    }

    // The question with `phrase` (its first occurrence, any case) put as `replacement`.
    std::string reworded(const std::string& phrase, const std::string& replacement) const
    {
        const std::string lower = lowerText(m_question);
        const std::size_t at = phrase.empty() ? std::string::npos : lower.find(lowerText(phrase));
        if (at == std::string::npos)
            return m_question + " (" + replacement + ")";
        return m_question.substr(0, at) + replacement + m_question.substr(at + phrase.size());
    }

    // How far table `to` is from `from`: many-to-one steps, fan-outs far behind, -1 when unreachable.
    int distance(int from, int to) const
    {
        if (auto paths = manyToOnePaths(m, from, to, 1); !paths.empty())
            return static_cast<int>(paths.front().size());
        if (auto paths = anyPaths(m, from, to, 1); !paths.empty())
            return 100 + static_cast<int>(paths.front().size());
        return -1;
    }

    int fieldOfEntity(int table) const
    {
        const Entity& e = m.tables[table];
        if (!e.label.empty())
            return m.findField(table, e.label);
        if (!e.key.empty())
            return m.findField(table, e.key.front());
        return e.fields.empty() ? -1 : e.fields.front();
    }

    // A key into another table groups by what names that table's rows ("by rating" through rating_key: the
    // rating's code), not by the key's numbers.
    int labelBehindKey(int field) const
    {
        const Field& f = m.fields[field];
        if (f.kind != FieldKind::Identifier)
            return field;
        for (const int l : m.outgoing[f.table]) {
            const Link& link = m.links[l];
            if (link.fromColumns.size() == 1 && equalsIgnoreCase(link.fromColumns.front(), f.column)) {
                const int label = fieldOfEntity(link.to);
                return label >= 0 ? label : field;
            }
        }
        return field;
    }

    // One field among a phrase's candidates: of the strongest matches related to the anchors, the nearest;
    // weaker matches only when no stronger one is related; a tie is an ambiguity.
    std::optional<int> chooseField(const std::vector<PhraseMatch>& all, const std::string& phrase)
    {
        std::vector<int> strengths;
        for (const PhraseMatch& c : all)
            if (std::find(strengths.begin(), strengths.end(), c.strength) == strengths.end())
                strengths.push_back(c.strength);
        std::sort(strengths.rbegin(), strengths.rend());
        for (std::size_t i = 0; i + 1 < strengths.size(); ++i) {
            std::vector<PhraseMatch> tier;
            for (const PhraseMatch& c : all)
                if (c.strength == strengths[i])
                    tier.push_back(c);
            if (relatedToAnchors(tier))
                return chooseAmong(tier, phrase);
        }
        std::vector<PhraseMatch> weakest;
        for (const PhraseMatch& c : all)
            if (strengths.empty() || c.strength == strengths.back())
                weakest.push_back(c);
        return chooseAmong(weakest, phrase);
    }

    bool relatedToAnchors(const std::vector<PhraseMatch>& candidates) const
    {
        if (m_anchors.empty())
            return true;
        return std::any_of(candidates.begin(), candidates.end(), [&](const PhraseMatch& c) {
            const int table = c.kind == PhraseMatch::Kind::Entity ? c.index : m.fields[c.index].table;
            return std::all_of(m_anchors.begin(), m_anchors.end(), [&](int anchor) {
                const int d = distance(anchor, table);
                return d >= 0 && d <= 100 + static_cast<int>(kLongestFanOut);
            });
        });
    }

    std::optional<int> chooseAmong(const std::vector<PhraseMatch>& candidates, const std::string& phrase)
    {
        std::vector<int> fields;
        std::map<int, std::string> values;  // a value's field -> the value, for rewording
        for (const PhraseMatch& c : candidates) {
            const int f = c.kind == PhraseMatch::Kind::Entity ? fieldOfEntity(c.index) : c.index;
            if (f >= 0 && std::find(fields.begin(), fields.end(), f) == fields.end())
                fields.push_back(f);
            if (c.kind == PhraseMatch::Kind::Value && f >= 0)
                values[f] = c.value;
        }
        if (fields.empty()) {
            fail(phrase);
            return std::nullopt;
        }
        // A table and a column of its own both named by the phrase ("host" of hosts.host): the column.
        std::vector<int> named;
        for (const PhraseMatch& c : candidates)
            if (c.kind == PhraseMatch::Kind::Field)
                named.push_back(c.index);
        std::erase_if(fields, [&](int f) {
            const bool viaEntity = std::find(named.begin(), named.end(), f) == named.end();
            return viaEntity && std::any_of(named.begin(), named.end(), [&](int n) { return m.fields[n].table == m.fields[f].table; });
        });
        if (fields.size() == 1)
            return fields.front();
        std::vector<std::pair<int, int>> scored;  // cost, field
        for (int f : fields) {
            int worst = 0;
            for (int anchor : m_anchors) {
                const int d = distance(anchor, m.fields[f].table);
                worst = d < 0 || worst < 0 ? -1 : std::max(worst, d);
            }
            if (worst >= 0)
                scored.push_back({worst, f});
        }
        if (scored.empty()) {
            fail(phrase + " (not related to " + m.tables[m_anchors.front()].name + ")");
            return std::nullopt;
        }
        std::sort(scored.begin(), scored.end());
        std::vector<int> best;
        for (const auto& [cost, f] : scored)
            if (cost == scored.front().first)
                best.push_back(f);
        if (best.size() == 1)
            return best.front();
        Ambiguity a;
        a.about = phrase;
        a.question = "Which \"" + phrase + "\":";
        for (std::size_t i = 0; i < best.size(); ++i) {
            a.question += (i ? (i + 1 == best.size() ? " or " : ", ") : " ") + fieldPhrase(best[i]);
            const auto value = values.find(best[i]);
            a.alternatives.push_back(reworded(phrase, fieldPhrase(best[i]) + (value != values.end() ? " " + value->second : std::string())));
        }
        a.question += "?";
        out.ambiguities.push_back(std::move(a));
        return std::nullopt;
    }

    void resolveMeasures()
    {
        for (const MeasureAsk& ask : r.measures) {
            std::optional<Aggregation> aggregation = ask.aggregation;
            std::vector<PhraseMatch> entities, fields;
            for (const PhraseMatch& c : ask.candidates)
                (c.kind == PhraseMatch::Kind::Entity ? entities : fields).push_back(c);
            if (ask.candidates.empty()) {
                // "how many?" with the thing to count named elsewhere ("how many companies are public").
                if (!r.mentionedTables.empty())
                    entities.push_back(PhraseMatch{PhraseMatch::Kind::Entity, r.mentionedTables.front(), {}, 3});
                else {
                    fail(std::string(aggregation ? aggregationWord(*aggregation) : "measure") + " of what");
                    return;
                }
            }
            const bool counting = !aggregation || *aggregation == Aggregation::Count || *aggregation == Aggregation::CountDistinct;
            if (!entities.empty() && fields.empty() && !counting) {
                // "total sales": the sales table's main measure.
                const std::optional<int> main = mainMeasure(entities, ask.phrase);
                if (!main)
                    return;
                fields = {PhraseMatch{PhraseMatch::Kind::Field, *main, {}, 3}};
            } else if (!entities.empty() && (fields.empty() || counting)) {
                addCount(entities, ask.phrase);
                continue;
            }
            // Candidates in a table the question names win; then those in the table of an earlier measure.
            std::vector<PhraseMatch> preferred;
            for (const PhraseMatch& c : fields) {
                const int table = m.fields[c.index].table;
                if (std::find(r.mentionedTables.begin(), r.mentionedTables.end(), table) != r.mentionedTables.end()
                    || std::find(m_anchors.begin(), m_anchors.end(), table) != m_anchors.end())
                    preferred.push_back(c);
            }
            if (!preferred.empty())
                fields = preferred;
            // Counting an identifier: the table where it is the whole key counts its rows.
            if (aggregation && (*aggregation == Aggregation::Count || *aggregation == Aggregation::CountDistinct) && fields.size() > 1) {
                std::vector<PhraseMatch> keyed;
                for (const PhraseMatch& c : fields) {
                    const Entity& e = m.tables[m.fields[c.index].table];
                    if (e.key.size() == 1 && equalsIgnoreCase(e.key.front(), m.fields[c.index].column))
                        keyed.push_back(c);
                }
                if (keyed.size() == 1)
                    fields = keyed;
            }
            if (fields.size() > 1)
                fields = nearestToOtherAsks(fields);
            if (fields.size() > 1) {
                Ambiguity a;
                a.about = ask.phrase;
                a.question = "Which \"" + ask.phrase + "\":";
                for (std::size_t i = 0; i < fields.size(); ++i) {
                    a.question += (i ? (i + 1 == fields.size() ? " or " : ", ") : " ") + fieldPhrase(fields[i].index);
                    a.alternatives.push_back(reworded(ask.phrase, fieldPhrase(fields[i].index)));
                }
                a.question += "?";
                out.ambiguities.push_back(std::move(a));
                return;
            }
            const Field& field = m.fields[fields.front().index];
            PlannedMeasure measure;
            measure.field = fields.front().index;
            Aggregation chosen = aggregation.value_or(field.aggregation);
            if (chosen == Aggregation::None)
                chosen = field.kind == FieldKind::Measure ? Aggregation::Sum : Aggregation::CountDistinct;
            if ((chosen == Aggregation::Sum || chosen == Aggregation::Avg) && !field.type.isNumeric()) {
                fail(std::string(aggregationWord(chosen)) + " of " + ask.phrase + " (not a number)");
                return;
            }
            if (chosen == Aggregation::Count && field.kind != FieldKind::Measure) {
                const Entity& e = m.tables[field.table];
                const bool wholeKey = e.key.size() == 1 && equalsIgnoreCase(e.key.front(), field.column);
                chosen = wholeKey ? Aggregation::Count : Aggregation::CountDistinct;
                if (wholeKey)
                    measure.field = -1;
            }
            measure.aggregation = chosen;
            addMeasure(std::move(measure), field.table);
        }
        if (r.measures.empty())
            impliedMeasure();
    }

    // Of several fields a measure phrase names, those whose table reaches the most of the question's other
    // phrases (groups, filters) by many-to-one joins.
    std::vector<PhraseMatch> nearestToOtherAsks(const std::vector<PhraseMatch>& fields) const
    {
        std::vector<std::vector<PhraseMatch>> asks;
        for (const GroupAsk& g : r.groups)
            if (!g.candidates.empty())
                asks.push_back(g.candidates);
        for (const FilterAsk& f : r.filters)
            asks.push_back(f.candidates);
        std::vector<std::pair<int, PhraseMatch>> scored;
        for (const PhraseMatch& c : fields) {
            const int table = m.fields[c.index].table;
            int reached = 0;
            for (const auto& candidates : asks)
                for (const PhraseMatch& other : candidates) {
                    const int otherTable = other.kind == PhraseMatch::Kind::Entity ? other.index : m.fields[other.index].table;
                    if (!manyToOnePaths(m, table, otherTable, 1).empty()) {
                        ++reached;
                        break;
                    }
                }
            scored.push_back({reached, c});
        }
        const int best = std::max_element(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; })->first;
        std::vector<PhraseMatch> kept;
        for (const auto& [reached, c] : scored)
            if (reached == best)
                kept.push_back(c);
        return kept;
    }

    // The measure "total <table>" means: the one the semantic file prefers, else the one whose words the
    // question also says ("net sales" -> net_amount), else the only money-like one.
    std::optional<int> mainMeasure(const std::vector<PhraseMatch>& entities, const std::string& phrase)
    {
        static const std::set<std::string> money = {"amount", "revenue", "sale", "total", "value", "net", "income", "turnover"};
        std::vector<std::pair<int, int>> scored;  // score, field
        for (const PhraseMatch& e : entities)
            for (int f : m.tables[e.index].fields) {
                const Field& field = m.fields[f];
                if (field.kind != FieldKind::Measure)
                    continue;
                int score = 0;
                for (const std::string& w : field.words) {
                    if (std::any_of(r.notUnderstood.begin(), r.notUnderstood.end(), [&](const std::string& u) { return normalWord(u) == w; }))
                        score += 10;
                    if (money.count(w))
                        score += 1;
                }
                if (std::find(m.preferredMeasures.begin(), m.preferredMeasures.end(), m.qualified(f)) != m.preferredMeasures.end())
                    score += 100;
                scored.push_back({score, f});
            }
        if (scored.empty()) {
            fail(phrase + " has no measure to total");
            return std::nullopt;
        }
        std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::vector<int> best;
        for (const auto& [score, f] : scored)
            if (score == scored.front().first)
                best.push_back(f);
        if (best.size() == 1 && scored.front().first > 0) {
            // Words that named the measure ("net" of net sales) were understood after all.
            for (const std::string& w : m.fields[best.front()].words)
                std::erase_if(out.notUnderstood, [&](const std::string& u) { return normalWord(u) == w; });
            return best.front();
        }
        Ambiguity a;
        a.about = phrase;
        a.question = "Which measure of \"" + phrase + "\":";
        for (std::size_t i = 0; i < best.size(); ++i) {
            a.question += (i ? (i + 1 == best.size() ? " or " : ", ") : " ") + spokenName(m.fields[best[i]].column);
            a.alternatives.push_back(reworded(phrase, spokenName(m.fields[best[i]].column)));
        }
        a.question += "?";
        out.ambiguities.push_back(std::move(a));
        return std::nullopt;
    }

    void addCount(const std::vector<PhraseMatch>& entities, const std::string& phrase)
    {
        std::vector<int> tables;
        for (const PhraseMatch& e : entities)
            if (std::find(tables.begin(), tables.end(), e.index) == tables.end())
                tables.push_back(e.index);
        if (tables.size() > 1) {
            Ambiguity a;
            a.about = phrase;
            a.question = "Count which \"" + phrase + "\":";
            for (std::size_t i = 0; i < tables.size(); ++i) {
                const std::string words = joinWords(m.tables[tables[i]].words);
                a.question += (i ? (i + 1 == tables.size() ? " or " : ", ") : " ") + words;
                a.alternatives.push_back(reworded(phrase, words));
            }
            a.question += "?";
            out.ambiguities.push_back(std::move(a));
            return;
        }
        PlannedMeasure measure;
        measure.aggregation = Aggregation::Count;
        addMeasure(std::move(measure), tables.front());
    }

    void addMeasure(PlannedMeasure measure, int table)
    {
        if (measure.field >= 0)
            measure.label = std::string(aggregationWord(measure.aggregation)) + "_" + joinWords(m.fields[measure.field].words, "_");
        else
            measure.label = "count_" + joinWords(m.tables[table].words, "_");
        // "total principal paid over 1m": the measure named again by its comparison is the same column.
        for (std::size_t i = 0; i < plan.measures.size(); ++i)
            if (plan.measures[i].field == measure.field && plan.measures[i].aggregation == measure.aggregation && m_measureTables[i] == table)
                return;
        m_measureTables.push_back(table);
        if (std::find(m_anchors.begin(), m_anchors.end(), table) == m_anchors.end())
            m_anchors.push_back(table);
        plan.measures.push_back(std::move(measure));
    }

    // No measure named: "companies by region" counts companies; "list the products in leasing" lists them.
    void impliedMeasure()
    {
        int table = r.mentionedTables.empty() ? -1 : r.mentionedTables.front();
        if (table < 0)
            for (const GroupAsk& g : r.groups)
                if (!g.candidates.empty()) {
                    const PhraseMatch& c = g.candidates.front();
                    table = c.kind == PhraseMatch::Kind::Entity ? c.index : m.fields[c.index].table;
                    break;
                }
        if (table < 0)
            for (const FilterAsk& f : r.filters)
                if (!f.candidates.empty()) {
                    table = m.fields[f.candidates.front().index].table;
                    break;
                }
        if (table < 0) {
            fail("nothing to compute: name a measure, a count or a table");
            return;
        }
        if (!r.list && !r.notUnderstood.empty()) {
            // Counting rows in place of words not understood would answer another question.
            fail("no measure named: \"" + joinWords(r.notUnderstood, " ") + "\" is not a column of " + m.tables[table].name + " or the tables it joins");
            return;
        }
        if (r.list) {
            plan.list = true;
            m_anchors.push_back(table);
            const int label = fieldOfEntity(table);
            if (label >= 0 && std::none_of(r.groups.begin(), r.groups.end(), [](const GroupAsk& g) { return !g.candidates.empty(); }))
                plan.groups.push_back(PlannedGroup{label, TimeGrain::None, m.fields[label].column});
            return;
        }
        PlannedMeasure measure;
        addMeasure(std::move(measure), table);
    }

    bool isGrainWord(const std::string& phrase) const
    {
        static const std::set<std::string> grains = {"day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years"};
        return grains.count(lowerText(phrase)) > 0;
    }

    static TimeGrain grainOf(const std::string& phrase)
    {
        const std::string w = normalWord(phrase);
        return w == "day" ? TimeGrain::Day : w == "week" ? TimeGrain::Week : w == "month" ? TimeGrain::Month
               : w == "quarter" ? TimeGrain::Quarter : TimeGrain::Year;
    }

    // A phrase naming a date (a time column, or a key into a date table): it picks the date a grain or window
    // uses rather than grouping by itself.
    bool namesDate(const std::vector<PhraseMatch>& all) const
    {
        const std::vector<PhraseMatch> candidates = strongest(all);
        return !candidates.empty() && std::all_of(candidates.begin(), candidates.end(), [&](const PhraseMatch& c) {
            if (c.kind == PhraseMatch::Kind::Entity)
                return isDateTable(m.tables[c.index]);
            if (c.kind != PhraseMatch::Kind::Field)
                return false;
            const Field& f = m.fields[c.index];
            if (f.kind == FieldKind::Time)
                return true;
            for (const Link& link : m.links)
                if (link.from == f.table && isDateTable(m.tables[link.to])
                    && std::any_of(link.fromColumns.begin(), link.fromColumns.end(), [&](const std::string& col) { return equalsIgnoreCase(col, f.column); }))
                    return true;
            return false;
        });
    }

    void resolveGroups()
    {
        const bool timeAsked = r.window || std::any_of(r.groups.begin(), r.groups.end(), [&](const GroupAsk& g) {
                                   return g.grain != TimeGrain::None || (isGrainWord(g.phrase));
                               });
        for (const GroupAsk& ask : r.groups) {
            if (ask.grain != TimeGrain::None || isGrainWord(ask.phrase)) {
                m_grain = ask.grain != TimeGrain::None ? ask.grain : grainOf(ask.phrase);
                continue;
            }
            if (namesDate(ask.candidates)) {
                m_dateNamed = strongest(ask.candidates);
                if (!timeAsked)
                    m_grain = TimeGrain::Day;
                continue;
            }
            if (plan.list && plan.groups.size() == 1 && !plan.measures.size())
                plan.groups.clear();
            std::optional<int> field = chooseField(ask.candidates, ask.phrase);
            if (!field)
                return;
            field = labelBehindKey(*field);
            plan.groups.push_back(PlannedGroup{*field, TimeGrain::None, m.fields[*field].column});
        }
        // "top 5 companies by principal": the companies are the groups.
        if ((r.limit > 0 || r.superlative) && plan.groups.empty() && !m_grain) {
            for (int table : r.mentionedTables)
                if (std::find(m_measureTables.begin(), m_measureTables.end(), table) == m_measureTables.end()
                    || plan.measures.size() == 1) {
                    const int field = fieldOfEntity(table);
                    if (field >= 0 && std::find(m_measureTables.begin(), m_measureTables.end(), table) == m_measureTables.end()) {
                        plan.groups.push_back(PlannedGroup{field, TimeGrain::None, m.fields[field].column});
                        break;
                    }
                }
        }
        uniqueLabels();
    }

    void uniqueLabels()
    {
        std::map<std::string, int> seen;
        for (const PlannedGroup& g : plan.groups)
            ++seen[toLower(g.label)];
        for (PlannedGroup& g : plan.groups)
            if (seen[toLower(g.label)] > 1)
                g.label = m.tables[m.fields[g.field].table].name + "_" + g.label;
    }

    static QVariant numberValue(double n)
    {
        if (n == static_cast<double>(static_cast<long long>(n)))
            return QVariant(static_cast<qlonglong>(n));
        return QVariant(n);
    }

    void resolveFilters()
    {
        for (const FilterAsk& ask : r.filters) {
            PlannedFilter filter;
            filter.op = ask.op;
            if (ask.aggregate) {
                // "total principal over 1m": compares the measure of the same words after grouping.
                for (std::size_t i = 0; i < plan.measures.size(); ++i)
                    for (const PhraseMatch& c : ask.candidates)
                        if (plan.measures[i].field == c.index && plan.measures[i].aggregation == ask.aggregation.value_or(plan.measures[i].aggregation))
                            filter.measure = static_cast<int>(i);
                if (filter.measure < 0) {
                    fail(ask.phrase);
                    return;
                }
                filter.aggregate = true;
                for (double n : ask.numbers)
                    filter.values.push_back(numberValue(n));
                filter.text = plan.measures[filter.measure].label + " " + opText(ask.op) + " " + numbersText(ask.numbers);
                plan.filters.push_back(std::move(filter));
                continue;
            }
            const std::optional<int> field = chooseField(ask.candidates, ask.phrase);
            if (!field)
                return;
            filter.field = *field;
            const Field& f = m.fields[*field];
            const bool flag = std::any_of(ask.candidates.begin(), ask.candidates.end(), [&](const PhraseMatch& c) {
                return c.kind == PhraseMatch::Kind::Flag && c.index == *field;
            });
            if (flag) {
                filter.op = Compare::Eq;
                filter.values.push_back(QVariant(!ask.negated));
                filter.text = m.qualified(*field) + " is " + (ask.negated ? "false" : "true");
            } else if (!ask.numbers.empty()) {
                if (!f.type.isNumeric()) {
                    fail(ask.phrase + " (" + m.qualified(*field) + " is not a number)");
                    return;
                }
                for (double n : ask.numbers)
                    filter.values.push_back(numberValue(n));
                filter.text = m.qualified(*field) + " " + opText(ask.op) + " " + numbersText(ask.numbers);
            } else {
                std::vector<std::string> shown;
                for (const PhraseMatch& c : ask.candidates)
                    if (c.kind == PhraseMatch::Kind::Value && c.index == *field) {
                        filter.values.push_back(QVariant(QString::fromStdString(c.value)));
                        shown.push_back("'" + c.value + "'");
                    }
                if (filter.values.empty()) {
                    fail(ask.phrase);
                    return;
                }
                filter.op = ask.negated ? Compare::NotEq : Compare::Eq;
                filter.text = m.qualified(*field) + (shown.size() > 1 ? (ask.negated ? " not in (" : " in (") : (ask.negated ? " <> " : " = "))
                              + joinWords(shown, ", ") + (shown.size() > 1 ? ")" : "");
            }
            plan.filters.push_back(std::move(filter));
        }
    }

    static std::string opText(Compare op)
    {
        switch (op) {
        case Compare::Eq: return "=";
        case Compare::NotEq: return "<>";
        case Compare::Gt: return ">";
        case Compare::Ge: return ">=";
        case Compare::Lt: return "<";
        case Compare::Le: return "<=";
        case Compare::Between: return "between";
        }
        return "=";
    }

    static std::string numbersText(const std::vector<double>& numbers)
    {
        std::vector<std::string> texts;
        for (double n : numbers) {
            QString text = QString::number(n, 'f', n == static_cast<double>(static_cast<long long>(n)) ? 0 : 6);
            if (text.contains('.'))
                while (text.endsWith('0'))
                    text.chop(1);
            texts.push_back(text.toStdString());
        }
        return joinWords(texts, " and ");
    }

    // The dates the first anchor can be placed in time by: its own date columns, and the dates of the date
    // tables it joins, each with the role its key gives it.
    std::vector<TimeOption> timeOptions(int anchor) const
    {
        std::vector<TimeOption> options;
        static const std::set<std::string> dateWords = {"date", "time", "timestamp", "at", "on", "day", "datetime", "dt"};
        for (int f : m.tables[anchor].fields)
            if (m.fields[f].kind == FieldKind::Time) {
                TimeOption option{f, {}, {}};
                for (const std::string& w : m.fields[f].words)
                    if (!dateWords.count(w))
                        option.role.push_back(w);
                options.push_back(std::move(option));
            }
        for (const int l : m.outgoing[anchor]) {
            const Link& link = m.links[l];
            if (!isDateTable(m.tables[link.to]))
                continue;
            for (int f : m.tables[link.to].fields)
                if (m.fields[f].kind == FieldKind::Time) {
                    const bool known = std::any_of(options.begin(), options.end(), [&](const TimeOption& o) { return o.role == link.role; });
                    if (!known)
                        options.push_back(TimeOption{f, JoinPath{JoinStep{l, true}}, link.role});
                    break;
                }
        }
        return options;
    }

    void resolveTime()
    {
        if (!m_grain && !r.window)
            return;
        const int anchor = m_anchors.empty() ? -1 : m_anchors.front();
        if (anchor < 0)
            return;
        std::vector<TimeOption> options = timeOptions(anchor);
        if (options.empty()) {
            fail(std::string(r.window ? r.window->phrase : "per " + std::string(toString(*m_grain))) + " (" + m.tables[anchor].name + " has no date)");
            return;
        }
        std::vector<TimeOption> chosen;
        for (const TimeOption& o : options) {
            for (const PhraseMatch& c : m_dateNamed) {
                if (c.kind == PhraseMatch::Kind::Entity) {
                    // "by date": the date table reached by the key that plays no particular role.
                    if (!o.path.empty() && m.links[o.path.front().link].to == c.index && o.role.empty())
                        chosen.push_back(o);
                    continue;
                }
                const bool same = c.index == o.field && o.path.empty();
                const bool viaKey = !o.path.empty() && std::any_of(m.links[o.path.front().link].fromColumns.begin(), m.links[o.path.front().link].fromColumns.end(),
                                                                   [&](const std::string& col) { return equalsIgnoreCase(col, m.fields[c.index].column); });
                if (same || viaKey)
                    chosen.push_back(o);
            }
        }
        if (chosen.empty())
            for (const TimeOption& o : options)
                if (containsAll(r.words, o.role))
                    chosen.push_back(o);
        if (chosen.empty() && !m.defaultTime.empty())
            for (const TimeOption& o : options)
                if (equalsIgnoreCase(m.qualified(o.field), m.defaultTime) || (!o.path.empty() && equalsIgnoreCase(m.tables[anchor].name + "." + m.links[o.path.front().link].fromColumns.front(), m.defaultTime)))
                    chosen.push_back(o);
        if (chosen.empty() && options.size() == 1)
            chosen = options;
        // The same role twice (payment_date on the fact and payment_date_key into the date table): the
        // fact's own column, with no join.
        if (chosen.size() > 1 && std::all_of(chosen.begin(), chosen.end(), [&](const TimeOption& o) { return o.role == chosen.front().role; }))
            chosen.resize(1);
        if (chosen.size() != 1) {
            const std::vector<TimeOption>& listed = chosen.empty() ? options : chosen;
            Ambiguity a;
            a.about = r.window ? r.window->phrase : std::string(toString(*m_grain));
            a.question = "Which date of " + joinWords(m.tables[anchor].words) + ":";
            for (std::size_t i = 0; i < listed.size(); ++i) {
                // Said so that the alternative settles it: a role ("due date"), the date table itself ("by
                // date"), or the table's own date column by its name ("by sold at").
                std::string said;
                if (listed[i].path.empty())
                    said = spokenName(m.fields[listed[i].field].column);
                else if (listed[i].role.empty())
                    said = joinWords(m.tables[m.links[listed[i].path.front().link].to].words);
                else
                    said = joinWords(listed[i].role) + " date";
                a.question += (i ? (i + 1 == listed.size() ? " or " : ", ") : " ") + said;
                a.alternatives.push_back(m_question + " by " + said);
            }
            a.question += "?";
            out.ambiguities.push_back(std::move(a));
            return;
        }
        m_time = chosen.front();
        if (m_grain) {
            PlannedGroup group{m_time->field, *m_grain, std::string(toString(*m_grain))};
            plan.groups.insert(plan.groups.begin(), group);
        }
        if (r.window) {
            PlannedWindow window;
            window.field = m_time->field;
            window.ask = *r.window;
            plan.window = window;
        }
    }

    // The path from `anchor` to `table`: many-to-one when there is one (a role settled by the question's
    // words), else through a fan-out.
    std::optional<JoinPath> pathFor(int anchor, int table, const std::string& phrase, bool& fanOut)
    {
        std::vector<JoinPath> paths = manyToOnePaths(m, anchor, table);
        if (paths.empty()) {
            paths = anyPaths(m, anchor, table);
            // A long detour through tables the question never named relates rows by accident.
            if (!paths.empty() && paths.front().size() > kLongestFanOut) {
                fail(phrase + " (" + m.tables[table].name + " is related to " + m.tables[anchor].name + " only through " +
                     std::to_string(paths.front().size() - 1) + " other tables: ask about a table in between)");
                return std::nullopt;
            }
            fanOut = fanOut || !paths.empty();
        }
        if (paths.empty()) {
            fail(phrase + " (" + m.tables[table].name + " is not related to " + m.tables[anchor].name + ")");
            return std::nullopt;
        }
        if (paths.size() == 1)
            return paths.front();
        // Paths differ by the roles their keys play ("due" date), or else by the tables they pass through.
        std::vector<std::vector<std::string>> marks;
        for (const JoinPath& p : paths) {
            std::vector<std::string> mark = roleWords(m, p);
            if (mark.empty())
                for (std::size_t i = 0; i + 1 < p.size(); ++i) {
                    const std::vector<std::string>& words = m.tables[endOf(m, anchor, JoinPath(p.begin(), p.begin() + static_cast<long>(i) + 1))].words;
                    mark.insert(mark.end(), words.begin(), words.end());
                }
            marks.push_back(std::move(mark));
        }
        std::vector<JoinPath> matching;
        for (std::size_t i = 0; i < paths.size(); ++i)
            if (containsAll(r.words, marks[i]))
                matching.push_back(paths[i]);
        if (matching.size() == 1)
            return matching.front();
        Ambiguity a;
        a.about = phrase;
        a.question = "Which " + joinWords(m.tables[table].words) + " for \"" + phrase + "\":";
        for (std::size_t i = 0; i < paths.size(); ++i) {
            const bool role = !roleWords(m, paths[i]).empty();
            std::string said = role ? joinWords(marks[i]) + " " + m.tables[table].words.back() : "through " + joinWords(marks[i]);
            a.question += (i ? (i + 1 == paths.size() ? " or " : ", ") : " ") + said;
            a.alternatives.push_back(m_question + (role ? " by " : " ") + said);
        }
        a.question += "?";
        out.ambiguities.push_back(std::move(a));
        return std::nullopt;
    }

    void buildParts()
    {
        for (std::size_t mi = 0; mi < plan.measures.size(); ++mi) {
            const int table = m_measureTables[mi];
            auto it = std::find_if(plan.parts.begin(), plan.parts.end(), [&](const QueryPart& p) { return p.table == table; });
            if (it == plan.parts.end()) {
                plan.parts.push_back(QueryPart{table, {}, {}, {}, {}, false});
                it = plan.parts.end() - 1;
                if (!fillPaths(*it))
                    return;
            }
            it->measures.push_back(static_cast<int>(mi));
        }
        if (plan.list) {
            plan.parts.push_back(QueryPart{m_anchors.front(), {}, {}, {}, {}, false});
            fillPaths(plan.parts.back());
        }
    }

    bool fillPaths(QueryPart& part)
    {
        for (const PlannedGroup& g : plan.groups) {
            if (g.grain != TimeGrain::None && m_time && part.table == m_anchors.front()) {
                part.groupPaths.push_back(m_time->path);
                continue;
            }
            const int target = m.fields[g.field].table;
            auto path = pathFor(part.table, target, g.label, part.fanOut);
            if (!path)
                return false;
            part.groupPaths.push_back(*path);
        }
        for (const PlannedFilter& f : plan.filters) {
            if (f.aggregate) {
                part.filterPaths.push_back({});
                continue;
            }
            auto path = pathFor(part.table, m.fields[f.field].table, f.text, part.fanOut);
            if (!path)
                return false;
            part.filterPaths.push_back(*path);
        }
        if (plan.window) {
            if (m_time && part.table == m_anchors.front()) {
                part.windowPath = m_time->path;
            } else {
                auto path = pathFor(part.table, m.fields[plan.window->field].table, plan.window->ask.phrase, part.fanOut);
                if (!path)
                    return false;
                part.windowPath = *path;
            }
        }
        if (part.fanOut && m.tables[part.table].key.empty()) {
            fail("joining " + m.tables[part.table].name + " to the many rows of another table would count its rows more than once, "
                 "and it has no key to count them once by");
            return false;
        }
        return true;
    }

    void order()
    {
        plan.limit = r.superlative && r.limit == 0 && !plan.groups.empty() ? 1 : r.limit;
        plan.ascending = r.ascending;
        const bool timeline = !plan.groups.empty() && plan.groups.front().grain != TimeGrain::None;
        plan.orderByMeasure = !plan.measures.empty() && (plan.limit > 0 || r.superlative || (!timeline && !plan.groups.empty()));
        // "highest balance" with nothing to rank: the maximum itself.
        if (r.superlative && plan.groups.empty() && plan.measures.size() == 1 && plan.measures.front().field >= 0
            && std::none_of(r.measures.begin(), r.measures.end(), [](const MeasureAsk& a) { return a.aggregation.has_value(); })) {
            PlannedMeasure& measure = plan.measures.front();
            measure.aggregation = r.ascending ? Aggregation::Min : Aggregation::Max;
            measure.label = std::string(aggregationWord(measure.aggregation)) + "_" + joinWords(m.fields[measure.field].words, "_");
        }
    }

    // Words that only name a role ("due" in "by due date") were understood through the joins they chose.
    void forgiveRoleWords()
    {
        std::set<std::string> roles;
        for (const Link& link : m.links)
            roles.insert(link.role.begin(), link.role.end());
        for (const TimeOption& o : m_time ? std::vector<TimeOption>{*m_time} : std::vector<TimeOption>{})
            roles.insert(o.role.begin(), o.role.end());
        out.notUnderstood.erase(std::remove_if(out.notUnderstood.begin(), out.notUnderstood.end(),
                                               [&](const std::string& w) { return roles.count(normalWord(w)) > 0; }),
                                out.notUnderstood.end());
    }

    const Reading& r;
    const SemanticModel& m;
    std::string m_question;
    Interpretation out;
    QueryPlan plan;
    bool m_failed = false;
    std::vector<int> m_anchors;
    std::vector<int> m_measureTables;  // parallel to plan.measures
    std::optional<TimeGrain> m_grain;
    std::vector<PhraseMatch> m_dateNamed;
    std::optional<TimeOption> m_time;
};

}  // namespace

Interpretation interpret(const Reading& reading, const SemanticModel& model, std::string_view question)
{
    return Resolver(reading, model, question).run();
}

}  // namespace ss::query
