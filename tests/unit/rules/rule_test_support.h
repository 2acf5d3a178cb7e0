#pragma once

#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ss::test {

// Loads a spec that must be free of loader diagnostics and validates it.
inline std::vector<Diagnostic> validateYaml(std::string_view yaml, ValidationOptions options = {})
{
    const LoadResult loaded = loadSchemaYaml(yaml);
    INFO("loader: " << (loaded.diagnostics.empty() ? std::string() : loaded.diagnostics.front().message));
    REQUIRE(loaded.diagnostics.empty());
    return validate(loaded.model, options);
}

inline std::vector<Diagnostic> ofRule(const std::vector<Diagnostic>& diagnostics, std::string_view ruleId)
{
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : diagnostics)
        if (d.ruleId == ruleId)
            out.push_back(d);
    return out;
}

// Every diagnostic as "line:col severity [rule] message", so a failing check shows what was found.
inline std::string describe(const std::vector<Diagnostic>& diagnostics)
{
    std::string out;
    for (const Diagnostic& d : diagnostics)
        out += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + " " + toString(d.severity) + " ["
            + d.ruleId + "] " + d.message + "\n";
    return out;
}

// The spec produces exactly one diagnostic of `ruleId`, with this severity and location; returns it.
inline Diagnostic requireSingle(std::string_view yaml, std::string_view ruleId, Severity severity, int line, int column)
{
    const std::vector<Diagnostic> all = validateYaml(yaml);
    INFO(describe(all));
    const std::vector<Diagnostic> found = ofRule(all, ruleId);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == severity);
    CHECK(found[0].loc.line == line);
    CHECK(found[0].loc.column == column);
    CHECK_FALSE(found[0].message.empty());
    CHECK_FALSE(found[0].hint.empty());
    return found[0];
}

// The spec validates without a single diagnostic, even in strict mode.
inline void requireClean(std::string_view yaml)
{
    const std::vector<Diagnostic> all = validateYaml(yaml, ValidationOptions{true});
    INFO(describe(all));
    CHECK(all.empty());
}

}  // namespace ss::test
