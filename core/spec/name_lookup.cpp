#include "core/spec/name_lookup.h"

namespace ss {

void NameIndex::reserve(std::size_t count)
{
    exact_.reserve(count);
    folded_.reserve(count);
}

void NameIndex::add(std::string_view name, std::size_t position)
{
    if (!exact_.emplace(std::string(name), position).second)
        return;
    const auto [it, fresh] = folded_.emplace(toLower(name), position);
    if (!fresh)
        it->second = kAmbiguous;
}

std::optional<std::size_t> NameIndex::find(std::string_view name) const
{
    if (const auto it = exact_.find(std::string(name)); it != exact_.end())
        return it->second;
    const auto it = folded_.find(toLower(name));
    if (it == folded_.end() || it->second == kAmbiguous)
        return std::nullopt;
    return it->second;
}

}  // namespace ss
