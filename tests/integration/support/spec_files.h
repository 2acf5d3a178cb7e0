#pragma once

#include "core/spec/yaml_loader.h"

#include <catch2/catch.hpp>

#include <string>

// A spec of the repository (schema_specs/...), which must load without errors.
inline ss::SchemaModel loadSpec(const std::string& relativePath)
{
    std::string path = SS_SOURCE_DIR;
    path += '/';
    path += relativePath;
    ss::LoadResult r = ss::loadSchemaFile(path);
    REQUIRE(r.ok());
    return r.model;
}
