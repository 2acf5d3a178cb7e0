#pragma once

#include "core/db/duckdb/duckdb_sql_driver.h"

#include <QString>
#include <QtGlobal>

#include <catch2/catch.hpp>

// A test that needs DuckDB: in a build without it the test fails under CI=true (the test command requires
// DuckDB) and is skipped with a warning elsewhere. Returns whether the test can go on.
inline bool duckDbAvailableForTest()
{
    if (ss::duckDbBuiltIn())
        return true;
    if (qEnvironmentVariable("CI") == QLatin1String("true"))
        FAIL("this build has no DuckDB and CI=true requires it: run packaging/fetch-duckdb.sh and configure again");
    WARN("skipped: this build has no DuckDB (packaging/fetch-duckdb.sh fetches it)");
    return false;
}
