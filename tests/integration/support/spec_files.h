#pragma once

#include "core/spec/yaml_loader.h"

#include <catch2/catch.hpp>

#include <string>

// A spec of the repository (schema_specs/...), which must load without errors.
inline ss::SchemaModel loadSpec(const std::string& relativePath)
{
    ss::LoadResult r = ss::loadSchemaFile(std::string(SS_SOURCE_DIR) + "/" + relativePath);
    REQUIRE(r.ok());
    return r.model;
}
