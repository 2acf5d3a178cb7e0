#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

namespace ss::evolve {

// What one attribute value is, decided by the detectors below in a fixed order.
enum class ValueKind { Null, Boolean, Integer, Decimal, Date, Timestamp, Text, Object, Array };
constexpr int kValueKinds = 9;
const char* toString(ValueKind kind);  // "null", "boolean", "integer", ...

// One value read: its kind and the facts a column type needs.
struct ValueReading {
    ValueKind kind = ValueKind::Null;
    const char* detector = "";  // the detector that decided it ("iso_timestamp", "written_date", "json_number"...)
    int integerDigits = 0;      // numbers: digits before the point
    int scale = 0;              // decimals: digits after the point
    bool exponent = false;      // a number written with an exponent: no exact decimal type holds it
    int length = 0;             // text: characters
    std::string text;           // a scalar as a column would hold it (dates in ISO 8601); empty otherwise
};

// A detector for text values that mean more than text: it recognises a string and writes its canonical form.
struct TextDetector {
    const char* name;
    ValueKind kind;
    // Writes the ISO 8601 form of `text` to `canonical` and says whether the detector recognised it.
    bool (*canonical)(std::string_view text, std::string& canonical);
};

// The text detectors in the order they are tried: iso_timestamp, iso_date, written_timestamp, written_date.
// A string none of them recognises is text; strings of digits stay text (codes keep their leading zeros).
const std::vector<TextDetector>& textDetectors();

// Reads one JSON value into `reading` (whose text keeps its capacity: reading millions of values allocates
// nothing per value): null, boolean, integer or decimal (from the number's shortest exact spelling), a string
// through the text detectors, object or array.
void readValue(simdjson::dom::element value, ValueReading& reading);
ValueReading readValue(simdjson::dom::element value);

// A scalar as a key or a label: a string as written, a number or a boolean as readValue spells it; empty for
// null, objects and arrays.
std::string textOf(simdjson::dom::element value);

}  // namespace ss::evolve
