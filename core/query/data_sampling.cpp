#include "core/query/data_sampling.h"

#include "core/db/sql_exec.h"
#include "core/query/lexicon.h"
#include "core/sql/sql_renderer.h"

#include <QSqlQuery>

#include <algorithm>

namespace ss::query {

namespace {

bool endsWith(const std::vector<std::string>& words, const std::vector<std::string>& tail)
{
    return words.size() > tail.size() && std::equal(tail.rbegin(), tail.rend(), words.rbegin());
}

bool compatible(const DataType& a, const DataType& b)
{
    if (a.isInteger() && b.isInteger())
        return true;
    if (a.isText() && b.isText())
        return true;
    return a.kind == b.kind;
}

// Why column `c` of table `from` may hold keys of `to` (a single-column key `key`): the same name, the
// table's name and the key's last word (customer_id -> customer(id)), or the key's words at its end with a
// role before them (payment_date_key -> dim_date(date_key)).
bool namedLikeKey(const SemanticModel& model, const Field& c, int to, const Field& key)
{
    const Entity& target = model.tables[to];
    if (equalsIgnoreCase(c.column, key.column) && !(key.words.size() == 1 && key.words.front() == "id"))
        return true;
    std::vector<std::string> tableKey = target.words;
    tableKey.push_back(key.words.empty() ? "id" : key.words.back());
    if (c.words == tableKey)
        return true;
    if (key.words.size() == 1 && (key.words.front() == "id" || key.words.front() == "key")) {
        std::vector<std::string> named = target.words;
        named.push_back(key.words.front());
        return c.words == named;
    }
    return key.words.size() >= 2 && endsWith(c.words, key.words);
}

}  // namespace

std::string sampleValues(DatabaseConnection& connection, SemanticModel& model, const SamplingOptions& options)
{
    const auto renderer = makeRenderer(connection.dialect());
    // The row counts order suggestions: of the facts, or of every table when none is a fact (and they are not
    // too many to count).
    const bool anyFact = std::any_of(model.tables.begin(), model.tables.end(), [](const Entity& e) { return e.fact; });
    for (Entity& table : model.tables) {
        if (anyFact ? !table.fact : model.tables.size() > 400)
            continue;
        QSqlQuery count(connection.db());
        if (std::string error = execBound(count, QString::fromStdString("SELECT COUNT(*) FROM " + renderer->quote(table.name)), {}, "counting the rows of " + table.name);
            !error.empty())
            return error;
        if (count.next())
            table.rows = count.value(0).toLongLong();
    }
    int sampled = 0;
    for (Field& field : model.fields) {
        if (field.kind != FieldKind::Dimension || !(field.type.isText() || field.type.isInteger()) || sampled >= options.maxColumns)
            continue;
        ++sampled;
        const std::string c = renderer->quote(field.column);
        QSqlQuery query(connection.db());
        query.setForwardOnly(true);
        const std::string sql = "SELECT DISTINCT " + c + " FROM " + renderer->quote(model.tables[field.table].name) + " WHERE " + c +
                                " IS NOT NULL LIMIT " + std::to_string(options.maxDistinct + 1);
        if (std::string error = execBound(query, QString::fromStdString(sql), {}, "reading the values of " + model.qualified(&field - model.fields.data()));
            !error.empty())
            return error;
        std::vector<std::string> values;
        while (query.next())
            values.push_back(query.value(0).toString().toStdString());
        if (static_cast<int>(values.size()) <= options.maxDistinct)
            field.values = std::move(values);
    }
    return {};
}

std::string inferLinks(DatabaseConnection& connection, SemanticModel& model, const SamplingOptions& options)
{
    const auto renderer = makeRenderer(connection.dialect());
    std::vector<std::pair<int, int>> keys;  // table, its single key field
    for (std::size_t t = 0; t < model.tables.size(); ++t) {
        const Entity& e = model.tables[t];
        if (e.key.size() == 1)
            if (const int f = model.findField(static_cast<int>(t), e.key.front()); f >= 0)
                keys.push_back({static_cast<int>(t), f});
    }
    const std::size_t declared = model.links.size();
    for (std::size_t f = 0; f < model.fields.size(); ++f) {
        const Field& c = model.fields[f];
        const Entity& owner = model.tables[c.table];
        if (owner.key.size() == 1 && equalsIgnoreCase(owner.key.front(), c.column))
            continue;  // a table's own key references nothing by its name alone
        if (!(c.type.isInteger() || c.type.isText() || c.type.kind == TypeKind::Uuid))
            continue;
        const bool linked = std::any_of(model.links.begin(), model.links.begin() + static_cast<long>(declared), [&](const Link& l) {
            return l.from == c.table && std::any_of(l.fromColumns.begin(), l.fromColumns.end(), [&](const std::string& col) { return equalsIgnoreCase(col, c.column); });
        });
        if (linked)
            continue;
        for (const auto& [to, keyField] : keys) {
            if (to == c.table)
                continue;
            const Field& key = model.fields[keyField];
            if (!compatible(c.type, key.type) || !namedLikeKey(model, c, to, key))
                continue;
            const std::string cc = renderer->quote(c.column);
            const std::string sql = "SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM " + renderer->quote(model.tables[to].name) + " k WHERE k." +
                                    renderer->quote(key.column) + " = s.v) THEN 1 ELSE 0 END) FROM (SELECT DISTINCT " + cc + " AS v FROM " +
                                    renderer->quote(owner.name) + " WHERE " + cc + " IS NOT NULL LIMIT " + std::to_string(options.inclusionSample) + ") s";
            QSqlQuery query(connection.db());
            if (std::string error = execBound(query, QString::fromStdString(sql), {}, "checking " + owner.name + "." + c.column + " against " + model.tables[to].name);
                !error.empty())
                return error;
            if (!query.next())
                continue;
            const double total = query.value(0).toDouble();
            const double found = query.value(1).toDouble();
            if (total <= 0 || found / total < options.minInclusion)
                continue;
            Link link;
            link.from = c.table;
            link.to = to;
            link.fromColumns = {c.column};
            link.toColumns = {key.column};
            link.role = linkRole(c.words, key.words, model.tables[to].words);
            link.inferred = true;
            link.inclusion = found / total;
            model.links.push_back(std::move(link));
        }
    }
    model.indexLinks();
    return {};
}

}  // namespace ss::query
