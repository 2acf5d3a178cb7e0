#include "core/seed/generators/generator_factory.h"

#include "core/seed/generator_catalog.h"
#include "core/seed/value_format.h"
#include "core/seed/word_lists.h"

#include <string_view>
#include <unordered_map>

namespace ss::seed {

namespace {

using Builder = GeneratorPtr (*)(const GeneratorSpec&, GeneratorContext&, std::string&);

Builder builderFor(std::string_view name)
{
    static const std::unordered_map<std::string_view, Builder> builders = {
        {"sequence", buildNumber},         {"uniform", buildNumber},         {"normal", buildNumber},
        {"lognormal", buildNumber},        {"exponential", buildNumber},     {"poisson", buildNumber},
        {"categorical", buildChoice},      {"boolean", buildChoice},         {"date", buildTemporal},
        {"timestamp", buildTemporal},      {"time", buildTemporal},          {"offset", buildDerived},
        {"ratio", buildDerived},           {"pattern", buildPattern},        {"first_name", buildPerson},
        {"last_name", buildPerson},        {"full_name", buildPerson},       {"email", buildPerson},
        {"phone", buildPlace},             {"city", buildPlace},             {"region", buildPlace},
        {"country", buildPlace},           {"country_code", buildPlace},     {"street_address", buildPlace},
        {"company_name", buildCatalogText}, {"product_name", buildCatalogText}, {"text", buildCatalogText},
        {"uuid", buildCatalogText},        {"bytes", buildCatalogText},      {"calendar", buildCalendar},
    };
    auto it = builders.find(name);
    return it == builders.end() ? nullptr : it->second;
}

bool usesWordLists(std::string_view name)
{
    static const char* const kNames[] = {"first_name", "last_name", "full_name",      "email",        "phone",
                                         "city",       "region",    "country",        "country_code", "street_address",
                                         "company_name", "product_name", "text"};
    for (const char* n : kNames)
        if (name == n)
            return true;
    return false;
}

// The column's value decides which generator makes this one: industry given region, price given category.
// Each case is a generator of its own; rows are grouped by case so each case fills its rows in one call.
class ConditionalGenerator : public ColumnGenerator {
public:
    ConditionalGenerator(int given, std::vector<std::string> keys, std::vector<GeneratorPtr> cases, GeneratorPtr fallback)
        : m_given(static_cast<std::size_t>(given)), m_keys(std::move(keys)), m_cases(std::move(cases)), m_fallback(std::move(fallback))
    {
    }

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        const ColumnBuffer& given = request.batch->columns[m_given];
        const std::size_t groups = m_cases.size() + 1;
        std::vector<std::uint32_t> group(request.count);
        std::vector<std::vector<std::int64_t>> rows(groups);
        std::vector<std::vector<std::uint32_t>> positions(groups);
        std::string key;
        for (std::size_t i = 0; i < request.count; ++i) {
            const std::size_t at = request.at(i);
            std::size_t g = m_cases.size();
            if (!given.isNull(at)) {
                key.clear();
                appendValue(key, given, at);
                for (std::size_t k = 0; k < m_keys.size(); ++k)
                    if (m_keys[k] == key) {
                        g = k;
                        break;
                    }
            }
            group[i] = static_cast<std::uint32_t>(g);
            rows[g].push_back(request.rows[i]);
            positions[g].push_back(static_cast<std::uint32_t>(at));
        }
        std::vector<ColumnBuffer> filled(groups);
        for (std::size_t g = 0; g < groups; ++g) {
            if (rows[g].empty())
                continue;
            filled[g].shape = out.shape;
            filled[g].reset(rows[g].size());
            FillRequest sub;
            sub.rows = rows[g].data();
            sub.count = rows[g].size();
            sub.batch = request.batch;
            sub.positions = positions[g].data();
            (g < m_cases.size() ? *m_cases[g] : *m_fallback).fill(sub, filled[g]);
        }
        std::vector<std::size_t> next(groups, 0);
        for (std::size_t i = 0; i < request.count; ++i)
            out.copyValue(i, filled[group[i]], next[group[i]]++);
    }

private:
    std::size_t m_given;
    std::vector<std::string> m_keys;
    std::vector<GeneratorPtr> m_cases;
    GeneratorPtr m_fallback;
};

GeneratorPtr makePlain(const GeneratorSpec& spec, GeneratorContext& ctx, BuildError& error)
{
    error.loc = spec.loc;
    const Builder builder = builderFor(spec.generator);
    if (!builder) {
        error.message = spec.generator == "reference"
                            ? "generator reference is only for the columns of a foreign key"
                            : "unknown generator '" + spec.generator + "'";
        return nullptr;
    }
    if (spec.unique) {
        const GeneratorInfo* info = findGenerator(spec.generator);
        if (info && !info->canBeUnique) {
            error.message = "generator " + spec.generator + " cannot promise distinct values";
            return nullptr;
        }
    }
    if (usesWordLists(spec.generator) && !wordLists().ok()) {
        error.message = "this build lacks the bundled word lists (" + wordLists().missing + ")";
        return nullptr;
    }
    return builder(spec, ctx, error.message);
}

}  // namespace

GeneratorPtr makeGenerator(const GeneratorSpec& spec, GeneratorContext& ctx, BuildError& error)
{
    if (spec.given.empty())
        return makePlain(spec, ctx, error);
    if (spec.unique) {
        error = {"a column with cases cannot promise distinct values", spec.loc};
        return nullptr;
    }
    const int given = ctx.dependOn(spec.given, error.message);
    if (given < 0) {
        error.loc = spec.loc;
        return nullptr;
    }
    GeneratorSpec base = spec;
    base.given.clear();
    base.cases.clear();
    GeneratorPtr fallback = makePlain(base, ctx, error);
    if (!fallback)
        return nullptr;
    std::vector<std::string> keys;
    std::vector<GeneratorPtr> cases;
    for (const GeneratorCase& c : spec.cases) {
        GeneratorSpec merged = mergeCase(spec, c.spec);
        merged.loc = c.loc;
        GeneratorPtr g = makePlain(merged, ctx, error);
        if (!g) {
            error.message = "case " + c.value + ": " + error.message;
            return nullptr;
        }
        keys.push_back(c.value);
        cases.push_back(std::move(g));
    }
    return std::make_unique<ConditionalGenerator>(given, std::move(keys), std::move(cases), std::move(fallback));
}

}  // namespace ss::seed
