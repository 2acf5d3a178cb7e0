#include "core/design/draft_builder.h"

#include "core/design/column_types.h"
#include "core/spec/rules/reserved_words.h"
#include "core/util/snake_case.h"

#include <algorithm>
#include <cctype>

namespace ss::design {

namespace {

Column makeColumn(const std::string& name, const DataType& type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

struct CalendarLevel {
    const char* table;
    const char* naturalKey;
    std::vector<std::pair<const char*, DataType>> columns;
};

CalendarLevel calendar(TimeLevel level)
{
    const DataType small = DataType::of(TypeKind::SmallInt);
    const DataType name = DataType::varchar(12);
    switch (level) {
    case TimeLevel::Day:
        return {"dim_date", "full_date", {{"full_date", DataType::of(TypeKind::Date)}, {"year", small}, {"quarter", small},
                {"month", small}, {"month_name", name}, {"day_of_month", small}, {"day_of_week", small},
                {"day_name", name}, {"week_of_year", small}, {"is_weekend", DataType::of(TypeKind::Boolean)}}};
    case TimeLevel::Week:
        return {"dim_week", "week_start_date", {{"week_start_date", DataType::of(TypeKind::Date)}, {"year", small},
                {"week_of_year", small}}};
    case TimeLevel::Month:
        return {"dim_month", "month_start_date", {{"month_start_date", DataType::of(TypeKind::Date)}, {"year", small},
                {"quarter", small}, {"month", small}, {"month_name", name}}};
    case TimeLevel::Quarter:
        return {"dim_quarter", "quarter_start_date", {{"quarter_start_date", DataType::of(TypeKind::Date)},
                {"year", small}, {"quarter", small}}};
    case TimeLevel::Year:
        return {"dim_year", "year", {{"year", small}}};
    }
    return {};
}

// The user's words name the table ("clinic" stays dim_clinic though the vocabulary reads it as a hospital, "posts"
// stay posts); the archetype gives the attributes, renamed with it (hospital_code -> clinic_code).
struct Named {
    std::string base;
    std::vector<std::string> attributes;
};

Named namedAsWritten(const Archetype& archetype, const std::string& words)
{
    std::vector<std::string> parts;
    std::string part;
    for (const char c : words + " ") {
        if (c == ' ') {
            if (!part.empty()) parts.push_back(part);
            part.clear();
        } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '-') {
            part += c;
        } else {
            return {archetype.name, archetype.attributes};  // "(assumed: ...)" and the like name nothing
        }
    }
    if (parts.empty()) return {archetype.name, archetype.attributes};
    parts.back() = singular(parts.back());
    std::string written;
    for (const std::string& p : parts) written += (written.empty() ? "" : " ") + p;
    const std::string base = snakeCase(written);
    if (base.empty() || base == archetype.name) return {archetype.name, archetype.attributes};
    Named named{base, {}};
    const std::string prefix = archetype.name + "_";
    for (const std::string& attribute : archetype.attributes)
        named.attributes.push_back(attribute.rfind(prefix, 0) == 0 ? base + "_" + attribute.substr(prefix.size()) : attribute);
    return named;
}

}  // namespace

std::string DraftBuilder::safeName(const std::string& name)
{
    return rules::reservingDialects(name) ? name + "_value" : name;
}

Table& DraftBuilder::add(Table table)
{
    m_result.model.tables.push_back(std::move(table));
    return m_result.model.tables.back();
}

std::string DraftBuilder::keyOf(const Table& t) const
{
    return t.primaryKey.empty() ? t.surrogateKey : t.primaryKey.front();
}

std::string DraftBuilder::dimension(const Archetype* archetype, const std::string& unknownName, const std::string& words)
{
    if (archetype)
        if (const auto known = m_tableOfArchetype.find("dim:" + archetype->name); known != m_tableOfArchetype.end()) {
            m_result.understood.push_back({"dimension", words, known->second, {}});
            return known->second;
        }
    const Named named = archetype ? namedAsWritten(*archetype, words) : Named{unknownName, {}};
    const std::string& base = named.base;
    const std::string name = "dim_" + base;
    if (archetype) m_tableOfArchetype["dim:" + archetype->name] = name;
    if (!m_result.model.findTable(name)) {
        Table t;
        t.kind = TableKind::Dimension;
        t.name = name;
        t.surrogateKey = base + "_key";
        std::vector<std::string> attributes = archetype
            ? named.attributes : std::vector<std::string>{base + "_code", base + "_name", "description"};
        t.description = archetype ? "One row per " + base : "One row per " + base + " (not in the vocabulary: check its attributes)";
        for (std::size_t i = 0; i < attributes.size(); ++i) {
            const std::string column = safeName(attributes[i]);
            t.columns.push_back(makeColumn(column, typeForColumn(attributes[i]), i != 0));
        }
        t.naturalKey = {t.columns.front().name};
        add(std::move(t));
    }
    m_result.understood.push_back({"dimension", words, name, {}});
    return name;
}

std::string DraftBuilder::dateDimension(TimeLevel level, const std::string& words)
{
    const CalendarLevel c = calendar(level);
    if (!m_result.model.findTable(c.table)) {
        Table t;
        t.kind = TableKind::Dimension;
        t.name = c.table;
        t.surrogateKey = std::string(c.table).substr(4) + "_key";
        t.naturalKey = {c.naturalKey};
        t.description = "One row per calendar " + std::string(c.table).substr(4);
        for (const auto& [column, type] : c.columns)
            t.columns.push_back(makeColumn(column, type, false));
        add(std::move(t));
    }
    m_result.understood.push_back({"date", words, c.table, {}});
    return c.table;
}

std::string DraftBuilder::fact(const std::string& name, const std::string& words)
{
    const std::string full = "fact_" + name;
    if (!m_result.model.findTable(full)) {
        Table t;
        t.kind = TableKind::Fact;
        t.name = full;
        add(std::move(t));
    }
    m_result.understood.push_back({"fact", words, full, {}});
    return full;
}

void DraftBuilder::linkDimension(const std::string& factName, const std::string& dimensionName)
{
    Table* f = m_result.model.findTable(factName);
    const Table* d = m_result.model.findTable(dimensionName);
    if (!f || !d)
        return;
    const std::string key = keyOf(*d);
    for (const ForeignKey& fk : f->foreignKeys)
        if (fk.refTable == d->name)
            return;
    ForeignKey fk;
    fk.columns = {key};
    fk.refTable = d->name;
    fk.refColumns = {key};
    f->foreignKeys.push_back(fk);
    f->grain.push_back(key);
}

void DraftBuilder::measure(const std::string& factName, const std::string& name, const DataType& type,
                           Aggregation aggregation, const std::string& role, const std::string& words)
{
    Table* f = m_result.model.findTable(factName);
    const std::string column = safeName(name);
    if (!f || f->findColumn(column))
        return;
    Column c = makeColumn(column, type, false);
    c.aggregation = aggregation;
    DefaultValue zero;
    zero.kind = DefaultValue::Kind::Number;
    zero.text = "0";
    c.defaultValue = zero;
    f->columns.push_back(c);
    m_result.understood.push_back({role, words, factName, column});
}

void DraftBuilder::flag(const std::string& factName, const std::string& name, const std::string& words)
{
    Table* f = m_result.model.findTable(factName);
    const std::string column = safeName(name);
    if (!f || f->findColumn(column))
        return;
    Column c = makeColumn(column, DataType::of(TypeKind::Boolean), false);
    DefaultValue no;
    no.kind = DefaultValue::Kind::Boolean;
    no.text = "false";
    c.defaultValue = no;
    // Declared columns go before the measures.
    const auto at = std::find_if(f->columns.begin(), f->columns.end(), [](const Column& x) { return x.isMeasure(); });
    f->columns.insert(at, c);
    m_result.understood.push_back({"flag", words, factName, column});
}

std::string DraftBuilder::plainTable(const Archetype* archetype, const std::string& unknownName, const std::string& words)
{
    if (archetype)
        if (const auto known = m_tableOfArchetype.find("table:" + archetype->name); known != m_tableOfArchetype.end()) {
            m_result.understood.push_back({"table", words, known->second, {}});
            return known->second;
        }
    const Named named = archetype ? namedAsWritten(*archetype, words) : Named{unknownName, {}};
    const std::string& base = named.base;
    const std::string name = safeName(plural(base));
    if (archetype) m_tableOfArchetype["table:" + archetype->name] = name;
    if (!m_result.model.findTable(name)) {
        std::vector<std::string> attributes = archetype
            ? named.attributes : std::vector<std::string>{base + "_id", base + "_name", "description"};
        Table t;
        t.name = name;
        t.description = "One row per " + base;
        const std::string id = base + "_id";
        Column key = makeColumn(id, DataType::of(TypeKind::Integer), false);
        key.identity = true;
        t.columns.push_back(key);
        t.primaryKey = {id};
        for (std::size_t i = 0; i < attributes.size(); ++i) {
            const std::string column = safeName(attributes[i]);
            if (t.findColumn(column))
                continue;
            t.columns.push_back(makeColumn(column, typeForColumn(attributes[i]), i != 0));
            if (i == 0) {
                UniqueConstraint u;
                u.name = "uq_" + name + "_" + column;
                u.columns = {column};
                t.uniques.push_back(u);
            }
        }
        add(std::move(t));
    }
    m_result.understood.push_back({"table", words, name, {}});
    return name;
}

std::string DraftBuilder::explicitTable(const std::string& name, const std::vector<std::string>& columns,
                                        const std::string& words)
{
    Table t;
    t.name = safeName(name);
    const bool hasKey = std::any_of(columns.begin(), columns.end(), [](const std::string& c) { return c == "id" || c.size() > 3 && c.compare(c.size() - 3, 3, "_id") == 0; });
    if (!hasKey) {
        Column key = makeColumn(singular(name) + "_id", DataType::of(TypeKind::Integer), false);
        key.identity = true;
        t.columns.push_back(key);
    }
    for (const std::string& c : columns) {
        const bool isKey = t.primaryKey.empty() && (c == "id" || (c.size() > 3 && c.compare(c.size() - 3, 3, "_id") == 0));
        Column column = makeColumn(safeName(c), isKey ? DataType::of(TypeKind::Integer) : typeForColumn(c), !isKey);
        column.identity = isKey;
        t.columns.push_back(column);
        if (isKey)
            t.primaryKey = {column.name};
    }
    if (t.primaryKey.empty())
        t.primaryKey = {t.columns.front().name};
    m_result.understood.push_back({"table", words, t.name, {}});
    for (const std::string& c : columns)
        m_result.understood.push_back({"column", c, t.name, safeName(c)});
    add(std::move(t));
    return safeName(name);
}

void DraftBuilder::oneToMany(const std::string& parentName, const std::string& childName, const std::string& words)
{
    Table* child = m_result.model.findTable(childName);
    const Table* parent = m_result.model.findTable(parentName);
    if (!child || !parent || child == parent)
        return;
    const std::string key = keyOf(*parent);
    for (const ForeignKey& fk : child->foreignKeys)
        if (fk.refTable == parent->name)
            return;
    if (!child->findColumn(key)) {
        const auto at = child->columns.begin() + 1;
        child->columns.insert(at, makeColumn(key, parent->findColumn(key)->type, false));
    }
    ForeignKey fk;
    fk.columns = {key};
    fk.refTable = parent->name;
    fk.refColumns = {key};
    child->foreignKeys.push_back(fk);
    Index ix;
    ix.name = "ix_" + child->name + "_" + key;
    ix.columns = {key};
    child->indexes.push_back(ix);
    // A whole-number business key of a child counts within its parent (line 1 of each order); a code stays global.
    for (UniqueConstraint& u : child->uniques)
        if (u.columns.size() == 1)
            if (const Column* c = child->findColumn(u.columns.front()); c && c->type.isInteger() && !c->identity)
                u.columns.insert(u.columns.begin(), key);
    m_result.understood.push_back({"one-to-many", words, child->name, key});
}

void DraftBuilder::manyToMany(const std::string& a, const std::string& b, const std::string& words)
{
    const Table* ta = m_result.model.findTable(a);
    const Table* tb = m_result.model.findTable(b);
    if (!ta || !tb)
        return;
    Table link;
    link.name = singular(ta->name) + "_" + tb->name;
    if (m_result.model.findTable(link.name))
        return;
    link.description = "Which " + tb->name + " each of the " + ta->name + " has";
    for (const Table* t : {ta, tb}) {
        const std::string key = keyOf(*t);
        link.columns.push_back(makeColumn(key, t->findColumn(key)->type, false));
        link.primaryKey.push_back(key);
        ForeignKey fk;
        fk.columns = {key};
        fk.refTable = t->name;
        fk.refColumns = {key};
        fk.onDelete = FkAction::Cascade;
        link.foreignKeys.push_back(fk);
    }
    m_result.understood.push_back({"many-to-many", words, link.name, {}});
    add(std::move(link));
}

void DraftBuilder::column(const std::string& tableName, const std::string& name, const std::string& words)
{
    Table* t = m_result.model.findTable(tableName);
    const std::string column = safeName(name);
    if (t && t->findColumn(column))
        m_result.notUnderstood.push_back(t->name + " already has " + column);
    if (!t || t->findColumn(column))
        return;
    const auto at = std::find_if(t->columns.begin(), t->columns.end(), [](const Column& x) { return x.isMeasure(); });
    t->columns.insert(at, makeColumn(column, typeForColumn(name)));
    m_result.understood.push_back({"column", words, t->name, column});
}

void DraftBuilder::finish()
{
    for (Table& t : m_result.model.tables) {
        if (t.kind != TableKind::Fact)
            continue;
        if (std::none_of(t.columns.begin(), t.columns.end(), [](const Column& c) { return c.isMeasure(); })) {
            Column c = makeColumn(singular(t.name.substr(5)) + "_count", DataType::of(TypeKind::Integer), false);
            c.aggregation = Aggregation::Sum;
            DefaultValue one;
            one.kind = DefaultValue::Kind::Number;
            one.text = "1";
            c.defaultValue = one;
            t.columns.push_back(c);
            m_result.understood.push_back({"measure", "(one per row)", t.name, c.name});
        }
        if (t.description.empty())
            t.description = t.grain.empty() ? "One row per event" : "One row per " + [&] {
                std::string s;
                for (const std::string& g : t.grain)
                    s += (s.empty() ? "" : ", ") + g.substr(0, g.size() - 4);
                return s;
            }();
        if (t.primaryKey.empty())
            t.primaryKey = t.grain;
    }
}

}  // namespace ss::design
