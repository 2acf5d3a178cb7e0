#pragma once

#include "core/spec/yaml_loader.h"
#include "support/replaced_once.h"

#include <catch2/catch.hpp>

#include <string>

// Specs used by the plan tests, loaded from the source tree; a spec that does not load fails the test.
inline ss::SchemaModel loadTestSpec(const std::string& relativePath)
{
    // Appending rather than chaining operator+ keeps GCC 12 from a false -Warray-bounds in libstdc++.
    std::string path = SS_SOURCE_DIR;
    path += "/";
    path += relativePath;
    ss::LoadResult r = ss::loadSchemaFile(path);
    INFO(relativePath);
    REQUIRE(r.ok());
    return r.model;
}

inline ss::SchemaModel specFromYaml(const std::string& yaml)
{
    ss::LoadResult r = ss::loadSchemaYaml(yaml);
    INFO(yaml);
    REQUIRE(r.ok());
    return r.model;
}
