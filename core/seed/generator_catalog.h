#pragma once

#include "core/seed/seed_profile.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ss::seed {

// Every generator a profile may name, with the parameters it reads. One list serves the profile reader
// (which refuses parameters a generator does not read), the writer and the Seed page's choices.
struct GeneratorInfo {
    const char* name;
    const char* summary;
    std::vector<const char*> params;  // besides the common ones: null_rate, unique, given, cases
    bool canBeUnique;                 // can promise distinct values (with `unique: true`)
};

const std::vector<GeneratorInfo>& generatorCatalog();
const GeneratorInfo* findGenerator(std::string_view name);
bool readsParam(const GeneratorInfo& info, std::string_view key);

// The scalar parameters of a GeneratorSpec by their YAML key, in the order the writer puts them.
struct NumberParam {
    const char* key;
    std::optional<double> GeneratorSpec::*field;
};
struct TextParam {
    const char* key;
    std::string GeneratorSpec::*field;
};
const std::vector<NumberParam>& numberParams();
const std::vector<TextParam>& textParams();

// The spec a case stands for: the column's spec with what the case sets on top; no given or cases.
GeneratorSpec mergeCase(const GeneratorSpec& base, const GeneratorSpec& overrides);

}  // namespace ss::seed
