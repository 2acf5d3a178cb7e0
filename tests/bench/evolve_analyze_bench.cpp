// Analysing 1M NDJSON entities of about 20 attributes (streamed) beside DuckDB's read_json_auto inferring the
// same file's schema from every record (sample_size = -1), in the same run. Our side does more (coverage,
// distinct values, references, proposals with SQL); DuckDB's reads with all cores. Reports each side's time and
// our peak memory, measured before DuckDB runs in the process.
#include "core/evolve/analysis.h"
#include "support/process_memory.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <duckdb.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

namespace {

constexpr long long kEntities = 1'000'000;

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "evolve_analyze_bench: %s\n", what.c_str());
    std::exit(1);
}

// Deterministic records: people and orders with nested objects, arrays, dates, decimals, booleans, categories,
// a reference (order.customer -> person.email) and a field whose type is mixed.
void writeEntities(const std::string& path)
{
    std::ofstream out(path);
    const char* cities[] = {"Lisbon", "Oslo", "Lima", "Osaka", "Perth", "Accra", "Quito", "Turku"};
    const char* statuses[] = {"open", "paid", "shipped", "returned"};
    unsigned long long x = 42;
    const auto next = [&x] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    for (long long i = 0; i < kEntities; ++i) {
        const unsigned long long r = next();
        if (i % 4 == 0) {
            out << "{\"type\":\"person\",\"id\":" << i << ",\"email\":\"p" << i << "@example.org\",\"name\":\"Person " << i
                << "\",\"age\":" << 18 + r % 70 << ",\"vip\":" << (r % 9 == 0 ? "true" : "false") << ",\"joined\":\"20"
                << 10 + r % 14 << "-0" << 1 + r % 9 << "-1" << r % 9 << "\",\"address\":{\"city\":\"" << cities[r % 8]
                << "\",\"zip\":\"" << 10000 + r % 89999 << "\",\"geo\":{\"lat\":" << double(r % 18000) / 100.0 - 90
                << ",\"lon\":" << double(r % 36000) / 100.0 - 180 << "}},\"tags\":[\"t" << r % 30 << "\",\"t" << r % 7
                << "\"],\"score\":" << double(r % 10000) / 100.0;
            if (r % 3)
                out << ",\"phone\":\"+1 555 " << 1000000 + r % 8999999 << "\"";
            out << ",\"nickname\":\"n" << r % 5000 << "\",\"locale\":\"" << (r % 2 ? "en" : "pt") << "\",\"newsletter\":"
                << (r % 2 ? "true" : "false") << ",\"visits\":" << r % 400 << "}\n";
        } else {
            out << "{\"type\":\"order\",\"id\":" << i << ",\"customer\":\"p" << (i / 4) * 4 << "@example.org\",\"status\":\""
                << statuses[r % 4] << "\",\"total\":" << double(r % 100000) / 100.0 << ",\"placed\":\"2024-0" << 1 + r % 9
                << "-1" << r % 9 << "T1" << r % 10 << ":00:00Z\",\"items\":[{\"sku\":\"S" << r % 900 << "\",\"qty\":"
                << 1 + r % 5 << "}],\"shipping\":{\"method\":\"" << (r % 3 ? "post" : "courier") << "\",\"cost\":"
                << double(r % 2000) / 100.0 << "},\"gift\":" << (r % 11 == 0 ? "true" : "false") << ",\"coupon\":"
                << (r % 13 == 0 ? "\"NONE\"" : std::to_string(r % 50)) << ",\"channel\":\"" << (r % 2 ? "web" : "app")
                << "\",\"notes\":\"order " << i << "\",\"weight\":" << double(r % 5000) / 10.0 << ",\"priority\":" << r % 3
                << ",\"warehouse\":\"W" << r % 12 << "\",\"currency\":\"EUR\"}\n";
        }
    }
}


double seconds(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double duckdbInference(const std::string& path, long long& columns)
{
    duckdb_database db;
    duckdb_connection connection;
    if (duckdb_open(nullptr, &db) != DuckDBSuccess || duckdb_connect(db, &connection) != DuckDBSuccess)
        fail("DuckDB does not open");
    const std::string sql = "DESCRIBE SELECT * FROM read_json_auto('" + path + "', format = 'newline_delimited', sample_size = -1)";
    duckdb_result result;
    const auto start = std::chrono::steady_clock::now();
    if (duckdb_query(connection, sql.c_str(), &result) != DuckDBSuccess)
        fail(std::string("DuckDB: ") + duckdb_result_error(&result));
    const double took = seconds(start);
    columns = static_cast<long long>(duckdb_row_count(&result));
    duckdb_destroy_result(&result);
    duckdb_disconnect(&connection);
    duckdb_close(&db);
    return took;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("entities.ndjson")).toStdString();
    writeEntities(path);
    const double megabytes = double(QFile(QString::fromStdString(path)).size()) / 1e6;
    std::printf("evolve_analyze_bench: %lld entities, %.0f MB of NDJSON\n", kEntities, megabytes);

    ss::evolve::EntitySources sources;
    sources.files.push_back({path, {}, "type"});
    const auto start = std::chrono::steady_clock::now();
    const ss::evolve::AnalysisResult result = ss::evolve::analyze(sources, nullptr, {}, {});
    const double ours = seconds(start);
    if (!result.ok())
        fail(result.error);
    const long peak = bench::peakKiB(QCoreApplication::applicationPid());
    long long columns = 0;
    const double duckdb = duckdbInference(path, columns);
    std::printf("  ours:   %6.2f s  (%.0f entities/s, %zu patterns, %zu proposals), peak %ld KiB\n", ours, kEntities / ours,
                result.patterns.size(), result.proposals.size(), peak);
    std::printf("  DuckDB: %6.2f s  read_json_auto, sample_size = -1 (%lld columns inferred)\n", duckdb, columns);
    std::printf("  ratio:  %.2fx DuckDB's time\n", ours / duckdb);
    return 0;
}
