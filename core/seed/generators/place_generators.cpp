#include "core/seed/generators/builders.h"
#include "core/seed/generators/value_output.h"
#include "core/seed/value_format.h"
#include "core/seed/word_lists.h"

namespace ss::seed {

namespace {

// The place of a row, from a stream the table's place columns share: city, region, country, country code and
// the phone number's dialling code of one row all come from the same line of places.txt.
const Place& placeOf(std::uint64_t placeStream, std::int64_t row)
{
    const std::vector<Place>& places = wordLists().places;
    RowRandom r(placeStream, row);
    return places[r.below(places.size())];
}

class PlaceGenerator : public ColumnGenerator {
public:
    enum class Field { City, Region, Country, CountryCode };
    PlaceGenerator(std::uint64_t placeStream, Field field) : m_stream(placeStream), m_field(field) {}

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        for (std::size_t i = 0; i < request.count; ++i) {
            const Place& p = placeOf(m_stream, request.rows[i]);
            switch (m_field) {
            case Field::City: out.setText(i, p.city); break;
            case Field::Region: out.setText(i, p.region); break;
            case Field::Country: out.setText(i, p.country); break;
            case Field::CountryCode: out.setText(i, p.countryCode); break;
            }
        }
    }

private:
    std::uint64_t m_stream;
    Field m_field;
};

// +<dialling code> then nine digits in groups, the first of them never 0.
class PhoneGenerator : public ColumnGenerator {
public:
    PhoneGenerator(std::uint64_t placeStream, std::uint64_t stream) : m_placeStream(placeStream), m_stream(stream) {}

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) {
            out.bytes.push_back('+');
            out.bytes += placeOf(m_placeStream, request.rows[i]).diallingCode;
            out.bytes.push_back(' ');
            appendInteger(out.bytes, static_cast<std::int64_t>(100 + r.below(900)));
            out.bytes.push_back(' ');
            appendZeroPadded(out.bytes, static_cast<std::int64_t>(r.below(1000)), 3);
            out.bytes.push_back(' ');
            appendZeroPadded(out.bytes, static_cast<std::int64_t>(r.below(1000)), 3);
            out.closeText(i);
        });
    }

private:
    std::uint64_t m_placeStream;
    std::uint64_t m_stream;
};

class StreetAddressGenerator : public ColumnGenerator {
public:
    explicit StreetAddressGenerator(std::uint64_t stream) : m_stream(stream) {}

    void fill(const FillRequest& request, ColumnBuffer& out) const override
    {
        const WordLists& w = wordLists();
        fillRows(request, m_stream, [&](std::size_t i, RowRandom& r) {
            appendInteger(out.bytes, static_cast<std::int64_t>(1 + r.below(r.below(4) == 0 ? 999 : 99)));
            out.bytes.push_back(' ');
            out.bytes += w.streets[r.below(w.streets.size())];
            out.bytes.push_back(' ');
            out.bytes += w.streetTypes[r.below(w.streetTypes.size())];
            out.closeText(i);
        });
    }

private:
    std::uint64_t m_stream;
};

}  // namespace

GeneratorPtr buildPlace(const GeneratorSpec& spec, GeneratorContext& ctx, std::string& error)
{
    if (!requireText(spec, ctx, error))
        return nullptr;
    if (spec.unique) {
        error = "generator " + spec.generator + " cannot promise distinct values";
        return nullptr;
    }
    const std::uint64_t placeStream = streamSeed(ctx.globalSeed, ctx.table, "#place");
    const std::string& g = spec.generator;
    if (g == "phone")
        return std::make_unique<PhoneGenerator>(placeStream, ctx.stream);
    if (g == "street_address")
        return std::make_unique<StreetAddressGenerator>(ctx.stream);
    const auto field = g == "city"      ? PlaceGenerator::Field::City
                       : g == "region"  ? PlaceGenerator::Field::Region
                       : g == "country" ? PlaceGenerator::Field::Country
                                        : PlaceGenerator::Field::CountryCode;
    return std::make_unique<PlaceGenerator>(placeStream, field);
}

}  // namespace ss::seed
