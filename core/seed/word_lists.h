#pragma once

#include <string>
#include <vector>

namespace ss::seed {

struct Place {
    std::string city;
    std::string region;
    std::string country;
    std::string countryCode;
    std::string diallingCode;
};

// The bundled word lists (resources/wordlists), read once from the compiled-in resource.
struct WordLists {
    std::vector<std::string> firstNames;
    std::vector<std::string> lastNames;
    std::vector<Place> places;
    std::vector<std::string> streets;
    std::vector<std::string> streetTypes;
    std::vector<std::string> companyWords;
    std::vector<std::string> companySuffixes;
    std::vector<std::string> productAdjectives;
    std::vector<std::string> productNouns;
    std::vector<std::string> words;
    std::vector<std::string> industries;
    std::vector<std::string> emailDomains;
    std::string missing;  // the lists this build lacks; empty when all are there

    bool ok() const { return missing.empty(); }
};

// Thread-safe; loaded on first use.
const WordLists& wordLists();

}  // namespace ss::seed
