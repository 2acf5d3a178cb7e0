#pragma once

#include "core/evolve/entity.h"
#include "core/evolve/type_profile.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace ss::evolve {

// The profile of every entity read, by type, and which types each document (group) mentions. Entity types are
// kept in the order they were first seen; the first kTypeLimit types take part in co-occurrence.
class CollectionProfile {
public:
    static constexpr std::size_t kTypeLimit = 64;

    void add(const Entity& entity);
    // Adds the profile of entities read after this one's (another part of the same file, read beside it): the
    // outcome is the same as reading them here in turn.
    void merge(const CollectionProfile& later);

    long long entities() const { return m_entities; }
    const std::vector<TypeProfile>& types() const { return m_types; }
    const TypeProfile* findType(const std::string& type) const;
    // For every group: the types it mentions, one bit per index into types().
    const std::unordered_map<std::string, std::uint64_t>& groups() const { return m_groups; }

private:
    long long m_entities = 0;
    std::vector<TypeProfile> m_types;
    std::unordered_map<std::string, std::size_t> m_index;
    std::unordered_map<std::string, std::uint64_t> m_groups;
};

}  // namespace ss::evolve
