#pragma once

#include "core/spec/schema_model.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ss {

// How the model resolves a name: the exact name first, else the one name that matches it ignoring case.
// PostgreSQL keeps "Users" and users apart, so both stay reachable by their exact names, while a spec that
// writes dim_company for Dim_Company still finds it; a spelling that matches two names ignoring case (USERS
// beside "Users" and users) finds neither rather than an arbitrary one.
class NameIndex {
public:
    void reserve(std::size_t count);
    // Records `name` at `position`; the first of two exact duplicates wins.
    void add(std::string_view name, std::size_t position);
    std::optional<std::size_t> find(std::string_view name) const;

private:
    static constexpr std::size_t kAmbiguous = static_cast<std::size_t>(-1);
    std::unordered_map<std::string, std::size_t> exact_;
    std::unordered_map<std::string, std::size_t> folded_;
};

// The same resolution over the items of a list that `among` accepts, by scanning: for the short lists of one
// table, or the tables of one schema.
template <typename Range, typename Name, typename Among>
auto findByName(Range& range, std::string_view name, Name nameOf, Among among) -> decltype(&*range.begin())
{
    decltype(&*range.begin()) folded = nullptr;
    bool ambiguous = false;
    for (auto& item : range) {
        if (!among(item))
            continue;
        const std::string_view itemName = nameOf(item);
        if (itemName == name)
            return &item;
        if (equalsIgnoreCase(itemName, name)) {
            ambiguous = folded != nullptr;
            folded = &item;
        }
    }
    return ambiguous ? nullptr : folded;
}

template <typename Range, typename Name>
auto findByName(Range& range, std::string_view name, Name nameOf) -> decltype(&*range.begin())
{
    return findByName(range, name, nameOf, [](const auto&) { return true; });
}

template <typename Range>
auto findByName(Range& range, std::string_view name) -> decltype(&*range.begin())
{
    return findByName(range, name, [](const auto& item) -> std::string_view { return item.name; });
}

}  // namespace ss
