#include "core/design/column_types.h"

#include <array>
#include <string_view>
#include <utility>

namespace ss::design {

namespace {

bool endsWith(std::string_view s, std::string_view tail) { return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail; }
bool startsWith(std::string_view s, std::string_view head) { return s.substr(0, head.size()) == head; }

}  // namespace

DataType typeForColumn(const std::string& n)
{
    if (n == "country_code" || endsWith(n, "_country_code"))
        return DataType::character(2);
    if (n == "currency_code")
        return DataType::character(3);
    if (startsWith(n, "is_") || startsWith(n, "has_") || n == "restricted" || n == "active")
        return DataType::of(TypeKind::Boolean);
    if (endsWith(n, "_at") || n == "scheduled_departure" || n == "scheduled_arrival" || endsWith(n, "_timestamp"))
        return DataType::of(TypeKind::Timestamp);
    if (endsWith(n, "_time"))
        return DataType::of(TypeKind::Time);
    if (endsWith(n, "_date") || startsWith(n, "date_of_") || n == "date" || n == "birthday")
        return DataType::of(TypeKind::Date);
    if (n == "email" || endsWith(n, "_email"))
        return DataType::varchar(255);
    if (n == "phone" || endsWith(n, "_phone"))
        return DataType::varchar(40);
    if (n == "latitude" || n == "longitude")
        return DataType::decimal(9, 6);
    if (n == "id" || endsWith(n, "_count") || endsWith(n, "_year") || n == "year" || n == "credits" || n == "capacity"
        || n == "quantity" || n == "population" || n == "line_number" || n == "priority" || n == "star_rating"
        || n == "max_occupancy" || endsWith(n, "_minutes") || endsWith(n, "_seconds") || n == "household_size"
        || n == "size_teu" || n == "bedroom_count")
        return DataType::of(TypeKind::Integer);
    for (const std::string_view money : {"amount", "price", "cost", "fee", "salary", "revenue", "balance", "budget"})
        if (n == money || endsWith(n, std::string("_") + std::string(money)))
            return DataType::decimal(18, 2);
    if (endsWith(n, "_rate") || endsWith(n, "_percent") || endsWith(n, "_factor"))
        return DataType::decimal(9, 4);
    for (const std::string_view size : {"_km", "_mw", "_kv", "_m2", "_m3", "_mm", "_hectares", "_m", "_quantity"})
        if (endsWith(n, size))
            return DataType::decimal(14, 3);
    if (n == "description" || n == "notes" || n == "body" || n == "question_text" || n == "address")
        return DataType::of(TypeKind::Text);
    if (endsWith(n, "_id") || endsWith(n, "_code") || endsWith(n, "_number") || endsWith(n, "_reference")
        || endsWith(n, "_tag") || n == "isbn" || n == "isrc" || n == "msisdn" || n == "postcode" || n == "vessel_imo")
        return DataType::varchar(50);
    if (endsWith(n, "_name") || endsWith(n, "_title") || n == "title" || n == "headline" || n == "username")
        return DataType::varchar(200);
    return DataType::varchar(100);
}

}  // namespace ss::design
