#include "core/query/answer_json.h"

#include <QJsonArray>

#include <algorithm>

namespace ss::query {

namespace {

QJsonArray strings(const std::vector<std::string>& items)
{
    QJsonArray out;
    for (const std::string& s : items)
        out.append(QString::fromStdString(s));
    return out;
}

QJsonValue scalar(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short: return static_cast<double>(value.toLongLong()) == value.toDouble() ? QJsonValue(value.toLongLong()) : QJsonValue(value.toDouble());
    case QMetaType::Double:
    case QMetaType::Float: return value.toDouble();
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return value.toDateTime().toString(Qt::ISODate);
    default: return value.toString();
    }
}

const char* aggregationName(Aggregation a)
{
    return toString(a);
}

}  // namespace

std::vector<int> linksUsed(const QueryPlan& plan)
{
    std::vector<int> links;
    auto add = [&](const JoinPath& path) {
        for (const JoinStep& step : path)
            if (std::find(links.begin(), links.end(), step.link) == links.end())
                links.push_back(step.link);
    };
    for (const QueryPart& part : plan.parts) {
        for (const JoinPath& p : part.groupPaths)
            add(p);
        for (const JoinPath& p : part.filterPaths)
            add(p);
        add(part.windowPath);
    }
    return links;
}

QJsonObject interpretationJson(const QueryPlan& plan, const SemanticModel& model)
{
    QJsonObject out;
    QJsonArray measures;
    for (std::size_t i = 0; i < plan.measures.size(); ++i) {
        const PlannedMeasure& m = plan.measures[i];
        QJsonObject o;
        o["label"] = QString::fromStdString(m.label);
        o["aggregation"] = aggregationName(m.aggregation);
        for (const QueryPart& part : plan.parts)
            if (std::find(part.measures.begin(), part.measures.end(), static_cast<int>(i)) != part.measures.end())
                o["table"] = QString::fromStdString(model.tables[part.table].name);
        o["column"] = m.field >= 0 ? QJsonValue(QString::fromStdString(model.fields[m.field].column)) : QJsonValue(QJsonValue::Null);
        measures.append(o);
    }
    out["measures"] = measures;
    QJsonArray groups;
    for (const PlannedGroup& g : plan.groups) {
        QJsonObject o;
        o["label"] = QString::fromStdString(g.label);
        o["table"] = QString::fromStdString(model.tables[model.fields[g.field].table].name);
        o["column"] = QString::fromStdString(model.fields[g.field].column);
        o["grain"] = g.grain == TimeGrain::None ? QJsonValue(QJsonValue::Null) : QJsonValue(toString(g.grain));
        groups.append(o);
    }
    out["groups"] = groups;
    QJsonArray filters;
    for (const PlannedFilter& f : plan.filters)
        filters.append(QString::fromStdString(f.text));
    out["filters"] = filters;
    if (plan.window) {
        QJsonObject w;
        w["table"] = QString::fromStdString(model.tables[model.fields[plan.window->field].table].name);
        w["column"] = QString::fromStdString(model.fields[plan.window->field].column);
        w["phrase"] = QString::fromStdString(plan.window->ask.phrase);
        w["from"] = plan.window->range.from.toString(Qt::ISODate);
        w["to"] = plan.window->range.to.addDays(-1).toString(Qt::ISODate);
        w["description"] = QString::fromStdString(plan.window->range.description);
        out["timeWindow"] = w;
    } else {
        out["timeWindow"] = QJsonValue::Null;
    }
    QJsonArray joins;
    for (int l : linksUsed(plan)) {
        const Link& link = model.links[l];
        QJsonObject o;
        o["from"] = QString::fromStdString(model.tables[link.from].name);
        o["fromColumns"] = strings(link.fromColumns);
        o["to"] = QString::fromStdString(model.tables[link.to].name);
        o["toColumns"] = strings(link.toColumns);
        o["role"] = QString::fromStdString([&] {
            std::string r;
            for (const std::string& w : link.role)
                r += (r.empty() ? "" : " ") + w;
            return r;
        }());
        o["inferred"] = link.inferred;
        if (link.inferred)
            o["inclusion"] = link.inclusion;
        joins.append(o);
    }
    out["joins"] = joins;
    out["limit"] = plan.limit;
    out["order"] = plan.orderByMeasure ? (plan.ascending ? "measure ascending" : "measure descending") : "groups";
    out["fanOut"] = std::any_of(plan.parts.begin(), plan.parts.end(), [](const QueryPart& p) { return p.fanOut; });
    QJsonArray lines;
    for (const std::string& line : interpretationLines(plan, model))
        lines.append(QString::fromStdString(line));
    out["summary"] = lines;
    return out;
}

std::vector<std::string> interpretationLines(const QueryPlan& plan, const SemanticModel& model)
{
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < plan.measures.size(); ++i) {
        const PlannedMeasure& m = plan.measures[i];
        std::string table;
        for (const QueryPart& part : plan.parts)
            if (std::find(part.measures.begin(), part.measures.end(), static_cast<int>(i)) != part.measures.end())
                table = model.tables[part.table].name;
        lines.push_back("measure: " + std::string(aggregationName(m.aggregation)) + " of " +
                        (m.field >= 0 ? model.fields[m.field].column : std::string("rows")) + " in " + table);
    }
    for (const PlannedGroup& g : plan.groups)
        lines.push_back("grouped by: " + (g.grain == TimeGrain::None ? model.qualified(g.field) : std::string(toString(g.grain)) + " of " + model.qualified(g.field)));
    for (const PlannedFilter& f : plan.filters)
        lines.push_back(std::string(f.aggregate ? "only groups where: " : "filter: ") + f.text);
    if (plan.window)
        lines.push_back("time window: " + model.qualified(plan.window->field) + " from " + plan.window->range.description);
    for (int l : linksUsed(plan)) {
        const Link& link = model.links[l];
        std::string line = "join: " + model.tables[link.from].name + "." + link.fromColumns.front() + " -> " + model.tables[link.to].name + "." + link.toColumns.front();
        if (link.inferred)
            line += " (inferred from names and data: " + std::to_string(static_cast<int>(link.inclusion * 100 + 0.5)) + "% of values found)";
        lines.push_back(line);
    }
    if (std::any_of(plan.parts.begin(), plan.parts.end(), [](const QueryPart& p) { return p.fanOut; }))
        lines.push_back("note: a join fans out, so each row is counted once per group through its key");
    if (plan.parts.size() > 1)
        lines.push_back("note: each table aggregated on its own before the results are joined on the groups");
    if (plan.limit > 0)
        lines.push_back(std::string(plan.ascending ? "bottom " : "top ") + std::to_string(plan.limit));
    return lines;
}

QJsonObject answerJson(const Answer& answer, const SemanticModel& model)
{
    QJsonObject out;
    out["question"] = QString::fromStdString(answer.question);
    out["status"] = toString(answer.status);
    out["message"] = QString::fromStdString(answer.message);
    out["sql"] = answer.query ? QJsonValue(QString::fromStdString(answer.query->shownSql)) : QJsonValue(QJsonValue::Null);
    out["boundSql"] = answer.query ? QJsonValue(QString::fromStdString(answer.query->sql)) : QJsonValue(QJsonValue::Null);
    QJsonArray parameters;
    if (answer.query)
        for (const QVariant& v : answer.query->parameters)
            parameters.append(scalar(v));
    out["parameters"] = parameters;
    out["interpretation"] = answer.plan ? QJsonValue(interpretationJson(*answer.plan, model)) : QJsonValue(QJsonValue::Null);
    QJsonArray ambiguities;
    for (const Ambiguity& a : answer.ambiguities) {
        QJsonObject o;
        o["about"] = QString::fromStdString(a.about);
        o["question"] = QString::fromStdString(a.question);
        o["alternatives"] = strings(a.alternatives);
        ambiguities.append(o);
    }
    out["ambiguities"] = ambiguities;
    out["notUnderstood"] = strings(answer.notUnderstood);
    out["notes"] = strings(answer.notes);
    out["columns"] = strings(answer.query ? answer.query->columns : std::vector<std::string>{});
    QJsonArray rows;
    for (const auto& row : answer.result.rows) {
        QJsonArray r;
        for (const QVariant& v : row)
            r.append(scalar(v));
        rows.append(r);
    }
    out["rows"] = rows;
    out["rowCount"] = static_cast<int>(answer.result.rows.size());
    out["truncated"] = answer.result.truncated;
    out["executed"] = answer.executed;
    out["model"] = answer.model.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromStdString(answer.model));
    out["tokensIn"] = answer.tokensIn;
    out["tokensOut"] = answer.tokensOut;
    out["elapsedMs"] = static_cast<double>(answer.elapsedMs);
    return out;
}

}  // namespace ss::query
