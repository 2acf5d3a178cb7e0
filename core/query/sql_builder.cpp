#include "core/query/sql_builder.h"

#include "core/query/time_window.h"
#include "core/sql/sql_renderer.h"
#include "core/util/joined.h"

#include <QDate>

#include <map>

namespace ss::query {

namespace {

class Writer {
public:
    Writer(const QueryPlan& plan, const SemanticModel& model, Dialect dialect)
        : p(plan), m(model), d(dialect), r(makeRenderer(dialect))
    {
    }

    std::string q(std::string_view name) const { return r->quote(name); }

    // A value: a placeholder in the bound SQL, a literal in the shown one.
    std::string value(const QVariant& v)
    {
        m_params.push_back(v);
        return "\x01" + std::to_string(m_params.size() - 1) + "\x01";
    }

    std::string literal(const QVariant& v) const
    {
        switch (v.typeId()) {
        case QMetaType::Bool:
            return d == Dialect::Sqlite || d == Dialect::MySql ? (v.toBool() ? "1" : "0") : (v.toBool() ? "TRUE" : "FALSE");
        case QMetaType::LongLong:
        case QMetaType::Int: return std::to_string(v.toLongLong());
        case QMetaType::Double: return QString::number(v.toDouble(), 'g', 15).toStdString();
        case QMetaType::QDate: {
            const std::string text = r->stringLiteral(v.toDate().toString(Qt::ISODate).toStdString());
            return d == Dialect::Sqlite ? text : "DATE " + text;
        }
        default: return r->stringLiteral(v.toString().toStdString());
        }
    }

    BuiltQuery finish(const std::string& text, std::vector<std::string> columns) const
    {
        BuiltQuery out;
        out.columns = std::move(columns);
        out.parameters = m_params;
        std::size_t i = 0;
        while (i < text.size()) {
            if (text[i] == '\x01') {
                const std::size_t end = text.find('\x01', i + 1);
                const int index = std::stoi(text.substr(i + 1, end - i - 1));
                out.sql += "?";
                out.shownSql += literal(m_params[index]);
                i = end + 1;
            } else {
                out.sql += text[i];
                out.shownSql += text[i];
                ++i;
            }
        }
        return out;
    }

    // Date parameters: DuckDB types a bound text as text, so its dates are cast; the others compare text
    // dates (SQLite) or take the text as a date.
    std::string dateValue(const QDate& date)
    {
        const std::string v = value(QVariant(date.toString(Qt::ISODate)));
        return d == Dialect::DuckDb || d == Dialect::PostgreSql ? "CAST(" + v + " AS DATE)" : v;
    }

    struct From {
        std::string sql;                       // FROM ... JOIN ...
        std::map<std::string, std::string> aliases;  // path key -> alias
    };

    static std::string keyOf(const JoinPath& path, std::size_t length)
    {
        std::string key;
        for (std::size_t i = 0; i < length; ++i)
            key += std::to_string(path[i].link) + (path[i].forward ? ">" : "<") + "/";
        return key;
    }

    // Joins every path of a part from the part's table `t0`, sharing common prefixes.
    From joins(const QueryPart& part, const std::vector<const JoinPath*>& paths, bool inner) const
    {
        From from;
        from.sql = "FROM " + q(m.tables[part.table].name) + " t0";
        from.aliases[""] = "t0";
        int next = 1;
        for (const JoinPath* path : paths) {
            for (std::size_t i = 0; i < path->size(); ++i) {
                const std::string key = keyOf(*path, i + 1);
                if (from.aliases.count(key))
                    continue;
                const std::string prev = from.aliases[keyOf(*path, i)];
                const std::string alias = "t" + std::to_string(next++);
                const JoinStep& step = (*path)[i];
                const Link& link = m.links[step.link];
                const int table = step.forward ? link.to : link.from;
                std::string on;
                for (std::size_t c = 0; c < link.fromColumns.size(); ++c) {
                    const std::string& here = step.forward ? link.fromColumns[c] : link.toColumns[c];
                    const std::string& there = step.forward ? link.toColumns[c] : link.fromColumns[c];
                    on += std::string(c ? " AND " : "") + alias + "." + q(there) + " = " + prev + "." + q(here);
                }
                from.sql += std::string(inner || !step.forward ? "\nJOIN " : "\nLEFT JOIN ") + q(m.tables[table].name) + " " + alias + " ON " + on;
                from.aliases[key] = alias;
            }
        }
        return from;
    }

    std::string column(const From& from, const JoinPath& path, int field) const
    {
        return from.aliases.at(keyOf(path, path.size())) + "." + q(m.fields[field].column);
    }

    std::string groupExpr(const From& from, const QueryPart& part, std::size_t g) const
    {
        const PlannedGroup& group = p.groups[g];
        const std::string c = column(from, part.groupPaths[g], group.field);
        return group.grain == TimeGrain::None ? c : grainExpression(d, group.grain, c);
    }

    std::string measureExpr(const std::string& alias, const PlannedMeasure& measure) const
    {
        const std::string c = measure.field >= 0 ? alias + "." + q(m.fields[measure.field].column) : "";
        switch (measure.aggregation) {
        case Aggregation::Sum: return "SUM(" + c + ")";
        case Aggregation::Avg: return "AVG(" + c + ")";
        case Aggregation::Min: return "MIN(" + c + ")";
        case Aggregation::Max: return "MAX(" + c + ")";
        case Aggregation::CountDistinct: return "COUNT(DISTINCT " + c + ")";
        case Aggregation::Count:
        case Aggregation::None: break;
        }
        return measure.field >= 0 ? "COUNT(" + c + ")" : "COUNT(*)";
    }

    std::string comparison(const std::string& expr, const PlannedFilter& filter)
    {
        switch (filter.op) {
        case Compare::Eq:
        case Compare::NotEq: {
            const bool negated = filter.op == Compare::NotEq;
            if (filter.values.size() == 1)
                return negated ? "(" + expr + " <> " + value(filter.values[0]) + " OR " + expr + " IS NULL)"
                               : expr + " = " + value(filter.values[0]);
            std::string list;
            for (const QVariant& v : filter.values)
                list += (list.empty() ? "" : ", ") + value(v);
            return negated ? "(" + expr + " NOT IN (" + list + ") OR " + expr + " IS NULL)" : expr + " IN (" + list + ")";
        }
        case Compare::Between: {
            const std::string low = value(filter.values[0]);
            const std::string high = value(filter.values[1]);
            return expr + " BETWEEN " + low + " AND " + high;
        }
        case Compare::Gt: return expr + " > " + value(filter.values[0]);
        case Compare::Ge: return expr + " >= " + value(filter.values[0]);
        case Compare::Lt: return expr + " < " + value(filter.values[0]);
        case Compare::Le: return expr + " <= " + value(filter.values[0]);
        }
        return expr;
    }

    std::vector<std::string> rowConditions(const From& from, const QueryPart& part)
    {
        std::vector<std::string> where;
        for (std::size_t f = 0; f < p.filters.size(); ++f)
            if (!p.filters[f].aggregate)
                where.push_back(comparison(column(from, part.filterPaths[f], p.filters[f].field), p.filters[f]));
        if (p.window) {
            const std::string c = column(from, part.windowPath, p.window->field);
            // Values are numbered as they are made: make them in the order they appear.
            const std::string from = dateValue(p.window->range.from);
            const std::string to = dateValue(p.window->range.to);
            where.push_back(c + " >= " + from + " AND " + c + " < " + to);
        }
        return where;
    }

    std::vector<const JoinPath*> pathsOf(const QueryPart& part) const
    {
        std::vector<const JoinPath*> paths;
        for (const JoinPath& path : part.groupPaths)
            paths.push_back(&path);
        for (const JoinPath& path : part.filterPaths)
            paths.push_back(&path);
        if (p.window)
            paths.push_back(&part.windowPath);
        return paths;
    }

    // One part aggregated at its own grain: SELECT groups AS g0.., measures AS m0.. (names given by `names`).
    std::string partSelect(const QueryPart& part, const std::vector<std::string>& groupNames, const std::vector<std::string>& measureNames)
    {
        const From from = joins(part, pathsOf(part), false);
        std::vector<std::string> groups;
        for (std::size_t g = 0; g < p.groups.size(); ++g)
            groups.push_back(groupExpr(from, part, g));
        std::vector<std::string> where = rowConditions(from, part);
        std::vector<std::string> select;
        if (!part.fanOut) {
            for (std::size_t g = 0; g < groups.size(); ++g)
                select.push_back(groups[g] + " AS " + q(groupNames[g]));
            for (std::size_t i = 0; i < part.measures.size(); ++i)
                select.push_back(measureExpr("t0", p.measures[part.measures[i]]) + " AS " + q(measureNames[i]));
            std::string sql = (p.list ? "SELECT DISTINCT " : "SELECT ") + joined(select, ", ") + "\n" + from.sql;
            if (!where.empty())
                sql += "\nWHERE " + joined(where, "\n  AND ");
            if (!groups.empty() && !p.list)
                sql += "\nGROUP BY " + joined(groups, ", ");
            return sql;
        }
        // Fan-out: each row of the part's table once per group, through its key.
        const std::vector<std::string>& key = m.tables[part.table].key;
        std::vector<std::string> bridge, on, outerGroups;
        for (std::size_t k = 0; k < key.size(); ++k) {
            bridge.push_back("t0." + q(key[k]) + " AS " + q("k" + std::to_string(k)));
            on.push_back("b." + q("k" + std::to_string(k)) + " = a." + q(key[k]));
        }
        for (std::size_t g = 0; g < groups.size(); ++g) {
            bridge.push_back(groups[g] + " AS " + q("g" + std::to_string(g)));
            outerGroups.push_back("b." + q("g" + std::to_string(g)));
            select.push_back(outerGroups.back() + " AS " + q(groupNames[g]));
        }
        for (std::size_t i = 0; i < part.measures.size(); ++i)
            select.push_back(measureExpr("a", p.measures[part.measures[i]]) + " AS " + q(measureNames[i]));
        std::string inner = "SELECT DISTINCT " + joined(bridge, ", ") + "\n" + from.sql;
        if (!where.empty())
            inner += "\nWHERE " + joined(where, "\n  AND ");
        std::string sql = "SELECT " + joined(select, ", ") + "\nFROM " + q(m.tables[part.table].name) + " a\nJOIN (" + inner + ") b ON " + joined(on, " AND ");
        if (!outerGroups.empty())
            sql += "\nGROUP BY " + joined(outerGroups, ", ");
        return sql;
    }

    std::string nullSafeEqual(const std::string& a, const std::string& b) const
    {
        switch (d) {
        case Dialect::Sqlite: return a + " IS " + b;
        case Dialect::MySql: return a + " <=> " + b;
        default: return a + " IS NOT DISTINCT FROM " + b;
        }
    }

    std::string havingCondition(std::size_t f, const std::string& measureExpr)
    {
        return comparison(measureExpr, p.filters[f]);
    }

    std::string orderAndLimit(const std::vector<std::string>& groupRefs, const std::vector<std::string>& measureRefs, int rowLimit)
    {
        std::string sql;
        std::vector<std::string> order;
        if (p.orderByMeasure && !measureRefs.empty())
            order.push_back(measureRefs.front() + (p.ascending ? " ASC" : " DESC"));
        for (const std::string& g : groupRefs)
            order.push_back(g);
        if (!order.empty())
            sql += "\nORDER BY " + joined(order, ", ");
        const int limit = p.limit > 0 && p.limit < rowLimit ? p.limit : rowLimit;
        sql += "\nLIMIT " + std::to_string(limit);
        return sql;
    }

    BuiltQuery build(int rowLimit)
    {
        std::vector<std::string> groupLabels, measureLabels;
        for (const PlannedGroup& g : p.groups)
            groupLabels.push_back(g.label);
        for (const PlannedMeasure& measure : p.measures)
            measureLabels.push_back(measure.label);
        std::vector<std::string> columns = groupLabels;
        columns.insert(columns.end(), measureLabels.begin(), measureLabels.end());
        std::vector<std::string> groupRefs, measureRefs;
        for (const std::string& g : groupLabels)
            groupRefs.push_back(q(g));
        for (const std::string& label : measureLabels)
            measureRefs.push_back(q(label));
        if (p.parts.size() == 1) {
            const QueryPart& part = p.parts.front();
            std::vector<std::string> names;
            for (int mi : part.measures)
                names.push_back(p.measures[mi].label);
            std::string sql = partSelect(part, groupLabels, names);
            std::vector<std::string> having;
            for (std::size_t f = 0; f < p.filters.size(); ++f)
                if (p.filters[f].aggregate)
                    having.push_back(havingCondition(f, measureExpr(part.fanOut ? "a" : "t0", p.measures[p.filters[f].measure])));
            if (!having.empty())
                sql += "\nHAVING " + joined(having, " AND ");
            // ORDER BY the result's own names; positions for the groups, which a dialect may not let an
            // expression's alias stand for inside ORDER BY together with other terms.
            std::vector<std::string> groupPositions;
            for (std::size_t g = 0; g < groupLabels.size(); ++g)
                groupPositions.push_back(std::to_string(g + 1));
            std::vector<std::string> measurePositions;
            for (std::size_t i = 0; i < measureLabels.size(); ++i)
                measurePositions.push_back(std::to_string(groupLabels.size() + i + 1));
            sql += orderAndLimit(groupPositions, measurePositions, rowLimit);
            return finish(sql, columns);
        }
        // Several facts: each aggregated at its own grain, joined on the groups.
        std::string sql = "WITH ";
        std::vector<std::string> gNames;
        for (std::size_t g = 0; g < p.groups.size(); ++g)
            gNames.push_back("g" + std::to_string(g));
        for (std::size_t pi = 0; pi < p.parts.size(); ++pi) {
            std::vector<std::string> names;
            for (int mi : p.parts[pi].measures)
                names.push_back("m" + std::to_string(mi));
            sql += std::string(pi ? ",\n" : "") + "p" + std::to_string(pi) + " AS (\n" + partSelect(p.parts[pi], gNames, names) + "\n)";
        }
        std::vector<std::string> select;
        std::string from;
        if (!gNames.empty()) {
            std::vector<std::string> unions;
            for (std::size_t pi = 0; pi < p.parts.size(); ++pi) {
                std::vector<std::string> cols;
                for (const std::string& g : gNames)
                    cols.push_back(q(g));
                unions.push_back("SELECT " + joined(cols, ", ") + " FROM p" + std::to_string(pi));
            }
            sql += ",\nk AS (" + joined(unions, " UNION ") + ")";
            for (std::size_t g = 0; g < gNames.size(); ++g)
                select.push_back("k." + q(gNames[g]) + " AS " + q(groupLabels[g]));
            from = "FROM k";
            for (std::size_t pi = 0; pi < p.parts.size(); ++pi) {
                std::vector<std::string> on;
                const std::string alias = "p" + std::to_string(pi);
                for (const std::string& g : gNames)
                    on.push_back(nullSafeEqual(alias + "." + q(g), "k." + q(g)));
                from += "\nLEFT JOIN " + alias + " ON " + joined(on, " AND ");
            }
        } else {
            from = "FROM p0";
            for (std::size_t pi = 1; pi < p.parts.size(); ++pi)
                from += "\nCROSS JOIN p" + std::to_string(pi);
        }
        std::vector<std::string> measureColumns(p.measures.size());
        for (std::size_t pi = 0; pi < p.parts.size(); ++pi)
            for (int mi : p.parts[pi].measures)
                measureColumns[mi] = "p" + std::to_string(pi) + "." + q("m" + std::to_string(mi));
        for (std::size_t mi = 0; mi < p.measures.size(); ++mi)
            select.push_back(measureColumns[mi] + " AS " + q(measureLabels[mi]));
        sql += "\nSELECT " + joined(select, ", ") + "\n" + from;
        std::vector<std::string> where;
        for (std::size_t f = 0; f < p.filters.size(); ++f)
            if (p.filters[f].aggregate)
                where.push_back(havingCondition(f, measureColumns[p.filters[f].measure]));
        if (!where.empty())
            sql += "\nWHERE " + joined(where, " AND ");
        std::vector<std::string> groupPositions, measurePositions;
        for (std::size_t g = 0; g < groupLabels.size(); ++g)
            groupPositions.push_back(std::to_string(g + 1));
        for (std::size_t i = 0; i < measureLabels.size(); ++i)
            measurePositions.push_back(std::to_string(groupLabels.size() + i + 1));
        sql += orderAndLimit(groupPositions, measurePositions, rowLimit);
        return finish(sql, columns);
    }

    BuiltQuery latestDate()
    {
        const QueryPart& part = p.parts.front();
        const From from = joins(part, {&part.windowPath}, true);
        return finish("SELECT MAX(" + column(from, part.windowPath, p.window->field) + ")\n" + from.sql, {"latest"});
    }

private:
    const QueryPlan& p;
    const SemanticModel& m;
    Dialect d;
    std::unique_ptr<SqlRenderer> r;
    QVariantList m_params;
};

}  // namespace

BuiltQuery buildSql(const QueryPlan& plan, const SemanticModel& model, Dialect dialect, int rowLimit)
{
    return Writer(plan, model, dialect).build(rowLimit);
}

BuiltQuery buildLatestDateSql(const QueryPlan& plan, const SemanticModel& model, Dialect dialect)
{
    return Writer(plan, model, dialect).latestDate();
}

}  // namespace ss::query
