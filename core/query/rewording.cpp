#include "core/query/rewording.h"

#include "core/query/lexicon.h"

#include <QDate>

#include <algorithm>

namespace ss::query {

namespace {

std::string number(const QVariant& v)
{
    return v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 15).toStdString() : std::to_string(v.toLongLong());
}

std::string comparison(Compare op)
{
    switch (op) {
    case Compare::Gt: return "over";
    case Compare::Ge: return "at least";
    case Compare::Lt: return "under";
    case Compare::Le: return "at most";
    case Compare::Between: return "between";
    case Compare::Eq: return "equal to";
    case Compare::NotEq: return "not equal to";
    }
    return "over";
}

std::string measurePhrase(const SemanticModel& model, const PlannedMeasure& m, int table)
{
    if (m.field < 0)
        return "number of " + pluralWords(model.tables[table].words);
    const std::string name = spokenField(model, m.field);
    switch (m.aggregation) {
    case Aggregation::Avg: return "average " + name;
    case Aggregation::Min: return "minimum " + name;
    case Aggregation::Max: return "maximum " + name;
    case Aggregation::Count: return "count of " + name;
    case Aggregation::CountDistinct: return "number of distinct " + name;
    case Aggregation::Sum:
    case Aggregation::None: break;
    }
    return "total " + name;
}

// How the date a grain or window uses is named: the table's own column by name, a role ("due date"), or the
// date table itself ("date").
std::string datePhrase(const SemanticModel& model, int field, const JoinPath& path)
{
    if (path.empty())
        return spokenName(model.fields[field].column);
    const Link& link = model.links[path.front().link];
    return link.role.empty() ? joinWords(model.tables[link.to].words) : joinWords(link.role) + " date";
}

}  // namespace

std::string spokenField(const SemanticModel& model, int field)
{
    const Field& f = model.fields[field];
    const Entity& e = model.tables[f.table];
    const bool shared = std::any_of(model.fields.begin(), model.fields.end(), [&](const Field& other) {
        return &other != &f && other.words == f.words;
    });
    const bool startsWithTable = f.words.size() > e.words.size() && std::equal(e.words.begin(), e.words.end(), f.words.begin());
    if (!shared || startsWithTable)
        return spokenName(f.column);
    return joinWords(e.words) + " " + spokenName(f.column);
}

std::string rewordPlan(const QueryPlan& plan, const SemanticModel& model)
{
    std::string q;
    if (plan.limit > 0)
        q += std::string(plan.ascending ? "bottom " : "top ") + std::to_string(plan.limit) + " ";
    if (plan.list)
        q += "list ";
    std::vector<std::string> measures;
    for (std::size_t i = 0; i < plan.measures.size(); ++i) {
        int table = -1;
        for (const QueryPart& part : plan.parts)
            if (std::find(part.measures.begin(), part.measures.end(), static_cast<int>(i)) != part.measures.end())
                table = part.table;
        measures.push_back(measurePhrase(model, plan.measures[i], table));
    }
    q += joinWords(measures, " and ");
    const QueryPart* first = plan.parts.empty() ? nullptr : &plan.parts.front();
    std::string date;
    for (std::size_t g = 0; g < plan.groups.size(); ++g) {
        const PlannedGroup& group = plan.groups[g];
        if (plan.list && g == 0 && plan.measures.empty()) {
            q += spokenField(model, group.field);
            continue;
        }
        if (group.grain != TimeGrain::None) {
            q += std::string(" per ") + toString(group.grain);
            if (first)
                date = datePhrase(model, group.field, first->groupPaths[g]);
        } else {
            q += " by " + spokenField(model, group.field);
        }
    }
    for (const PlannedFilter& f : plan.filters) {
        if (f.aggregate) {
            int table = -1;
            for (const QueryPart& part : plan.parts)
                if (std::find(part.measures.begin(), part.measures.end(), f.measure) != part.measures.end())
                    table = part.table;
            q += " with " + measurePhrase(model, plan.measures[f.measure], table) + " " + comparison(f.op) + " " + number(f.values[0]);
            continue;
        }
        const Field& field = model.fields[f.field];
        if (field.type.kind == TypeKind::Boolean && f.values.size() == 1 && f.values[0].typeId() == QMetaType::Bool) {
            std::vector<std::string> words = field.words;
            if (words.size() > 1 && (words.front() == "is" || words.front() == "has" || words.front() == "was"))
                words.erase(words.begin());
            q += std::string(" for ") + (f.values[0].toBool() ? "" : "not ") + joinWords(words);
            continue;
        }
        if (field.type.isText()) {
            std::vector<std::string> values;
            for (const QVariant& v : f.values)
                values.push_back("'" + v.toString().toStdString() + "'");
            q += " for " + spokenField(model, f.field) + (f.op == Compare::NotEq ? " not " : " ") + joinWords(values, " or ");
            continue;
        }
        q += " with " + spokenField(model, f.field) + " " + comparison(f.op) + " " + number(f.values[0]);
        if (f.op == Compare::Between)
            q += " and " + number(f.values[1]);
    }
    if (plan.window) {
        q += " " + plan.window->ask.phrase;
        if (first && date.empty())
            date = datePhrase(model, plan.window->field, first->windowPath);
    }
    if (!date.empty())
        q += " by " + date;
    // A fan-out goes the way the question said: through the tables in between.
    if (first) {
        std::vector<std::string> through;
        for (const JoinPath& path : first->groupPaths) {
            if (!fansOut(path))
                continue;
            for (std::size_t i = 0; i + 1 < path.size(); ++i) {
                const std::string words = joinWords(model.tables[endOf(model, first->table, JoinPath(path.begin(), path.begin() + static_cast<long>(i) + 1))].words);
                if (std::find(through.begin(), through.end(), words) == through.end())
                    through.push_back(words);
            }
        }
        if (!through.empty())
            q += " through " + joinWords(through, " and ");
    }
    return q;
}

}  // namespace ss::query
