#pragma once

#include "core/evolve/value_kinds.h"

#include <absl/container/flat_hash_map.h>

#include <array>
#include <string>
#include <string_view>
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
    // Looked up for nearly every value read: Abseil's open-addressing map finds a value in one probe of contiguous
    // memory where std::unordered_map follows a node per entry (the 1M-entity analysis: 3.6 s -> 2.4 s).
    absl::flat_hash_map<std::string, long long> distinct;
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
