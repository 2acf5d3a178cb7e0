#pragma once

#include <string>
#include <string_view>

namespace ss::rules {

// Dialects, as bits, that reserve a word.
enum ReservingDialect : unsigned { kSqlite = 1u, kPostgres = 2u, kMysql = 4u };

// Which dialects reserve `word` (case-insensitive); 0 when none does.
unsigned reservingDialects(std::string_view word);

// "SQLite, PostgreSQL and MySQL".
std::string dialectNames(unsigned dialects);

}  // namespace ss::rules
