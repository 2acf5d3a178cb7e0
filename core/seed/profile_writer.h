#pragma once

#include "core/seed/seed_profile.h"

#include <string>

namespace ss::seed {

// The canonical text of a profile: tables and columns in their order, parameters in a fixed order, one column
// per line in flow style unless it has cases. loadSeedProfileYaml(saveSeedProfile(p)).profile == p.
std::string saveSeedProfile(const SeedProfile& profile);

// Writes the canonical text atomically; returns an empty string on success, else why it failed.
std::string saveSeedProfileFile(const std::string& path, const SeedProfile& profile);

}  // namespace ss::seed
