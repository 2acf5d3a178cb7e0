#include "core/seed/generator_catalog.h"

namespace ss::seed {

const std::vector<GeneratorInfo>& generatorCatalog()
{
    static const std::vector<GeneratorInfo> list = {
        {"sequence", "start, start + step, ... (dates: days)", {"start", "step"}, true},
        {"uniform", "numbers evenly spread between min and max", {"min", "max"}, true},
        {"normal", "bell curve around mean", {"mean", "stddev", "min", "max"}, false},
        {"lognormal", "skewed positive amounts around median", {"median", "sigma", "min", "max"}, false},
        {"exponential", "waiting times with the given mean", {"mean", "min", "max"}, false},
        {"poisson", "counts with the given mean", {"mean", "min", "max"}, false},
        {"categorical", "one of the listed values, by weight", {"values"}, false},
        {"boolean", "true with the given probability", {"probability"}, false},
        {"date", "days between start and end, with trend and seasonality", {"start", "end", "trend", "seasonality"}, true},
        {"timestamp", "instants between start and end, with trend and seasonality", {"start", "end", "trend", "seasonality"}, true},
        {"time", "times of day between start and end", {"start", "end"}, false},
        {"offset", "another column plus a value between min and max (dates: days)", {"of", "min", "max"}, false},
        {"ratio", "another column times a factor between min and max", {"of", "min", "max"}, false},
        {"pattern", "text from a pattern such as LN-{seq:08}", {"pattern", "start"}, true},
        {"first_name", "a person's given name", {}, true},
        {"last_name", "a person's family name", {}, true},
        {"full_name", "a person's given and family name", {}, true},
        {"email", "an address made from the row's person or from the columns in `of`", {"of"}, true},
        {"phone", "a phone number in the row's country", {}, false},
        {"company_name", "a company name", {}, true},
        {"city", "a city (consistent with region and country in the same row)", {}, false},
        {"region", "the region of the row's city", {}, false},
        {"country", "the country of the row's city", {}, false},
        {"country_code", "the ISO 3166-1 alpha-2 code of the row's country", {}, false},
        {"street_address", "a house number and street", {}, false},
        {"product_name", "a product name", {}, true},
        {"text", "min to max words: a label, or a sentence from four words", {"min", "max"}, false},
        {"uuid", "a random version-4 UUID", {}, true},
        {"bytes", "random bytes of the given length", {"length"}, false},
        {"reference", "a key that exists in the referenced table", {"distribution", "s"}, true},
        {"calendar", "an attribute of the row's day in a date dimension", {"field", "fiscal_start"}, true},
    };
    return list;
}

const GeneratorInfo* findGenerator(std::string_view name)
{
    for (const GeneratorInfo& g : generatorCatalog())
        if (name == g.name)
            return &g;
    return nullptr;
}

bool readsParam(const GeneratorInfo& info, std::string_view key)
{
    for (const char* p : info.params)
        if (key == p)
            return true;
    return false;
}

const std::vector<NumberParam>& numberParams()
{
    static const std::vector<NumberParam> list = {
        {"step", &GeneratorSpec::step},           {"min", &GeneratorSpec::min},
        {"max", &GeneratorSpec::max},             {"mean", &GeneratorSpec::mean},
        {"stddev", &GeneratorSpec::stddev},       {"median", &GeneratorSpec::median},
        {"sigma", &GeneratorSpec::sigma},         {"probability", &GeneratorSpec::probability},
        {"trend", &GeneratorSpec::trend},         {"s", &GeneratorSpec::s},
        {"fiscal_start", &GeneratorSpec::fiscalStart}, {"length", &GeneratorSpec::length},
    };
    return list;
}

const std::vector<TextParam>& textParams()
{
    static const std::vector<TextParam> list = {
        {"start", &GeneratorSpec::start},     {"end", &GeneratorSpec::end},
        {"pattern", &GeneratorSpec::pattern}, {"distribution", &GeneratorSpec::distribution},
        {"field", &GeneratorSpec::field},
    };
    return list;
}

GeneratorSpec mergeCase(const GeneratorSpec& base, const GeneratorSpec& overrides)
{
    GeneratorSpec merged = base;
    merged.given.clear();
    merged.cases.clear();
    if (!overrides.generator.empty())
        merged.generator = overrides.generator;
    for (const NumberParam& p : numberParams())
        if (overrides.*p.field)
            merged.*p.field = overrides.*p.field;
    for (const TextParam& p : textParams())
        if (!(overrides.*p.field).empty())
            merged.*p.field = overrides.*p.field;
    if (!overrides.seasonality.empty())
        merged.seasonality = overrides.seasonality;
    if (!overrides.values.empty())
        merged.values = overrides.values;
    if (!overrides.of.empty())
        merged.of = overrides.of;
    merged.loc = overrides.loc;
    return merged;
}

}  // namespace ss::seed
