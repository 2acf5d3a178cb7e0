#pragma once

#include "core/seed/seed_profile.h"

#include <cstdint>
#include <string>

namespace ss::seed {

// The edits the Seed page's form makes to a profile; tables and columns the profile does not list yet are added.

// Gives a table a fixed row count (dropping `per`, which it replaces).
void setTableRows(SeedProfile& profile, const std::string& table, std::int64_t rows);

// Switches a column to another generator, keeping the parameters the new one reads (and the null rate and
// uniqueness where it allows them) and dropping the rest, which it would refuse.
void setColumnGenerator(SeedProfile& profile, const std::string& table, const std::string& column, const std::string& generator);

}  // namespace ss::seed
