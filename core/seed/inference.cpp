#include "core/seed/inference.h"

#include "core/seed/civil_time.h"
#include "core/seed/generators/builders.h"
#include "core/seed/pattern.h"
#include "core/seed/word_lists.h"

#include <algorithm>
#include <cmath>

namespace ss::seed {

namespace {

bool has(const std::string& name, std::string_view part) { return name.find(part) != std::string::npos; }
bool endsWith(const std::string& name, std::string_view suffix)
{
    return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool isAny(const std::string& name, std::initializer_list<const char*> names)
{
    for (const char* n : names)
        if (name == n)
            return true;
    return false;
}
bool hasAny(const std::string& name, std::initializer_list<const char*> parts)
{
    for (const char* p : parts)
        if (has(name, p))
            return true;
    return false;
}

GeneratorSpec named(const char* generator)
{
    GeneratorSpec s;
    s.generator = generator;
    return s;
}

GeneratorSpec categorical(std::initializer_list<std::pair<const char*, double>> values)
{
    GeneratorSpec s = named("categorical");
    for (const auto& [v, w] : values)
        s.values.push_back({v, w});
    return s;
}

GeneratorSpec lognormal(double median, double sigma)
{
    GeneratorSpec s = named("lognormal");
    s.median = median;
    s.sigma = sigma;
    s.min = 0;
    return s;
}

GeneratorSpec uniform(double lo, double hi)
{
    GeneratorSpec s = named("uniform");
    s.min = lo;
    s.max = hi;
    return s;
}

std::string lastWordOf(const std::string& name)
{
    const auto underscore = name.rfind('_');
    return underscore == std::string::npos ? name : name.substr(underscore + 1);
}

std::string stemOf(const std::string& name, const std::string& tableName)
{
    static const char* const kSuffixes[] = {"_id", "_code", "_number", "_no", "_num", "_ref", "_key", "_nr"};
    for (const char* s : kSuffixes)
        if (endsWith(name, s) && name.size() > std::char_traits<char>::length(s))
            return name.substr(0, name.size() - std::char_traits<char>::length(s));
    std::string table = tableName;
    for (const char* p : {"dim_", "fact_", "d_", "f_"})
        if (table.rfind(p, 0) == 0)
            table = table.substr(std::char_traits<char>::length(p));
    return table;
}

// A code that is distinct for every row: PREFIX-000001, cut to fit the column; in base 36 (PREFIX-01Z4) when
// the row count has more decimal digits than the column holds.
GeneratorSpec uniqueCode(const InferenceInput& in, const std::string& name)
{
    std::string prefix;
    for (char c : stemOf(name, toLower(in.table.name)))
        if (c >= 'a' && c <= 'z' && prefix.size() < 4)
            prefix.push_back(static_cast<char>(c - 'a' + 'A'));
    const std::int64_t rows = std::max<std::int64_t>(in.rows, 1);
    const int limit = shapeOf(in.column.type).maxChars;
    const bool decimal = limit <= 0 || digitCount(rows, 10) <= limit;
    const int needed = digitCount(rows, decimal ? 10 : 36);
    int width = decimal ? std::max(6, needed) : needed;
    if (limit > 0) {
        width = std::max(needed, std::min(width, limit));
        while (!prefix.empty() && static_cast<int>(prefix.size()) + 1 + width > limit) {
            if (width > std::max(needed, 4))
                --width;
            else
                prefix.pop_back();
        }
    }
    GeneratorSpec s = named("pattern");
    s.pattern = (prefix.empty() ? "" : prefix + "-") + (decimal ? "{seq:" : "{code:") + (width < 10 ? "0" : "") +
                std::to_string(width) + "}";
    s.unique = true;
    return s;
}

// A description that is only a list ("Term loan, revolving credit, leasing") names the values.
std::vector<std::string> listedValues(const std::string& description)
{
    std::vector<std::string> parts;
    std::string text = description;
    for (const char* joiner : {" or ", " and "})
        for (std::size_t at; (at = text.find(joiner)) != std::string::npos;)
            text.replace(at, std::char_traits<char>::length(joiner), ", ");
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        part.erase(0, part.find_first_not_of(' '));
        part.erase(part.find_last_not_of(' ') + 1);
        const auto words = std::count(part.begin(), part.end(), ' ') + 1;
        if (part.empty() || words > 3 || part.find_first_of("0123456789.:;()") != std::string::npos)
            return {};
        parts.push_back(part);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return parts.size() >= 2 ? parts : std::vector<std::string>{};
}

// A month named in a description ("Fiscal year starting in July").
std::optional<double> monthIn(const std::string& description)
{
    for (int m = 1; m <= 12; ++m)
        if (description.find(monthName(m)) != std::string::npos)
            return m;
    return std::nullopt;
}

std::optional<std::string> calendarFieldFor(const std::string& name)
{
    if (isCalendarField(name) && name != "date_key")
        return name;
    static const std::pair<const char*, const char*> kAliases[] = {
        {"date", "full_date"},          {"calendar_date", "full_date"},  {"day_date", "full_date"},
        {"day", "day_of_month"},        {"day_in_month", "day_of_month"}, {"weekday", "day_of_week"},
        {"dow", "day_of_week"},         {"week", "week_of_year"},        {"iso_week", "week_of_year"},
        {"month_number", "month"},      {"month_num", "month"},          {"weekend", "is_weekend"},
        {"weekday_name", "day_name"},   {"holiday", "is_holiday"},       {"calendar_year", "year"},
        {"calendar_month", "month"},    {"calendar_quarter", "quarter"}, {"month_end", "is_month_end"},
    };
    for (const auto& [alias, field] : kAliases)
        if (name == alias)
            return std::string(field);
    return std::nullopt;
}

GeneratorSpec inferText(const InferenceInput& in, const std::string& name)
{
    const auto& desc = in.column.description;
    if (in.unique) {
        if (has(name, "email"))
            return [] { GeneratorSpec s = named("email"); s.unique = true; return s; }();
        return uniqueCode(in, name);
    }
    if (has(name, "email"))
        return named("email");
    if (isAny(name, {"first_name", "given_name", "forename", "firstname"}))
        return named("first_name");
    if (isAny(name, {"last_name", "surname", "family_name", "lastname"}))
        return named("last_name");
    if (isAny(name, {"full_name", "customer_name", "person_name", "contact_name", "employee_name", "owner_name",
                     "manager_name", "author", "contact"}))
        return named("full_name");
    if (hasAny(name, {"company", "supplier", "vendor", "merchant", "brand", "store_name", "branch_name", "bank_name",
                      "employer", "manufacturer", "counterparty"}))
        return named("company_name");
    if (hasAny(name, {"product", "item_name", "article"}) && endsWith(name, "_name"))
        return named("product_name");
    if (isAny(name, {"city", "town", "city_name"}))
        return named("city");
    if (isAny(name, {"region", "state", "province", "territory", "sales_region"}))
        return named("region");
    if (isAny(name, {"country", "country_name", "nation"}))
        return named("country");
    if (isAny(name, {"country_code", "country_iso", "iso_country", "country_iso2"}))
        return named("country_code");
    if (hasAny(name, {"phone", "mobile", "fax", "telephone"}))
        return named("phone");
    if (hasAny(name, {"address", "street"}))
        return named("street_address");
    if (hasAny(name, {"zip", "postal", "postcode"})) {
        GeneratorSpec s = named("pattern");
        s.pattern = "{digits:5}";
        return s;
    }
    if (hasAny(name, {"url", "website", "homepage"})) {
        GeneratorSpec s = named("pattern");
        s.pattern = "https://www.example.com/{hex:8}";
        return s;
    }
    if (hasAny(name, {"industry", "sector"})) {
        GeneratorSpec s = named("categorical");
        for (const std::string& i : wordLists().industries)
            s.values.push_back({i, 1});
        if (!s.values.empty())
            return s;
    }
    if (hasAny(name, {"currency"}))
        return categorical({{"USD", 5}, {"EUR", 4}, {"GBP", 2}, {"JPY", 1}, {"CHF", 1}});
    if (const auto listed = listedValues(desc); !listed.empty()) {
        GeneratorSpec s = named("categorical");
        for (const std::string& v : listed)
            s.values.push_back({v, 1});
        return s;
    }
    const std::string last = lastWordOf(name);
    if (last == "status")
        return categorical({{"active", 6}, {"inactive", 2}, {"pending", 1}, {"closed", 1}});
    if (last == "channel")
        return categorical({{"online", 4}, {"mobile", 3}, {"branch", 2}, {"phone", 1}});
    if (isAny(last, {"method", "type"}) && has(name, "pay"))
        return categorical({{"card", 5}, {"cash", 2}, {"transfer", 2}, {"mobile", 1}});
    if (last == "segment")
        return categorical({{"standard", 5}, {"premium", 3}, {"enterprise", 1}});
    if (isAny(last, {"tier", "level", "grade"}))
        return categorical({{"Bronze", 4}, {"Silver", 3}, {"Gold", 2}, {"Platinum", 1}});
    if (last == "category")
        return categorical({{"Electronics", 3}, {"Home", 3}, {"Grocery", 4}, {"Clothing", 3}, {"Sports", 2},
                            {"Toys", 1}, {"Beauty", 2}, {"Garden", 1}});
    if (last == "subcategory")
        return categorical({{"Essentials", 4}, {"Accessories", 3}, {"Premium", 2}, {"Seasonal", 1}});
    if (isAny(last, {"code", "id", "ref", "number", "sku"})) {
        GeneratorSpec s = named("pattern");
        s.pattern = "{letters:3}-{digits:5}";
        return s;
    }
    if (hasAny(name, {"description", "note", "comment", "remark", "message", "summary", "reason"})) {
        GeneratorSpec s = named("text");
        s.min = 4;
        s.max = 12;
        return s;
    }
    GeneratorSpec s = named("text");
    s.min = 1;
    s.max = 3;
    return s;
}

GeneratorSpec inferNumber(const InferenceInput& in, const std::string& name)
{
    const DataType& type = in.column.type;
    const bool whole = type.isInteger();
    if (in.unique) {
        GeneratorSpec s = named("sequence");
        s.start = "1";
        s.unique = true;
        return s;
    }
    const std::string last = lastWordOf(name);
    if (endsWith(name, "_months") || name == "term")
        return categorical({{"12", 2}, {"24", 3}, {"36", 3}, {"48", 1}, {"60", 2}});
    if (has(name, "birth") && has(name, "year"))
        return uniform(1950, 2005);
    if (last == "year" || name == "year")
        return uniform(2015, 2025);
    if (last == "age")
        return [] { GeneratorSpec s = named("normal"); s.mean = 40; s.stddev = 12; s.min = 18; s.max = 90; return s; }();
    if (hasAny(name, {"quantity", "qty", "units"}))
        return [] { GeneratorSpec s = named("poisson"); s.mean = 3; s.min = 1; return s; }();
    if (has(name, "count"))
        return [] { GeneratorSpec s = named("poisson"); s.mean = 2; s.min = 0; return s; }();
    if (has(name, "days") || last == "days")
        return [] { GeneratorSpec s = named("exponential"); s.mean = 5; s.min = 0; return s; }();
    if (isAny(last, {"number", "no", "seq", "line"}) || endsWith(name, "_number"))
        return uniform(1, 24);
    if (isAny(last, {"rank", "priority", "rating", "stars"}))
        return uniform(1, 5);
    if (has(name, "latitude"))
        return uniform(-60, 70);
    if (has(name, "longitude"))
        return uniform(-180, 180);
    if (hasAny(name, {"percent", "pct"}))
        return uniform(0, 100);
    if (hasAny(name, {"probability", "pd_", "lgd", "loss_given", "ratio", "share"}) || name.rfind("pd", 0) == 0) {
        // A probability or a share is a fraction: skewed towards small values, never above 1.
        GeneratorSpec s = lognormal(0.05, 1);
        s.max = 1;
        return s;
    }
    if (has(name, "rate") && !whole)
        return uniform(0.01, 0.12);
    if (hasAny(name, {"revenue", "income", "sales", "budget", "turnover"}))
        return lognormal(5'000'000, 1.5);
    if (hasAny(name, {"salary", "wage"}))
        return lognormal(55'000, 0.4);
    if (hasAny(name, {"price", "cost"}))
        return lognormal(25, 0.8);
    if (hasAny(name, {"fee", "charge", "tax", "discount"}))
        return lognormal(15, 1);
    if (hasAny(name, {"balance", "exposure", "principal", "loan_amount", "credit_limit"}))
        return lognormal(25'000, 1.2);
    if (hasAny(name, {"amount", "paid", "value", "total", "payment", "spend", "loss", "profit"}))
        return lognormal(500, 1.2);
    if (hasAny(name, {"area", "size", "sqm", "square"}))
        return lognormal(1'500, 0.5);
    if (whole)
        return type.kind == TypeKind::SmallInt ? uniform(1, 100) : uniform(1, 1000);
    return lognormal(100, 1);
}

GeneratorSpec inferTemporal(const InferenceInput& in, const std::string& name)
{
    const TypeKind kind = in.column.type.kind;
    if (kind == TypeKind::Time) {
        GeneratorSpec s = named("time");
        s.start = "08:00:00";
        s.end = "18:00:00";
        return s;
    }
    GeneratorSpec s = named(kind == TypeKind::Date ? "date" : "timestamp");
    s.start = kDefaultFirstDay;
    s.end = kDefaultLastDay;
    if (has(name, "birth")) {
        s.start = "1950-01-01";
        s.end = "2005-12-31";
    } else if (in.unique) {
        s.generator = "sequence";
        s.end.clear();
        s.unique = true;
    } else if (in.table.kind == TableKind::Fact) {
        s.trend = 0.5;  // business grows: later days are busier
    }
    return s;
}

// Keeps a generated range inside what the checks allow.
void applyHints(GeneratorSpec& s, const InferenceInput& in)
{
    if (!in.hints)
        return;
    const ColumnHints& h = *in.hints;
    if (!h.allowed.empty()) {
        s = named("categorical");
        for (const std::string& v : h.allowed)
            s.values.push_back({v, 1});
        return;
    }
    if (!h.atLeast.empty()) {
        const ValueKind kind = shapeOf(in.column.type).kind;
        const bool temporal = kind == ValueKind::Date || kind == ValueKind::Timestamp;
        s = named(temporal ? "offset" : "ratio");
        s.of = {h.atLeast};
        s.min = temporal ? (h.strictlyAbove ? 1 : 0) : (h.strictlyAbove ? 1.05 : 1.0);
        s.max = temporal ? 365 : 2.5;
        return;
    }
    const bool numeric = s.generator == "uniform" || s.generator == "normal" || s.generator == "lognormal" ||
                         s.generator == "exponential" || s.generator == "poisson";
    if (!numeric)
        return;
    const ColumnShape shape = shapeOf(in.column.type);
    const double unit = shape.kind == ValueKind::Decimal ? std::pow(10.0, -shape.scale) : shape.kind == ValueKind::Integer ? 1 : 1e-6;
    if (h.min)
        s.min = std::max(s.min.value_or(*h.min), *h.min + (h.minExclusive ? unit : 0));
    if (h.max)
        s.max = std::min(s.max.value_or(*h.max), *h.max - (h.maxExclusive ? unit : 0));
    if (h.nonZero && (!s.min || *s.min <= 0) && (!s.max || *s.max > 0))
        s.min = unit;
    if (s.min && s.max && *s.min > *s.max)
        s.max = s.min;
    if (s.generator == "uniform" && s.min && s.max)
        return;
    if (s.generator == "uniform")
        s = uniform(s.min.value_or(0), s.max.value_or(*s.min + 100));
}

double defaultProbability(const Column& c)
{
    if (c.defaultValue && c.defaultValue->kind == DefaultValue::Kind::Boolean)
        return c.defaultValue->text == "true" ? 0.8 : 0.2;
    const std::string name = toLower(c.name);
    if (hasAny(name, {"active", "enabled", "valid"}))
        return 0.9;
    if (hasAny(name, {"deleted", "fraud", "default"}))
        return 0.05;
    return 0.5;
}

}  // namespace

bool looksLikeDateDimension(const Table& table)
{
    const std::string name = toLower(table.name);
    if (isAny(name, {"dim_date", "date_dim", "d_date", "dim_calendar", "calendar", "dim_day", "date_dimension"}))
        return true;
    const bool hasDay = table.findColumn("full_date") || table.findColumn("calendar_date");
    return hasDay && table.findColumn("year") && (table.findColumn("month") || table.findColumn("quarter"));
}

std::int64_t defaultRowCount(const Table& table)
{
    switch (table.kind) {
    case TableKind::Dimension: return 100;
    case TableKind::Fact: return 10'000;
    case TableKind::Table: return 1'000;
    }
    return 1'000;
}

GeneratorSpec inferReference(const Table& child, const Table& parent, bool parentIsCalendar)
{
    GeneratorSpec s = named("reference");
    if (parentIsCalendar || parent.kind != TableKind::Dimension || child.kind != TableKind::Fact) {
        s.distribution = "uniform";
    } else {
        s.distribution = "zipf";
        s.s = 1.1;
    }
    return s;
}

GeneratorSpec inferGenerator(const InferenceInput& in)
{
    const std::string name = toLower(in.column.name);
    const DataType& type = in.column.type;
    GeneratorSpec s;
    if (in.column.identity) {
        s = named("sequence");
        s.start = "1";
        s.unique = in.unique;
        return s;
    }
    if (in.dateDimension)
        if (const auto field = calendarFieldFor(name)) {
            s = named("calendar");
            s.field = *field;
            s.unique = in.unique && *field == "full_date";
            if (has(*field, "fiscal"))
                s.fiscalStart = monthIn(in.column.description);
            if (s.unique == in.unique)
                return s;
        }
    switch (type.kind) {
    case TypeKind::Boolean:
        s = named("boolean");
        s.probability = defaultProbability(in.column);
        break;
    case TypeKind::Uuid: s = named("uuid"); break;
    case TypeKind::Json:
        s = named("pattern");
        s.pattern = "{{\"id\": {seq}}}";
        break;
    case TypeKind::Blob: s = named("bytes"); break;
    case TypeKind::Date:
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
    case TypeKind::Time: s = inferTemporal(in, name); break;
    case TypeKind::Integer:
    case TypeKind::BigInt:
    case TypeKind::SmallInt:
    case TypeKind::Decimal:
    case TypeKind::Real:
    case TypeKind::Double: s = inferNumber(in, name); break;
    case TypeKind::Char:
    case TypeKind::Varchar:
    case TypeKind::Text:
    case TypeKind::Native: s = inferText(in, name); break;
    }
    if (!in.unique)
        applyHints(s, in);
    // A text default the rules know nothing about ("transfer", "USD") becomes the most frequent value.
    if (in.column.defaultValue && in.column.defaultValue->kind == DefaultValue::Kind::String && s.generator == "categorical") {
        const std::string& d = in.column.defaultValue->text;
        double top = 0;
        for (const WeightedValue& v : s.values)
            top = std::max(top, v.weight);
        auto it = std::find_if(s.values.begin(), s.values.end(), [&](const WeightedValue& v) { return v.value == d; });
        if (it == s.values.end() && in.hints && !in.hints->allowed.empty())
            return s;  // the checks do not allow it
        if (it == s.values.end())
            s.values.insert(s.values.begin(), {d, top + 1});
        else
            it->weight = top + 1;
    }
    if (in.column.nullable && !in.unique && in.column.origin == ColumnOrigin::Declared)
        s.nullRate = 0.05;
    return s;
}

}  // namespace ss::seed
