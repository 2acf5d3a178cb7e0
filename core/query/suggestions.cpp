#include "core/query/suggestions.h"

#include "core/query/join_paths.h"
#include "core/query/lexicon.h"
#include "core/query/question_tokens.h"

#include <algorithm>
#include <set>

namespace ss::query {

namespace {

std::string said(Aggregation a)
{
    switch (a) {
    case Aggregation::Avg: return "average ";
    case Aggregation::Min: return "minimum ";
    case Aggregation::Max: return "maximum ";
    case Aggregation::Count:
    case Aggregation::CountDistinct: return "number of ";
    default: return "total ";
    }
}

bool hasTime(const SemanticModel& model, int table)
{
    for (int f : model.tables[table].fields)
        if (model.fields[f].kind == FieldKind::Time)
            return true;
    for (int l : model.outgoing[table])
        for (int f : model.tables[model.links[l].to].fields)
            if (model.fields[f].kind == FieldKind::Time)
                return true;
    return false;
}

// The categories a table's rows can be grouped by within one join: columns with a few sampled values.
std::vector<int> categoriesNear(const SemanticModel& model, int table)
{
    std::vector<int> out;
    std::vector<int> tables = {table};
    for (int l : model.outgoing[table])
        tables.push_back(model.links[l].to);
    for (int t : tables)
        for (int f : isDateTable(model.tables[t]) ? std::vector<int>{} : model.tables[t].fields) {
            const Field& field = model.fields[f];
            if (field.kind == FieldKind::Dimension && field.values.size() >= 2 && field.values.size() <= 30
                && std::find(out.begin(), out.end(), f) == out.end())
                out.push_back(f);
        }
    return out;
}

}  // namespace

std::vector<Candidate> candidateQuestions(const SemanticModel& model)
{
    std::vector<int> measures;
    for (const std::string& preferred : model.preferredMeasures)
        for (std::size_t f = 0; f < model.fields.size(); ++f)
            if (equalsIgnoreCase(model.qualified(static_cast<int>(f)), preferred))
                measures.push_back(static_cast<int>(f));
    // Facts first, the largest first: the main measures of a warehouse live in its biggest fact.
    std::vector<int> order;
    for (std::size_t t = 0; t < model.tables.size(); ++t)
        order.push_back(static_cast<int>(t));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Entity& x = model.tables[a];
        const Entity& y = model.tables[b];
        return x.fact != y.fact ? x.fact : x.rows > y.rows;
    });
    for (int t : order) {
        int taken = 0;
        for (int f : model.tables[t].fields)
            if (model.fields[f].kind == FieldKind::Measure && taken < 2 && std::find(measures.begin(), measures.end(), f) == measures.end()) {
                measures.push_back(f);
                ++taken;
            }
    }
    std::vector<Candidate> out;
    std::string about;
    auto add = [&](std::string q) {
        if (std::none_of(out.begin(), out.end(), [&](const Candidate& c) { return c.question == q; }))
            out.push_back(Candidate{std::move(q), about});
    };
    auto aboutTable = [&](int table) {
        const Entity& e = model.tables[table];
        return joinWords(e.words) + " " + e.description;
    };
    for (std::size_t i = 0; i < measures.size() && i < 8; ++i) {
        const Field& m = model.fields[measures[i]];
        about = aboutTable(m.table) + " " + m.description;
        const std::string phrase = said(m.aggregation) + joinWords(m.words);
        if (hasTime(model, m.table))
            add(phrase + " per month");
        const std::vector<int> categories = categoriesNear(model, m.table);
        for (std::size_t c = 0; c < categories.size() && c < 3; ++c)
            add(phrase + " by " + joinWords(model.fields[categories[c]].words));
        for (int l : model.outgoing[m.table]) {
            const Entity& target = model.tables[model.links[l].to];
            if (!target.label.empty() && !target.words.empty() && model.links[l].role.empty()) {
                add("top 10 " + pluralWords(target.words) + " by " + phrase);
                break;
            }
        }
    }
    // Counts: of every table that names its rows, the largest first. Without facts (an application's own
    // schema) these come before the sums of whatever numbers the tables hold.
    const bool anyFact = std::any_of(model.tables.begin(), model.tables.end(), [](const Entity& e) { return e.fact; });
    std::vector<Candidate> sums;
    if (!anyFact)
        sums.swap(out);
    for (int ti : order) {
        const std::size_t t = static_cast<std::size_t>(ti);
        const Entity& e = model.tables[t];
        if (e.fact || e.label.empty())
            continue;
        about = aboutTable(static_cast<int>(t));
        add("how many " + pluralWords(e.words));
        const std::vector<int> categories = categoriesNear(model, static_cast<int>(t));
        for (int f : categories)
            if (model.fields[f].table == static_cast<int>(t)) {
                add("how many " + pluralWords(e.words) + " by " + joinWords(model.fields[f].words));
                break;
            }
    }
    out.insert(out.end(), sums.begin(), sums.end());
    return out;
}

bool matchesTopic(const Candidate& candidate, const std::string& topic)
{
    std::set<std::string> topicWords;
    for (const Token& t : tokenizeQuestion(topic))
        if (t.kind == Token::Kind::Word)
            topicWords.insert(t.norm);
    if (topicWords.empty())
        return true;
    for (const std::string* text : {&candidate.question, &candidate.about})
        for (const Token& t : tokenizeQuestion(*text))
            if (topicWords.count(t.norm))
                return true;
    return false;
}

}  // namespace ss::query
