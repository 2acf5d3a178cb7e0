#pragma once

#include "core/evolve/value_kinds.h"

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ss::evolve {

// What the values of one attribute of one entity type are, over every entity read (not a sample). Distinct
// values are kept up to kDistinctLimit; past it the set is marked incomplete and stops growing, so memory stays
// bounded however many entities there are.
struct AttributeStats {
    static constexpr std::size_t kDistinctLimit = 20000;
    static constexpr std::size_t kExampleLimit = 5;

    std::string path;  // "name.common" for a member of a nested object
    long long present = 0;
    std::array<long long, kValueKinds> kinds{};  // by ValueKind
    std::array<std::string, kValueKinds> firstOfKind;  // an example of each kind seen (conflicts show them)
    int maxLength = 0;
    int integerDigits = 0;
    int scale = 0;
    bool exponent = false;
    // A hasher of our own: libstdc++ scans small maps keyed by std::hash<std::string> linearly, comparing strings;
    // and a transparent one, so that a value is looked up without being copied.
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>()(text); }
    };
    std::unordered_map<std::string, long long, TextHash, std::equal_to<>> distinct;
    bool distinctComplete = true;
    std::vector<std::string> examples;

    void add(const ValueReading& reading);
    // Adds what `later` read from entities that come after this one's, as if they had been read here in turn.
    void merge(const AttributeStats& later);

    long long count(ValueKind kind) const { return kinds[static_cast<int>(kind)]; }
    long long nonNull() const { return present - count(ValueKind::Null); }
    // Scalar kinds seen (null, object and array aside).
    int scalarKinds() const;
    bool isKeyLike() const;  // every value present, scalar and different from every other
};

}  // namespace ss::evolve
