#include "core/seed/profile_reader.h"

#include "core/seed/civil_time.h"
#include "core/seed/generator_catalog.h"
#include "core/seed/generators/builders.h"
#include "core/seed/pattern.h"
#include "core/spec/yaml_map_reader.h"
#include "core/spec/yaml_text.h"

#include <charconv>
#include <cmath>

namespace ss::seed {

namespace {

class ProfileReader {
public:
    ProfileReader(const YamlDocument& doc, std::vector<Diagnostic>& out) : m_doc(doc), m_out(out) {}

    SeedProfile read()
    {
        SeedProfile profile;
        if (m_doc.root < 0 || m_doc.node(m_doc.root).kind == YamlNode::Kind::Null) {
            Diagnostic d;
            d.ruleId = "structure";
            d.message = "the profile is empty: it needs at least `version: 1`";
            d.loc = {1, 1};
            m_out.push_back(std::move(d));
            return profile;
        }
        YamlMapReader top(m_doc, m_doc.root, "profile", m_out);
        if (!top.isMap())
            return profile;
        if (auto v = top.integer("version")) {
            profile.version = *v;
            if (*v != 1)
                top.error("unsupported-version", "profile version " + std::to_string(*v) + " is not supported",
                          top.find("version"), "this release reads `version: 1`");
        } else if (top.find("version") < 0) {
            top.error("structure", "the profile needs `version: 1` at the top", m_doc.root);
        }
        if (const int s = top.find("seed"); s >= 0)
            profile.seed = readSeed(top, s);
        if (const int t = top.find("tables"); t >= 0)
            forEachEntry(t, "tables mapping", [&](const std::string& name, int key, int value) {
                profile.tables.push_back(readTable(name, key, value));
            });
        top.reportUnknownKeys({"version", "seed", "tables"});
        return profile;
    }

private:
    const YamlNode& resolved(int node) const { return m_doc.node(m_doc.resolve(node)); }

    void error(const std::string& message, int node, const std::string& hint = {})
    {
        Diagnostic d;
        d.ruleId = "profile";
        d.message = message;
        d.loc = locationOf(m_doc, node);
        d.hint = hint;
        m_out.push_back(std::move(d));
    }

    // Calls fn(key text, key node, value node) for each entry of a mapping written as `name: settings`.
    template <typename Fn>
    void forEachEntry(int node, const char* what, Fn fn)
    {
        if (resolved(node).kind == YamlNode::Kind::Null)
            return;
        YamlMapReader checker(m_doc, node, what, m_out);  // reports non-maps, odd keys and duplicates
        if (!checker.isMap())
            return;
        const YamlNode& map = resolved(node);
        for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
            const YamlNode& key = resolved(map.children[i]);
            if (key.kind == YamlNode::Kind::Scalar)
                fn(key.value, map.children[i], map.children[i + 1]);
        }
    }

    std::optional<double> number(int node, const char* key)
    {
        const YamlNode& n = resolved(node);
        if (n.kind == YamlNode::Kind::Scalar && n.plain) {
            std::string_view text = n.value;
            if (!text.empty() && text.front() == '+')
                text.remove_prefix(1);
            double value = 0;
            auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (ec == std::errc() && end == text.data() + text.size() && !text.empty() && std::isfinite(value))
                return value;
        }
        error("`" + std::string(key) + "` must be a number", node);
        return std::nullopt;
    }

    std::optional<std::uint64_t> readSeed(YamlMapReader& top, int node)
    {
        const YamlNode& n = resolved(node);
        std::uint64_t value = 0;
        if (n.kind == YamlNode::Kind::Scalar) {
            auto [end, ec] = std::from_chars(n.value.data(), n.value.data() + n.value.size(), value);
            if (ec == std::errc() && end == n.value.data() + n.value.size() && !n.value.empty())
                return value;
        }
        top.error("profile", "`seed` must be a whole number from 0 to 18446744073709551615", node);
        return std::nullopt;
    }

    TableProfile readTable(const std::string& name, int keyNode, int node)
    {
        TableProfile t;
        t.name = name;
        t.loc = locationOf(m_doc, keyNode);
        YamlMapReader r(m_doc, node, "table profile", m_out);
        if (!r.isMap())
            return t;
        if (const int rows = r.find("rows"); rows >= 0) {
            t.rowsLoc = locationOf(m_doc, rows);
            readRows(t, rows);
        }
        if (const int c = r.find("calendar"); c >= 0) {
            YamlMapReader cr(m_doc, c, "calendar", m_out);
            t.calendarStart = dateText(cr, "start", true);
            t.calendarEnd = dateText(cr, "end", false);
            cr.reportUnknownKeys({"start", "end"});
            if (!t.calendarStart.empty() && !t.calendarEnd.empty() &&
                *parseDate(t.calendarEnd) < *parseDate(t.calendarStart))
                cr.error("profile", "the calendar ends before it starts", cr.find("end"));
            if (!t.calendarEnd.empty() && (t.rows || !t.per.empty()))
                cr.error("profile", "give the calendar an `end` or the table `rows`, not both", cr.find("end"));
        }
        if (const int cols = r.find("columns"); cols >= 0)
            forEachEntry(cols, "columns mapping", [&](const std::string& column, int key, int value) {
                ColumnProfile c;
                c.name = column;
                c.loc = locationOf(m_doc, key);
                c.spec = readSpec(value, false);
                t.columns.push_back(std::move(c));
            });
        r.reportUnknownKeys({"rows", "calendar", "columns"});
        return t;
    }

    void readRows(TableProfile& t, int node)
    {
        const YamlNode& n = resolved(node);
        if (n.kind == YamlNode::Kind::Map) {
            YamlMapReader rr(m_doc, node, "row count", m_out);
            t.per = rr.string("per", true).value_or("");
            if (const int f = rr.find("factor"); f >= 0)
                if (auto v = number(f, "factor")) {
                    if (*v < 0)
                        error("`factor` must not be negative", f);
                    else
                        t.factor = *v;
                }
            rr.reportUnknownKeys({"per", "factor"});
            return;
        }
        auto v = number(node, "rows");
        if (!v)
            return;
        if (*v < 0 || *v != std::floor(*v) || *v > 1e15)
            error("`rows` must be a whole number from 0 to 10^15, or {per: TABLE, factor: N}", node);
        else
            t.rows = static_cast<std::int64_t>(*v);
    }

    std::string dateText(YamlMapReader& r, const char* key, bool required)
    {
        auto text = r.string(key, required);
        if (!text)
            return {};
        if (!parseDate(*text)) {
            r.error("profile", "`" + std::string(key) + "` must be a date written YYYY-MM-DD, found '" + *text + "'",
                    r.find(key));
            return {};
        }
        return *text;
    }

    GeneratorSpec readSpec(int node, bool isCase)
    {
        GeneratorSpec spec;
        spec.loc = locationOf(m_doc, node);
        YamlMapReader r(m_doc, node, isCase ? "case" : "column profile", m_out);
        if (!r.isMap())
            return spec;
        const GeneratorInfo* info = nullptr;
        if (auto g = r.string("generator", !isCase)) {
            spec.generator = *g;
            info = findGenerator(*g);
            if (!info) {
                std::string names;
                for (const GeneratorInfo& gi : generatorCatalog())
                    names += (names.empty() ? "" : ", ") + std::string(gi.name);
                r.error("unknown-generator", "unknown generator '" + *g + "'", r.find("generator"),
                        "one of: " + names);
            }
        }
        // A case without its own generator is checked against the column's when the plan merges them.
        const bool checkParams = info != nullptr;
        auto applies = [&](const char* key) {
            if (!checkParams || readsParam(*info, key))
                return true;
            r.error("profile", "generator " + spec.generator + " does not read `" + key + "`", r.find(key),
                    info->params.empty() ? std::string("it takes no parameters")
                                         : "it reads: " + joined(info->params));
            return false;
        };
        for (const NumberParam& p : numberParams())
            if (const int v = r.find(p.key); v >= 0 && applies(p.key))
                spec.*p.field = number(v, p.key);
        for (const TextParam& p : textParams())
            if (r.find(p.key) >= 0 && applies(p.key))
                spec.*p.field = r.string(p.key).value_or("");
        if (const int v = r.find("seasonality"); v >= 0 && applies("seasonality"))
            readSeasonality(spec, v);
        if (const int v = r.find("values"); v >= 0 && applies("values"))
            readValues(spec, v);
        if (r.find("of") >= 0 && applies("of"))
            spec.of = r.stringList("of").value_or(std::vector<std::string>{});
        if (!isCase) {
            if (const int v = r.find("null_rate"); v >= 0)
                spec.nullRate = number(v, "null_rate");
            spec.unique = r.boolean("unique").value_or(false);
            spec.given = r.string("given").value_or("");
            if (const int c = r.find("cases"); c >= 0) {
                if (spec.given.empty())
                    r.error("profile", "`cases` need `given`: the column whose value picks the case", c);
                forEachEntry(c, "cases mapping", [&](const std::string& value, int key, int caseNode) {
                    GeneratorCase gc;
                    gc.value = value;
                    gc.loc = locationOf(m_doc, key);
                    gc.spec = readSpec(caseNode, true);
                    spec.cases.push_back(std::move(gc));
                });
            } else if (!spec.given.empty()) {
                r.error("profile", "`given` needs `cases`: the parameters for each value of " + spec.given,
                        r.find("given"));
            }
        }
        checkRanges(r, spec, info);
        if (isCase)
            r.reportUnknownKeys({"generator", "start", "end", "step", "min", "max", "mean", "stddev",
                                 "median", "sigma", "probability", "trend", "seasonality", "values", "pattern", "of",
                                 "distribution", "s", "field", "fiscal_start", "length"});
        else
            r.reportUnknownKeys({"generator", "null_rate", "unique", "given", "cases", "start", "end", "step", "min",
                                 "max", "mean", "stddev", "median", "sigma", "probability", "trend", "seasonality",
                                 "values", "pattern", "of", "distribution", "s", "field", "fiscal_start", "length"});
        return spec;
    }

    static std::string joined(const std::vector<const char*>& list)
    {
        std::string out;
        for (const char* s : list)
            out += (out.empty() ? "" : ", ") + std::string(s);
        return out;
    }

    void readSeasonality(GeneratorSpec& spec, int node)
    {
        const YamlNode& n = resolved(node);
        if (n.kind != YamlNode::Kind::Sequence || n.children.size() != 12) {
            error("`seasonality` must list 12 monthly weights, January first", node);
            return;
        }
        for (int item : n.children) {
            auto w = number(item, "seasonality");
            if (w && *w < 0)
                error("seasonality weights must not be negative", item);
            spec.seasonality.push_back(w.value_or(1));
        }
    }

    void readValues(GeneratorSpec& spec, int node)
    {
        const YamlNode& n = resolved(node);
        if (n.kind == YamlNode::Kind::Sequence) {
            for (int item : n.children) {
                const YamlNode& v = resolved(item);
                if (v.kind != YamlNode::Kind::Scalar)
                    error("`values` must list single values", item);
                else
                    spec.values.push_back({v.value, 1});
            }
        } else if (n.kind == YamlNode::Kind::Map) {
            forEachEntry(node, "values mapping", [&](const std::string& value, int, int weightNode) {
                auto w = number(weightNode, "weight");
                if (w && *w < 0)
                    error("weights must not be negative", weightNode);
                spec.values.push_back({value, w.value_or(0)});
            });
        } else {
            error("`values` must be a list of values or a mapping of values to weights", node);
            return;
        }
        double total = 0;
        for (const WeightedValue& v : spec.values)
            total += v.weight;
        if (total <= 0)
            error("`values` needs at least one value with a positive weight", node);
    }

    void checkRanges(YamlMapReader& r, GeneratorSpec& spec, const GeneratorInfo* info)
    {
        auto between = [&](const char* key, const std::optional<double>& v, double lo, double hi, const char* words) {
            if (v && (*v < lo || *v > hi))
                r.error("profile", "`" + std::string(key) + "` must be " + words, r.find(key));
        };
        between("null_rate", spec.nullRate, 0, 1, "between 0 and 1");
        between("probability", spec.probability, 0, 1, "between 0 and 1");
        between("stddev", spec.stddev, 0, 1e300, "zero or more");
        between("sigma", spec.sigma, 0, 50, "from 0 to 50");
        between("s", spec.s, 0, 100, "from 0 to 100");
        between("trend", spec.trend, -1, 1e6, "-1 or more (-1: the density falls to zero at the end)");
        between("fiscal_start", spec.fiscalStart, 1, 12, "a month from 1 to 12");
        between("length", spec.length, 1, 1 << 20, "from 1 to 1048576");
        if (spec.median && *spec.median <= 0)
            r.error("profile", "`median` must be more than 0", r.find("median"));
        if (spec.mean && info && (spec.generator == "exponential" || spec.generator == "poisson") && *spec.mean <= 0)
            r.error("profile", "`mean` must be more than 0", r.find("mean"));
        if (spec.min && spec.max && *spec.min > *spec.max)
            r.error("profile", "`min` is more than `max`", r.find("min"));
        if (spec.step && *spec.step == 0)
            r.error("profile", "`step` must not be 0", r.find("step"));
        if (!spec.distribution.empty() && spec.distribution != "uniform" && spec.distribution != "zipf")
            r.error("profile", "`distribution` must be uniform or zipf", r.find("distribution"));
        if (!spec.field.empty() && !isCalendarField(spec.field))
            r.error("profile", "unknown calendar field '" + spec.field + "'", r.find("field"),
                    "one of: " + calendarFieldNames());
        if (!spec.pattern.empty()) {
            const ParsedPattern parsed = parsePattern(spec.pattern);
            if (!parsed.ok())
                r.error("profile", parsed.error + " (at character " + std::to_string(parsed.offset + 1) + ")",
                        r.find("pattern"));
        }
        checkBound(r, spec, "start", spec.start);
        checkBound(r, spec, "end", spec.end);
    }

    // What start and end must look like depends on the generator.
    void checkBound(YamlMapReader& r, const GeneratorSpec& spec, const char* key, const std::string& text)
    {
        if (text.empty())
            return;
        const std::string& g = spec.generator;
        bool ok = true;
        const char* expected = "";
        if (g == "date") {
            ok = parseDate(text).has_value();
            expected = "a date written YYYY-MM-DD";
        } else if (g == "timestamp") {
            ok = parseTimestamp(text).has_value();
            expected = "a timestamp written YYYY-MM-DD or YYYY-MM-DD HH:MM:SS";
        } else if (g == "time") {
            ok = parseTimeOfDay(text).has_value();
            expected = "a time of day written HH:MM or HH:MM:SS";
        } else if (g == "sequence") {
            double v = 0;
            ok = std::from_chars(text.data(), text.data() + text.size(), v).ptr == text.data() + text.size() ||
                 parseDate(text).has_value();
            expected = "a number, or a date for a date column";
        } else if (g == "pattern") {
            long long v = 0;
            ok = std::from_chars(text.data(), text.data() + text.size(), v).ptr == text.data() + text.size();
            expected = "a whole number";
        }
        if (!ok)
            r.error("profile", "`" + std::string(key) + "` of generator " + g + " must be " + expected + ", found '" +
                                   text + "'",
                    r.find(key));
    }

    const YamlDocument& m_doc;
    std::vector<Diagnostic>& m_out;
};

}  // namespace

ProfileLoadResult loadSeedProfileYaml(std::string_view text)
{
    ProfileLoadResult result;
    if (auto document = parseYamlText(text, kMaxProfileBytes, "profile", result.diagnostics))
        result.profile = ProfileReader(*document, result.diagnostics).read();
    return result;
}

ProfileLoadResult loadSeedProfileFile(const std::string& path)
{
    ProfileLoadResult result;
    std::string content;
    if (!readYamlFile(path, kMaxProfileBytes, content, result.diagnostics))
        return result;
    return loadSeedProfileYaml(content);
}

}  // namespace ss::seed
