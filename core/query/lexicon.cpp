#include "core/query/lexicon.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <utility>

namespace ss::query {

namespace {

// Abbreviations schemas use for words a question spells out. Only unambiguous ones: "inv" (invoice or
// inventory) and "curr" (current or currency) are left alone.
const std::map<std::string, std::vector<std::string>, std::less<>>& abbreviations()
{
    static const std::map<std::string, std::vector<std::string>, std::less<>> table = {
        {"qty", {"quantity"}},     {"amt", {"amount"}},       {"acct", {"account"}},     {"mkt", {"market"}},
        {"cust", {"customer"}},    {"nbr", {"number"}},       {"num", {"number"}},       {"desc", {"description"}},
        {"addr", {"address"}},     {"dt", {"date"}},          {"ts", {"timestamp"}},     {"cnt", {"count"}},
        {"pct", {"percent"}},      {"avg", {"average"}},      {"prod", {"product"}},     {"cat", {"category"}},
        {"dept", {"department"}},  {"emp", {"employee"}},     {"mgr", {"manager"}},      {"org", {"organization"}},
        {"txn", {"transaction"}},  {"trx", {"transaction"}},  {"qtr", {"quarter"}},      {"yr", {"year"}},
        {"tot", {"total"}},        {"bal", {"balance"}},      {"ccy", {"currency"}},     {"ctry", {"country"}},
        {"cntry", {"country"}},    {"grp", {"group"}},        {"seq", {"sequence"}},     {"ref", {"reference"}},
        {"pmt", {"payment"}},      {"pymt", {"payment"}},     {"prc", {"price"}},        {"val", {"value"}},
        {"lvl", {"level"}},        {"sts", {"status"}},       {"usr", {"user"}},         {"msg", {"message"}},
        {"svc", {"service"}},      {"loc", {"location"}},     {"dob", {"date", "of", "birth"}},
        {"supp", {"supplier"}},    {"qtys", {"quantity"}},    {"disc", {"discount"}},    {"ext", {"extended"}},
        {"tel", {"telephone"}},    {"src", {"source"}},       {"dst", {"destination"}},  {"dest", {"destination"}},
        {"cre", {"created"}},      {"upd", {"updated"}},      {"info", {"information"}}, {"no", {"number"}},
        {"cty", {"city"}},
    };
    return table;
}

// Plural forms English makes irregularly, and words whose final s is not a plural.
std::string singular(std::string word)
{
    static const std::map<std::string, std::string, std::less<>> irregular = {
        {"people", "person"}, {"children", "child"}, {"men", "man"}, {"women", "woman"}, {"data", "data"},
        {"criteria", "criterion"}, {"indices", "index"}, {"statuses", "status"}, {"analyses", "analysis"},
        {"series", "series"}, {"news", "news"}, {"species", "species"}, {"does", "does"},
        {"always", "always"}, {"perhaps", "perhaps"}, {"whereas", "whereas"}, {"less", "less"}, {"unless", "unless"},
    };
    if (auto it = irregular.find(word); it != irregular.end())
        return it->second;
    if (word.size() <= 3)  // has, was, its, yes: too short to tell a plural from a word ending in s
        return word;
    const auto ends = [&](std::string_view tail) {
        return word.size() > tail.size() + 1 && word.compare(word.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (ends("ies"))
        return word.substr(0, word.size() - 3) + "y";
    if (ends("sses") || ends("xes") || ends("ches") || ends("shes") || ends("zes"))
        return word.substr(0, word.size() - 2);
    if (ends("s") && !ends("ss") && !ends("us") && !ends("is") && !ends("os"))
        return word.substr(0, word.size() - 1);
    return word;
}

// Splits at underscores, spaces, hyphens, digits-to-letters and lower-to-upper case changes ("HTTPServer"
// -> http, server).
std::vector<std::string> rawWords(std::string_view name)
{
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty())
            words.push_back(word);
        word.clear();
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (!std::isalnum(c)) {
            flush();
            continue;
        }
        if (!word.empty()) {
            const auto prev = static_cast<unsigned char>(name[i - 1]);
            const bool next_lower = i + 1 < name.size() && std::islower(static_cast<unsigned char>(name[i + 1]));
            if ((std::isupper(c) && std::islower(prev)) || (std::isupper(c) && std::isupper(prev) && next_lower)
                || (std::isdigit(c) != 0) != (std::isdigit(prev) != 0))
                flush();
        }
        word += static_cast<char>(std::tolower(c));
    }
    flush();
    return words;
}

// "mktsegment" -> {"market", "segment"}: an abbreviation glued to the front of a longer word.
std::vector<std::string> spelledOut(const std::string& word)
{
    const auto& table = abbreviations();
    if (auto it = table.find(word); it != table.end())
        return it->second;
    // Only an abbreviation without a vowel is split off: no English word starts with "mkt" or "qty", while
    // "prod" or "desc" begin ordinary words (products, description).
    for (std::size_t cut = 2; cut + 3 <= word.size() && cut <= 5; ++cut) {
        const std::string_view head = std::string_view(word).substr(0, cut);
        auto it = table.find(head);
        if (it == table.end() || head.find_first_of("aeiou") != std::string_view::npos)
            continue;
        std::vector<std::string> out = it->second;
        out.push_back(singular(word.substr(cut)));
        return out;
    }
    return {singular(word)};
}

}  // namespace

std::string spokenName(std::string_view name)
{
    return joinWords(rawWords(name));
}

std::string normalWord(std::string_view word)
{
    std::string lower;
    for (const char c : word)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // Abbreviations that are also words a question uses as words stay as they are there.
    static constexpr std::array<std::string_view, 6> plainWords = {"no", "cat", "ext", "disc", "val", "info"};
    const auto& table = abbreviations();
    if (auto it = table.find(lower); it != table.end() && it->second.size() == 1
        && std::find(plainWords.begin(), plainWords.end(), lower) == plainWords.end())
        return it->second.front();
    return singular(lower);
}

std::vector<std::string> nameWords(std::string_view name, std::string_view tablePrefix)
{
    std::vector<std::string> raw = rawWords(name);
    if (!tablePrefix.empty() && raw.size() > 1 && raw.front() == tablePrefix)
        raw.erase(raw.begin());
    std::vector<std::string> words;
    for (const std::string& word : raw)
        for (std::string& spelled : spelledOut(word))
            words.push_back(std::move(spelled));
    return words;
}

std::string commonColumnPrefix(const std::vector<std::string>& columnNames)
{
    if (columnNames.size() < 2)
        return {};
    std::map<std::string, int> counts;
    for (const std::string& name : columnNames) {
        const std::size_t underscore = name.find('_');
        if (underscore != std::string::npos && underscore >= 1 && underscore <= 2)
            ++counts[normalWord(name.substr(0, underscore))];
    }
    for (const auto& [prefix, count] : counts)
        if (count * 5 >= static_cast<int>(columnNames.size()) * 4)
            return prefix;
    return {};
}

bool isTableKindWord(std::string_view word)
{
    static constexpr std::array<std::string_view, 8> kinds = {"dim", "fact", "fct", "tbl", "stg", "dimension", "ft", "dw"};
    return std::find(kinds.begin(), kinds.end(), word) != kinds.end();
}

std::string pluralWords(const std::vector<std::string>& words)
{
    std::string text = joinWords(words);
    if (text.empty())
        return text;
    static const std::pair<const char*, const char*> irregular[] = {
        {"person", "people"}, {"child", "children"}, {"man", "men"}, {"woman", "women"}};
    for (const auto& [singular, plural] : irregular) {
        const std::string_view word = singular;
        if (text == word || (text.size() > word.size() && text.ends_with(word) && text[text.size() - word.size() - 1] == ' '))
            return text.substr(0, text.size() - word.size()) + plural;
    }
    if (text.size() > 1 && text.back() == 'y' && std::string("aeiou").find(text[text.size() - 2]) == std::string::npos)
        return text.substr(0, text.size() - 1) + "ies";
    if (text.back() == 's' || text.back() == 'x' || (text.size() > 1 && text.substr(text.size() - 2) == "ch"))
        return text + "es";
    return text + "s";
}

std::string joinWords(const std::vector<std::string>& words, std::string_view separator)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i)
            out += separator;
        out += words[i];
    }
    return out;
}

}  // namespace ss::query
