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
    profile.observe(entity.attributes);
    profile.noteName(entity.name);
    profile.withKey += entity.key.empty() ? 0 : 1;
    profile.withTimestamp += entity.timestamp.empty() ? 0 : 1;
    if (!entity.group.empty() && it->second < kTypeLimit)
        m_groups[entity.group] |= std::uint64_t(1) << it->second;
}

const TypeProfile* CollectionProfile::findType(const std::string& type) const
{
    const auto it = m_index.find(type);
    return it == m_index.end() ? nullptr : &m_types[it->second];
}

}  // namespace ss::evolve
