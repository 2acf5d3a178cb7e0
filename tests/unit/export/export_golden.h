#pragma once

#include "core/util/atomic_file.h"

#include <QtGlobal>

#include <catch2/catch.hpp>

#include <string>

// Compares a generated artifact with its golden file; SS_UPDATE_GOLDEN=1 rewrites the file instead (review the diff).
inline void checkExportGolden(const std::string& name, const std::string& actual)
{
    const std::string file = std::string(SS_SOURCE_DIR) + "/tests/unit/export/golden/" + name;
    INFO(file);
    if (qEnvironmentVariableIsSet("SS_UPDATE_GOLDEN")) {
        REQUIRE(ss::writeFileAtomically(file, actual).empty());
        return;
    }
    std::string expected;
    std::string error;
    REQUIRE(ss::readWholeFile(file, expected, error, 1u << 24));
    CHECK(actual == expected);
}
