#include "core/evolve/collection_profile.h"

namespace ss::evolve {

void CollectionProfile::add(const Entity& entity)
{
    ++m_entities;
    auto [it, inserted] = m_index.try_emplace(entity.type, m_types.size());
    if (inserted) {
        m_types.emplace_back();
        m_types.back().type = entity.type;
    }
    TypeProfile& profile = m_types[it->second];
    profile.observe(entity.attributes, entity.omitted);
    profile.noteName(entity.name);
    profile.withKey += entity.key.empty() ? 0 : 1;
    profile.withTimestamp += entity.timestamp.empty() ? 0 : 1;
    if (!entity.group.empty() && it->second < kTypeLimit)
        m_groups[entity.group] |= std::uint64_t(1) << it->second;
}

void CollectionProfile::merge(const CollectionProfile& later)
{
    m_entities += later.m_entities;
    std::vector<std::size_t> index(later.m_types.size());
    for (std::size_t i = 0; i < later.m_types.size(); ++i) {
        const TypeProfile& type = later.m_types[i];
        auto [it, inserted] = m_index.try_emplace(type.type, m_types.size());
        if (inserted) {
            m_types.emplace_back();
            m_types.back().type = type.type;
        }
        index[i] = it->second;
        m_types[it->second].merge(type);
    }
    for (const auto& [group, mask] : later.m_groups) {
        std::uint64_t mapped = 0;
        for (std::size_t i = 0; i < index.size() && i < kTypeLimit; ++i)
            if ((mask >> i & 1) && index[i] < kTypeLimit)
                mapped |= std::uint64_t(1) << index[i];
        if (mapped)
            m_groups[group] |= mapped;
    }
}

const TypeProfile* CollectionProfile::findType(const std::string& type) const
{
    const auto it = m_index.find(type);
    return it == m_index.end() ? nullptr : &m_types[it->second];
}

}  // namespace ss::evolve
