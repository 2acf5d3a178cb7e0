// Prints the version of the DuckDB library it runs against: DuckDB.cmake compares it with the header's.
#include <duckdb.h>
#include <cstdio>

int main()
{
    std::printf("%s", duckdb_library_version());
    return 0;
}
