#pragma once

#include <QJsonValue>
#include <QString>

#include <string>
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
    QString text;               // a scalar as a column would hold it (dates in ISO 8601); empty otherwise
};

// A detector for text values that mean more than text: it recognises a string and gives its canonical form.
struct TextDetector {
    const char* name;
    ValueKind kind;
    // The ISO 8601 form of `text`, or a null QString when the detector does not recognise it.
    QString (*canonical)(const QString& text);
};

// The text detectors in the order they are tried: iso_timestamp, iso_date, written_timestamp, written_date.
// A string none of them recognises is text; strings of digits stay text (codes keep their leading zeros).
const std::vector<TextDetector>& textDetectors();

// Reads one JSON value: null, boolean, integer or decimal (from the number's shortest exact spelling), a
// string through the text detectors, object or array.
ValueReading readValue(const QJsonValue& value);

}  // namespace ss::evolve
