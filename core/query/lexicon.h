#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ss::query {

// The words a name stands for, as a question would say them: split at underscores, digits and camelCase
// ("BillingCountry" -> billing country), common abbreviations spelled out (qty -> quantity, and glued to a
// word: mktsegment -> market segment), each word in its singular form. `tablePrefix` ("c" of c_mktsegment) is
// left out when the name starts with it.
std::vector<std::string> nameWords(std::string_view name, std::string_view tablePrefix = {});

// A name as a person would say it, word for word and nothing spelled out: "days_past_due" -> "days past due",
// "BillingCountry" -> "billing country".
std::string spokenName(std::string_view name);

// One word of a question as the lexicon keeps it: lower case, abbreviation spelled out, singular.
std::string normalWord(std::string_view word);

// The short prefix every (or nearly every) column of a table starts with, TPC-H style ("c" for c_name,
// c_address, ...): empty when there is none.
std::string commonColumnPrefix(const std::vector<std::string>& columnNames);

// The table-kind prefixes warehouses put before a table's subject (dim_, fact_, fct_, tbl_, ...): true for those
// words, which a table's words leave out.
bool isTableKindWord(std::string_view word);

// Words joined with spaces, the last made plural as English does it for a table's name ("risk ratings",
// "companies", "branches").
std::string pluralWords(const std::vector<std::string>& words);

std::string joinWords(const std::vector<std::string>& words, std::string_view separator = " ");

}  // namespace ss::query
