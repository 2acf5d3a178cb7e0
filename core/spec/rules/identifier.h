#pragma once

#include <string>
#include <string_view>

namespace ss::rules {

// PostgreSQL silently truncates longer identifiers (NAMEDATALEN - 1); MySQL refuses more than 64.
constexpr std::size_t kMaxIdentifierBytes = 63;

// Why a name cannot be used as an SQL identifier on every dialect (empty, quote, semicolon, control
// character, too long), or an empty string when it can.
std::string invalidNameReason(std::string_view name);

bool isControlCharacter(unsigned char c);

// Lower-case letters, digits and underscores, starting with a letter.
bool isSnakeCase(std::string_view name);

// "CustomerID" -> "customer_id", "Order Date" -> "order_date": the name a naming hint suggests.
std::string toSnakeCase(std::string_view name);

}  // namespace ss::rules
