#include "core/seed/random.h"

namespace ss::seed {

namespace {

// FNV-1a over the lower-cased bytes, then a separator so ("ab", "c") and ("a", "bc") differ.
std::uint64_t hashName(std::uint64_t h, std::string_view name)
{
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        h = (h ^ u) * 0x100000001B3ULL;
    }
    return (h ^ 0xFF) * 0x100000001B3ULL;
}

}  // namespace

std::uint64_t streamSeed(std::uint64_t globalSeed, std::string_view table, std::string_view owner)
{
    std::uint64_t h = 0xCBF29CE484222325ULL ^ mix64(globalSeed);
    h = hashName(h, table);
    h = hashName(h, owner);
    return mix64(h);
}

}  // namespace ss::seed
