#pragma once

#include "core/seed/seed_profile.h"
#include "core/spec/diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace ss::seed {

struct ProfileLoadResult {
    SeedProfile profile;                  // what could be read, even when there are errors
    std::vector<Diagnostic> diagnostics;  // located in the profile file

    bool ok() const { return !hasErrors(diagnostics); }
};

constexpr std::size_t kMaxProfileBytes = 8u * 1024u * 1024u;

// Reads a seeding profile. Checks everything that needs no schema: YAML shape, generator names, parameters each
// generator reads, numbers, dates and patterns. Whether tables and columns exist is checked when seeding is
// planned against a spec (seed_plan.h). Never throws.
ProfileLoadResult loadSeedProfileYaml(std::string_view text);
ProfileLoadResult loadSeedProfileFile(const std::string& path);

}  // namespace ss::seed
