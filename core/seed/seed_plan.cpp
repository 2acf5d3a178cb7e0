#include "core/seed/seed_plan.h"

#include "core/seed/check_hints.h"
#include "core/seed/civil_time.h"
#include "core/seed/generator_catalog.h"
#include "core/seed/generators/generator_factory.h"
#include "core/seed/generators/reference_generator.h"
#include "core/seed/inference.h"
#include "core/seed/pattern.h"
#include "core/seed/random.h"
#include "core/seed/table_order.h"
#include "core/seed/value_format.h"
#include "core/sql/lower_types.h"
#include "core/util/joined.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ss::seed {

int PlannedTable::findColumn(std::string_view column) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (equalsIgnoreCase(columns[i].name, column))
            return static_cast<int>(i);
    return -1;
}

std::int64_t SeedPlan::totalRows() const
{
    std::int64_t total = 0;
    for (const PlannedTable& t : tables)
        total += t.rows;
    return total;
}

const PlannedTable* SeedPlan::findTable(std::string_view name) const
{
    for (const PlannedTable& t : tables)
        if (equalsIgnoreCase(t.name, name))
            return &t;
    return nullptr;
}

namespace {

constexpr std::uint64_t kNullPurpose = 0x6E756C6C;  // "null"

// A set of columns whose values together must not repeat.
struct KeySet {
    std::vector<std::size_t> columns;
    const char* what;  // "primary key", "natural key", "unique constraint"
};

struct TableState {
    const Table* table = nullptr;
    const TableProfile* profile = nullptr;
    bool calendar = false;
    std::string calendarStart;
    std::string calendarEnd;  // written to the effective profile when the day count comes from it
    std::int64_t rows = -1;
    bool resolving = false;
    std::vector<GeneratorSpec> specs;
    std::vector<bool> inferred;
    std::vector<bool> mustBeUnique;
    std::vector<int> foreignKeyOf;
    std::vector<KeySet> keys;
    std::vector<bool> deferredFk;
    std::map<std::string, ColumnHints> hints;
};

class Planner {
public:
    Planner(const SchemaModel& model, const SeedProfile& profile, const SeedOptions& options)
        : m_model(lowerTypes(model, Dialect::Sqlite)), m_profile(profile), m_options(options)
    {
    }

    PlanResult run()
    {
        m_result.plan.seed = m_options.seed.value_or(m_profile.seed.value_or(kDefaultSeed));
        checkProfileNames();
        for (const Table& t : m_model.tables)
            m_tables.push_back(initialState(t));
        for (std::size_t i = 0; i < m_tables.size(); ++i)
            resolveRows(i);
        for (TableState& s : m_tables)
            chooseSpecs(s);
        const TableOrder ordered = orderTables(m_model, m_result.specDiagnostics);
        for (std::size_t i = 0; i < m_tables.size(); ++i)
            m_tables[i].deferredFk = ordered.deferred[i];
        const std::vector<std::size_t>& order = ordered.order;
        if (!m_result.ok())
            return std::move(m_result);
        for (std::size_t index : order)
            m_result.plan.tables.push_back(plannedTable(m_tables[index]));
        for (std::size_t i = 0; i < order.size(); ++i)
            buildColumns(m_tables[order[i]], m_result.plan.tables[i]);
        for (std::size_t i = 0; i < order.size(); ++i)
            buildReferences(m_tables[order[i]], m_result.plan.tables[i]);
        for (PlannedTable& t : m_result.plan.tables)
            orderColumns(t);
        writeEffectiveProfile();
        return std::move(m_result);
    }

private:
    // --- diagnostics --------------------------------------------------------------------------------------

    void profileError(const std::string& message, SourceLocation loc, const std::string& hint = {})
    {
        m_result.profileDiagnostics.push_back({Severity::Error, "seed-profile", message, loc, hint});
    }
    void specError(const std::string& message, SourceLocation loc, const std::string& hint = {})
    {
        m_result.specDiagnostics.push_back({Severity::Error, "seed-plan", message, loc, hint});
    }
    // An error about a column's generator goes where the generator was chosen: the profile, or the spec when
    // it was inferred (then the fix is to give the column a generator in a profile).
    void columnError(const TableState& s, std::size_t column, const std::string& message, SourceLocation loc = {})
    {
        const Column& c = s.table->columns[column];
        if (s.inferred[column])
            specError(s.table->name + "." + c.name + ": the inferred generator " + s.specs[column].generator +
                          " does not work: " + message,
                      c.loc, "give the column a generator in a seeding profile");
        else
            profileError(s.table->name + "." + c.name + ": " + message, loc.known() ? loc : s.specs[column].loc);
    }

    // --- tables and row counts ----------------------------------------------------------------------------

    void checkProfileNames()
    {
        for (const TableProfile& tp : m_profile.tables) {
            const Table* t = m_model.findTable(tp.name);
            if (!t) {
                profileError("the profile names table '" + tp.name + "', which the spec does not have", tp.loc);
                continue;
            }
            for (const ColumnProfile& c : tp.columns)
                if (!t->findColumn(c.name))
                    profileError("table " + t->name + " has no column '" + c.name + "'", c.loc);
        }
    }

    TableState initialState(const Table& t)
    {
        TableState s;
        s.table = &t;
        s.profile = m_profile.findTable(t.name);
        bool namesCalendar = false;
        if (s.profile)
            for (const ColumnProfile& c : s.profile->columns)
                namesCalendar = namesCalendar || c.spec.generator == "calendar";
        s.calendar = (s.profile && !s.profile->calendarStart.empty()) || namesCalendar || looksLikeDateDimension(t);
        if (s.calendar) {
            s.calendarStart = s.profile && !s.profile->calendarStart.empty() ? s.profile->calendarStart : kDefaultFirstDay;
            s.calendarEnd = s.profile ? s.profile->calendarEnd : std::string();
        }
        s.hints = hintsFromChecks(t);
        return s;
    }

    std::int64_t resolveRows(std::size_t index)
    {
        TableState& s = m_tables[index];
        if (s.rows >= 0)
            return s.rows;
        if (s.resolving) {
            profileError("the row counts of " + s.table->name + " depend on each other in a circle",
                         s.profile ? s.profile->rowsLoc : SourceLocation{});
            return s.rows = 0;
        }
        s.resolving = true;
        const TableProfile* p = s.profile;
        if (p && p->rows) {
            s.rows = s.calendar ? *p->rows : std::llround(static_cast<double>(*p->rows) * m_options.scale);
        } else if (p && !p->per.empty()) {
            std::size_t parent = m_tables.size();
            for (std::size_t i = 0; i < m_model.tables.size(); ++i)
                if (equalsIgnoreCase(m_model.tables[i].name, p->per))
                    parent = i;
            if (parent == m_tables.size()) {
                profileError("`per` names table '" + p->per + "', which the spec does not have", p->rowsLoc);
                s.rows = 0;
            } else {
                s.rows = std::llround(static_cast<double>(resolveRows(parent)) * p->factor);
            }
        } else if (s.calendar) {
            const std::int64_t first = *parseDate(s.calendarStart);
            auto last = parseDate(s.calendarEnd.empty() ? kDefaultLastDay : s.calendarEnd);
            if (*last < first)
                last = first + 365 * 6;  // a start after the default end: six years of days
            s.rows = *last - first + 1;
        } else {
            s.rows = std::llround(static_cast<double>(defaultRowCount(*s.table)) * m_options.scale);
        }
        s.resolving = false;
        return s.rows;
    }

    // --- generator specs ----------------------------------------------------------------------------------

    void collectKeys(TableState& s)
    {
        const Table& t = *s.table;
        auto add = [&](const std::vector<std::string>& names, const char* what) {
            KeySet k;
            k.what = what;
            for (const std::string& n : names)
                for (std::size_t i = 0; i < t.columns.size(); ++i)
                    if (equalsIgnoreCase(t.columns[i].name, n))
                        k.columns.push_back(i);
            if (!k.columns.empty() && k.columns.size() == names.size())
                s.keys.push_back(std::move(k));
        };
        add(t.primaryKey, "primary key");
        add(t.naturalKey, "natural key");
        for (const UniqueConstraint& u : t.uniques)
            add(u.columns, "unique constraint");
        for (const Index& i : t.indexes)
            if (i.unique)
                add(i.columns, "unique index");
        for (const KeySet& k : s.keys)
            if (k.columns.size() == 1)
                s.mustBeUnique[k.columns.front()] = true;
    }

    InferenceInput inferenceInput(const TableState& s, std::size_t i, bool unique) const
    {
        InferenceInput in{*s.table, s.table->columns[i]};
        in.unique = unique;
        in.rows = s.rows;
        in.dateDimension = s.calendar;
        auto h = s.hints.find(toLower(s.table->columns[i].name));
        in.hints = h == s.hints.end() ? nullptr : &h->second;
        return in;
    }

    void chooseSpecs(TableState& s)
    {
        const Table& t = *s.table;
        const std::size_t n = t.columns.size();
        s.specs.resize(n);
        s.inferred.assign(n, false);
        s.mustBeUnique.assign(n, false);
        s.foreignKeyOf.assign(n, -1);
        for (std::size_t f = 0; f < t.foreignKeys.size(); ++f)
            for (const std::string& c : t.foreignKeys[f].columns)
                for (std::size_t i = 0; i < n; ++i)
                    if (equalsIgnoreCase(t.columns[i].name, c) && s.foreignKeyOf[i] < 0)
                        s.foreignKeyOf[i] = static_cast<int>(f);
        collectKeys(s);

        for (std::size_t i = 0; i < n; ++i) {
            const Column& c = t.columns[i];
            const ColumnProfile* given = s.profile ? s.profile->findColumn(c.name) : nullptr;
            if (given) {
                s.specs[i] = given->spec;
            } else if (s.foreignKeyOf[i] >= 0) {
                const ForeignKey& fk = t.foreignKeys[static_cast<std::size_t>(s.foreignKeyOf[i])];
                const Table* parent = m_model.findTable(fk.refTable);
                s.specs[i] = parent ? inferReference(t, *parent, looksLikeDateDimension(*parent)) : GeneratorSpec{};
                s.specs[i].generator = "reference";
                s.inferred[i] = true;
                if (c.nullable)
                    s.specs[i].nullRate = 0.05;
            } else {
                s.specs[i] = inferGenerator(inferenceInput(s, i, s.mustBeUnique[i]));
                s.inferred[i] = true;
            }
            if (s.foreignKeyOf[i] >= 0 && s.specs[i].generator != "reference")
                profileError(t.name + "." + c.name + " is a foreign key to " +
                                 t.foreignKeys[static_cast<std::size_t>(s.foreignKeyOf[i])].refTable +
                                 ", so its generator must be reference (values that exist in the parent)",
                             s.specs[i].loc);
            if (s.mustBeUnique[i] && !s.specs[i].unique)
                requireUnique(s, i);
        }
        for (const KeySet& k : s.keys)
            if (k.columns.size() > 1)
                requireDistinctTuples(s, k);
    }

    void requireUnique(TableState& s, std::size_t i)
    {
        const GeneratorInfo* info = findGenerator(s.specs[i].generator);
        if (info && info->canBeUnique && s.specs[i].given.empty()) {
            s.specs[i].unique = true;
            return;
        }
        if (!info)
            return;  // the profile reader has reported the unknown generator
        const char* what = "unique";
        for (const KeySet& k : s.keys)
            if (k.columns.size() == 1 && k.columns.front() == i)
                what = k.what;
        profileError(s.table->name + "." + s.table->columns[i].name + " is the " + what + " of " + s.table->name +
                         ", so its values must be distinct, and generator " + s.specs[i].generator +
                         " cannot promise that",
                     s.specs[i].loc, "use sequence, pattern with {seq}, or another generator that can be unique");
    }

    // A composite key is distinct when one of its columns is; failing that, inference makes one so, or makes
    // the key's foreign keys enumerate distinct combinations of parent rows.
    void requireDistinctTuples(TableState& s, const KeySet& k)
    {
        for (std::size_t i : k.columns)
            if (s.specs[i].unique)
                return;
        for (std::size_t i : k.columns) {
            if (!s.inferred[i] || s.foreignKeyOf[i] >= 0)
                continue;
            GeneratorSpec unique = inferGenerator(inferenceInput(s, i, true));
            if (unique.unique) {
                s.specs[i] = unique;
                return;
            }
        }
        for (std::size_t i : k.columns) {
            const GeneratorSpec& given = s.specs[i];
            const GeneratorInfo* info = findGenerator(given.generator);
            const bool canPromise = info && info->canBeUnique && given.given.empty() && s.foreignKeyOf[i] < 0 &&
                                    (given.generator != "pattern" || parsePattern(given.pattern).hasSequence());
            if (canPromise) {
                s.specs[i].unique = true;
                return;
            }
        }
        bool any = false;
        for (std::size_t i : k.columns)
            if (s.foreignKeyOf[i] >= 0 && s.specs[i].generator == "reference") {
                s.specs[i].unique = true;
                s.specs[i].nullRate.reset();
                any = true;
            }
        if (!any) {
            std::vector<std::string> names;
            for (std::size_t i : k.columns)
                names.push_back(s.table->columns[i].name);
            specError("nothing makes the " + std::string(k.what) + " (" + joined(names) + ") of " + s.table->name +
                          " distinct",
                      s.table->loc, "give one of its columns a generator marked `unique: true` in the profile");
        }
    }

    // --- generators ---------------------------------------------------------------------------------------

    PlannedTable plannedTable(const TableState& s)
    {
        PlannedTable p;
        p.name = s.table->name;
        p.schema = s.table->schema;
        p.rows = s.rows;
        for (std::size_t i = 0; i < s.table->columns.size(); ++i) {
            const Column& c = s.table->columns[i];
            PlannedColumn pc;
            pc.name = c.name;
            pc.type = c.type;
            pc.shape = shapeOf(c.type);
            pc.spec = s.specs[i];
            pc.inferred = s.inferred[i];
            pc.nullRate = s.specs[i].nullRate.value_or(0);
            pc.nullStream = subStream(streamSeed(m_result.plan.seed, p.name, c.name), kNullPurpose);
            pc.foreignKey = s.foreignKeyOf[i];
            pc.deferred = pc.foreignKey >= 0 && s.deferredFk[static_cast<std::size_t>(pc.foreignKey)];
            p.hasDeferred = p.hasDeferred || pc.deferred;
            if (!c.nullable && pc.nullRate > 0) {
                profileError(p.name + "." + c.name + " is NOT NULL, so its null_rate must be 0", s.specs[i].loc);
                pc.nullRate = 0;
            }
            p.columns.push_back(std::move(pc));
        }
        for (const std::string& k : s.table->primaryKey)
            if (const int i = p.findColumn(k); i >= 0)
                p.primaryKey.push_back(static_cast<std::size_t>(i));
        if (p.hasDeferred && p.primaryKey.empty())
            specError(p.name + " closes a cycle of foreign keys, which is filled by updating its rows, but it has no "
                      "primary key to find them by",
                      s.table->loc, "give the table a primary key");
        return p;
    }

    GeneratorContext contextFor(const PlannedTable& p, std::size_t column, const TableState& s) const
    {
        GeneratorContext ctx;
        ctx.globalSeed = m_result.plan.seed;
        ctx.table = p.name;
        ctx.column = p.columns[column].name;
        ctx.stream = streamSeed(ctx.globalSeed, p.name, ctx.column);
        ctx.shape = p.columns[column].shape;
        ctx.rows = p.rows;
        if (s.calendar)
            ctx.calendarStart = parseDate(s.calendarStart);
        for (const PlannedColumn& c : p.columns) {
            ctx.columnNames.push_back(c.name);
            ctx.columnShapes.push_back(c.shape);
        }
        return ctx;
    }

    void buildColumns(const TableState& s, PlannedTable& p)
    {
        m_dependencies[p.name].assign(p.columns.size(), {});
        for (std::size_t i = 0; i < p.columns.size(); ++i) {
            if (p.columns[i].foreignKey >= 0)
                continue;
            GeneratorContext ctx = contextFor(p, i, s);
            BuildError error;
            GeneratorPtr g = makeGenerator(p.columns[i].spec, ctx, error);
            if (!g) {
                columnError(s, i, error.message, error.loc);
                continue;
            }
            p.columns[i].generator = std::move(g);
            m_dependencies[p.name][i] = ctx.dependencies;
        }
    }

    PlannedTable* planned(const std::string& name)
    {
        for (PlannedTable& t : m_result.plan.tables)
            if (equalsIgnoreCase(t.name, name))
                return &t;
        return nullptr;
    }

    // The parent-row draw of each foreign key; keys marked unique enumerate distinct (combinations of) parents.
    std::vector<ReferenceDraw> referenceDraws(const TableState& s, PlannedTable& p)
    {
        const Table& t = *s.table;
        std::vector<ReferenceDraw> draws(t.foreignKeys.size());
        for (std::size_t f = 0; f < t.foreignKeys.size(); ++f) {
            const ForeignKey& fk = t.foreignKeys[f];
            const int first = p.findColumn(fk.columns.front());
            const GeneratorSpec& spec = p.columns[static_cast<std::size_t>(first)].spec;
            ReferenceDraw& d = draws[f];
            d.stream = streamSeed(m_result.plan.seed, p.name, "#fk:" + joined(fk.columns, ","));
            d.mode = spec.distribution == "zipf" ? ReferenceDraw::Mode::Zipf : ReferenceDraw::Mode::Uniform;
            d.s = spec.s.value_or(1);
        }
        // Distinct draws: per key set, the unique foreign keys among its columns, combined in key order.
        std::vector<bool> done(t.foreignKeys.size(), false);
        auto combine = [&](const std::vector<std::size_t>& fks, const std::string& owner) {
            std::uint64_t combinations = 1;
            const std::uint64_t cap = std::uint64_t{1} << 62;
            for (std::size_t f : fks) {
                const PlannedTable* parent = planned(t.foreignKeys[f].refTable);
                const auto rows = static_cast<std::uint64_t>(parent ? std::max<std::int64_t>(parent->rows, 1) : 1);
                draws[f].mode = ReferenceDraw::Mode::Distinct;
                draws[f].divisor = combinations;
                combinations = combinations > cap / rows ? cap : combinations * rows;
                done[f] = true;
            }
            const std::uint64_t stream = streamSeed(m_result.plan.seed, p.name, owner);
            for (std::size_t f : fks) {
                draws[f].combinations = combinations;
                draws[f].stream = stream;
            }
            if (static_cast<std::uint64_t>(p.rows) > combinations) {
                std::vector<std::string> parents;
                for (std::size_t f : fks)
                    parents.push_back(t.foreignKeys[f].refTable);
                specError(p.name + " gets " + std::to_string(p.rows) + " rows, but only " + std::to_string(combinations) +
                              " distinct combinations of " + joined(parents) + " rows exist for its unique foreign keys",
                          t.foreignKeys[fks.front()].loc, "make fewer rows, or more parent rows");
            }
        };
        auto uniqueFk = [&](std::size_t column) {
            const int f = p.columns[column].foreignKey;
            return f >= 0 && p.columns[column].spec.unique && !done[static_cast<std::size_t>(f)] ? f : -1;
        };
        for (const KeySet& k : s.keys) {
            std::vector<std::size_t> fks;
            for (std::size_t c : k.columns)
                if (const int f = uniqueFk(c); f >= 0 && std::find(fks.begin(), fks.end(), static_cast<std::size_t>(f)) == fks.end())
                    fks.push_back(static_cast<std::size_t>(f));
            if (!fks.empty()) {
                std::vector<std::string> names;
                for (std::size_t c : k.columns)
                    names.push_back(p.columns[c].name);
                combine(fks, "#key:" + joined(names, ","));
            }
        }
        for (std::size_t c = 0; c < p.columns.size(); ++c)
            if (const int f = uniqueFk(c); f >= 0)
                combine({static_cast<std::size_t>(f)}, "#fk:" + joined(t.foreignKeys[static_cast<std::size_t>(f)].columns, ","));
        return draws;
    }

    void buildReferences(const TableState& s, PlannedTable& p)
    {
        const Table& t = *s.table;
        if (t.foreignKeys.empty())
            return;
        const std::vector<ReferenceDraw> draws = referenceDraws(s, p);
        for (std::size_t f = 0; f < t.foreignKeys.size(); ++f) {
            const ForeignKey& fk = t.foreignKeys[f];
            const PlannedTable* parent = planned(fk.refTable);
            if (!parent)
                continue;  // reported by loadOrder
            const int firstColumn = p.findColumn(fk.columns.front());
            const double nullRate = p.columns[static_cast<std::size_t>(firstColumn)].nullRate;
            for (std::size_t k = 0; k < fk.columns.size() && k < fk.refColumns.size(); ++k) {
                const int child = p.findColumn(fk.columns[k]);
                const int key = parent->findColumn(fk.refColumns[k]);
                if (child < 0 || key < 0 || p.columns[static_cast<std::size_t>(child)].foreignKey != static_cast<int>(f))
                    continue;
                PlannedColumn& column = p.columns[static_cast<std::size_t>(child)];
                const PlannedColumn& parentKey = parent->columns[static_cast<std::size_t>(key)];
                const std::string where = p.name + "." + column.name + " references " + parent->name + "." + parentKey.name;
                if (!parentKey.generator)
                    continue;  // its own error is reported
                if (!m_dependencies[parent->name][static_cast<std::size_t>(key)].empty() || parentKey.nullRate > 0) {
                    specError(where + ", whose values follow other columns or may be NULL, so the keys that exist "
                                      "cannot be known without reading them back",
                              fk.loc, "generate the referenced column with sequence, pattern or another generator of its own");
                    continue;
                }
                if (parentKey.shape.kind != column.shape.kind ||
                    (column.shape.maxChars > 0 && (parentKey.shape.maxChars == 0 || parentKey.shape.maxChars > column.shape.maxChars))) {
                    specError(where + ", but its type " + column.type.toString() + " cannot hold every " +
                                  parentKey.type.toString() + " key",
                              fk.loc, "give the two columns the same type");
                    continue;
                }
                if (parent->rows == 0 && p.rows > 0) {
                    specError(where + ", but " + parent->name + " gets no rows", fk.loc);
                    continue;
                }
                column.generator = makeReference(draws[f], parentKey.generator, parent->rows);
                column.nullRate = nullRate;
                column.nullStream = subStream(draws[f].stream, kNullPurpose);
            }
        }
    }

    // Each column after the columns it follows (a stable topological order of the table's columns).
    void orderColumns(PlannedTable& p)
    {
        const auto& deps = m_dependencies[p.name];
        const std::size_t n = p.columns.size();
        std::vector<int> state(n, 0);  // 0 new, 1 visiting, 2 done
        std::vector<std::size_t> order;
        bool cycle = false;
        auto visit = [&](auto&& self, std::size_t i) -> void {
            if (state[i] == 2)
                return;
            if (state[i] == 1) {
                if (!cycle)
                    profileError(p.name + "." + p.columns[i].name + " follows a column that follows it back",
                                 p.columns[i].spec.loc, "break the circle of `of` and `given` references");
                cycle = true;
                return;
            }
            state[i] = 1;
            if (i < deps.size())
                for (int d : deps[i])
                    self(self, static_cast<std::size_t>(d));
            state[i] = 2;
            order.push_back(i);
        };
        for (std::size_t i = 0; i < n; ++i)
            visit(visit, i);
        p.fillOrder = order;
    }

    void writeEffectiveProfile()
    {
        SeedProfile& e = m_result.plan.effectiveProfile;
        e.seed = m_result.plan.seed;
        for (const TableState& s : m_tables) {
            TableProfile tp;
            tp.name = s.table->name;
            if (s.profile) {
                tp.rows = s.profile->rows;
                tp.per = s.profile->per;
                tp.factor = s.profile->factor;
            }
            if (s.calendar) {
                tp.calendarStart = s.calendarStart;
                if (!tp.rows && tp.per.empty())
                    tp.calendarEnd = s.calendarEnd.empty() ? (s.rows > 0 ? dayText(*parseDate(s.calendarStart) + s.rows - 1) : s.calendarStart)
                                                           : s.calendarEnd;
            } else if (!tp.rows && tp.per.empty()) {
                tp.rows = defaultRowCount(*s.table);
            }
            for (std::size_t i = 0; i < s.table->columns.size(); ++i) {
                ColumnProfile c;
                c.name = s.table->columns[i].name;
                c.spec = s.specs[i];
                tp.columns.push_back(std::move(c));
            }
            e.tables.push_back(std::move(tp));
        }
    }

    static std::string dayText(std::int64_t days)
    {
        std::string out;
        appendDate(out, days);
        return out;
    }

    // The spec with its declared types written out as the checks and base types a dialect without types holds:
    // an enum's values and a domain's checks tell inference what a column may take, and its base type how a
    // value is written.
    const SchemaModel m_model;
    const SeedProfile& m_profile;
    SeedOptions m_options;
    PlanResult m_result;
    std::vector<TableState> m_tables;
    std::map<std::string, std::vector<std::vector<int>>> m_dependencies;
};

}  // namespace

PlanResult planSeeding(const SchemaModel& model, const SeedProfile& profile, const SeedOptions& options)
{
    return Planner(model, profile, options).run();
}

}  // namespace ss::seed
