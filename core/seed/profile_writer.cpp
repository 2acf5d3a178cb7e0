#include "core/seed/profile_writer.h"

#include "core/seed/generator_catalog.h"
#include "core/spec/yaml_scalar.h"
#include "core/util/atomic_file.h"

#include <charconv>

namespace ss::seed {

namespace {

std::string number(double v)
{
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, end);
}

std::string flow(std::string_view text) { return yamlScalar(text, YamlContext::Flow); }

// Numbers kept as text (a sequence's start, a categorical value) are written plain: they read back as the same
// text, and `start: 1` reads better than `start: "1"`.
std::string flowOrNumber(std::string_view text)
{
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec == std::errc() && end == text.data() + text.size() && !text.empty() && text.front() != '.')
        return std::string(text);
    return flow(text);
}

// The parameters of a spec as `key: value` items, in the catalogue's order.
std::vector<std::string> items(const GeneratorSpec& spec, bool withCommon)
{
    std::vector<std::string> out;
    if (!spec.generator.empty())
        out.push_back("generator: " + flow(spec.generator));
    for (const TextParam& p : textParams())
        if (!(spec.*p.field).empty())
            out.push_back(std::string(p.key) + ": " + flowOrNumber(spec.*p.field));
    for (const NumberParam& p : numberParams())
        if (spec.*p.field)
            out.push_back(std::string(p.key) + ": " + number(*(spec.*p.field)));
    if (!spec.seasonality.empty()) {
        std::string list;
        for (double w : spec.seasonality)
            list += (list.empty() ? "" : ", ") + number(w);
        out.push_back("seasonality: [" + list + "]");
    }
    if (!spec.values.empty()) {
        std::string map;
        for (const WeightedValue& v : spec.values)
            map += (map.empty() ? "" : ", ") + flowOrNumber(v.value) + ": " + number(v.weight);
        out.push_back("values: {" + map + "}");
    }
    if (!spec.of.empty()) {
        std::string list;
        for (const std::string& c : spec.of)
            list += (list.empty() ? "" : ", ") + flow(c);
        out.push_back("of: [" + list + "]");
    }
    if (spec.nullRate)
        out.push_back("null_rate: " + number(*spec.nullRate));
    if (withCommon && spec.unique)
        out.push_back("unique: true");
    if (withCommon && !spec.given.empty())
        out.push_back("given: " + flow(spec.given));
    return out;
}

std::string flowMap(const std::vector<std::string>& entries)
{
    std::string out = "{";
    for (std::size_t i = 0; i < entries.size(); ++i)
        out += (i ? ", " : "") + entries[i];
    return out + "}";
}

void writeSpec(std::string& out, const std::string& key, const GeneratorSpec& spec)
{
    if (spec.cases.empty()) {
        out += "      " + flow(key) + ": " + flowMap(items(spec, true)) + "\n";
        return;
    }
    out += "      " + flow(key) + ":\n";
    for (const std::string& item : items(spec, true))
        out += "        " + item + "\n";
    out += "        cases:\n";
    for (const GeneratorCase& c : spec.cases)
        out += "          " + flowOrNumber(c.value) + ": " + flowMap(items(c.spec, false)) + "\n";
}

}  // namespace

std::string saveSeedProfile(const SeedProfile& profile)
{
    std::string out = "version: " + std::to_string(profile.version) + "\n";
    if (profile.seed)
        out += "seed: " + std::to_string(*profile.seed) + "\n";
    if (profile.tables.empty())
        return out + "tables: {}\n";
    out += "tables:\n";
    for (const TableProfile& t : profile.tables) {
        out += "  " + yamlScalar(t.name, YamlContext::Block) + ":";
        if (!t.rows && t.per.empty() && t.calendarStart.empty() && t.columns.empty()) {
            out += " {}\n";
            continue;
        }
        out += "\n";
        if (t.rows)
            out += "    rows: " + std::to_string(*t.rows) + "\n";
        else if (!t.per.empty())
            out += "    rows: {per: " + flow(t.per) + ", factor: " + number(t.factor) + "}\n";
        if (!t.calendarStart.empty()) {
            out += "    calendar: {start: " + t.calendarStart;
            if (!t.calendarEnd.empty())
                out += ", end: " + t.calendarEnd;
            out += "}\n";
        }
        if (t.columns.empty())
            continue;
        out += "    columns:\n";
        for (const ColumnProfile& c : t.columns)
            writeSpec(out, c.name, c.spec);
    }
    return out;
}

std::string saveSeedProfileFile(const std::string& path, const SeedProfile& profile)
{
    return writeFileAtomically(path, saveSeedProfile(profile));
}

}  // namespace ss::seed
