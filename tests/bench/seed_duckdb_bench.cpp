// Seeding DuckDB end to end: the 6-column fact (1M rows) generated and loaded by the DuckDB bulk loader (the
// Appender), beside a minimal loop that appends the same rows, computed beforehand, through the C API's Appender
// in one transaction: the fastest way in that DuckDB documents for row-at-a-time producers. Then the same with
// two secondary indexes on the fact: the loader appends with them in place, the reference takes the restore
// path (rows into the bare table, then CREATE INDEX, in the same transaction).
#include "support/seed_fact.h"

#include "core/seed/load/seed_run.h"
#include "core/seed/table_producer.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <duckdb.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

constexpr long long kRows = 1'000'000;

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "seed_duckdb_bench: %s\n", what.c_str());
    std::exit(1);
}

// Seeds the plan into a new file; returns the fact table's seconds (generation and loading).
double seedFact(const ss::seed::SeedPlan& plan, const std::string& path)
{
    return bench::seedNewDatabase(plan, "duckdb://" + path).tables[bench::factTableIndex(plan)].seconds;
}

// The fact's rows as the reference appends them, computed before its clock starts.
struct PrecomputedRows {
    std::vector<long long> dateKey, customerKey, quantity;
    std::vector<std::int32_t> soldOn;  // days since 1970-01-01, DuckDB's own unit
    std::vector<double> amount;
    std::string text;                   // order_id of every row, back to back
    std::vector<std::uint32_t> offsets; // where each order_id starts; then the end
};

PrecomputedRows precompute(const ss::seed::SeedPlan& plan)
{
    PrecomputedRows rows;
    ss::seed::TableProducer producer(plan, bench::factTableIndex(plan));
    ss::seed::RowBatch batch = producer.makeBatch();
    while (std::size_t n = producer.nextBatch(batch, 10'000)) {
        for (std::size_t r = 0; r < n; ++r) {
            rows.dateKey.push_back(batch.columns[0].ints[r]);
            rows.customerKey.push_back(batch.columns[1].ints[r]);
            rows.offsets.push_back(static_cast<std::uint32_t>(rows.text.size()));
            rows.text += batch.columns[2].text(r);
            rows.soldOn.push_back(static_cast<std::int32_t>(batch.columns[3].ints[r]));
            rows.amount.push_back(static_cast<double>(batch.columns[4].ints[r]) / 100.0);
            rows.quantity.push_back(batch.columns[5].ints[r]);
        }
    }
    rows.offsets.push_back(static_cast<std::uint32_t>(rows.text.size()));
    return rows;
}

void check(duckdb_state state, const char* what)
{
    if (state == DuckDBError)
        fail(what);
}

// The reference: one connection, one transaction, one Appender, every value appended by its C type. The schema is
// the one the loader fills (its dimensions' rows included), so both sides check the same foreign keys.
const char* const kIndexes[] = {"CREATE INDEX fact_sale_customer ON fact_sale (customer_key)",
                                "CREATE INDEX fact_sale_sold_on ON fact_sale (sold_on)"};

void exec(duckdb_connection connection, const char* sql)
{
    duckdb_result result;
    if (duckdb_query(connection, sql, &result) == DuckDBError)
        fail(std::string(sql) + ": " + duckdb_result_error(&result));
    duckdb_destroy_result(&result);
}

double referenceLoop(const ss::seed::SeedPlan& plan, const PrecomputedRows& rows, const std::string& path,
                     bool indexesAfter = false)
{
    {
        ss::seed::SeedPlan dimensionsOnly = plan;
        dimensionsOnly.tables.erase(dimensionsOnly.tables.begin() + static_cast<long>(bench::factTableIndex(plan)));
        bench::seedNewDatabase(dimensionsOnly, "duckdb://" + path);
    }
    duckdb_database db = nullptr;
    duckdb_connection connection = nullptr;
    check(duckdb_open(path.c_str(), &db), "open");
    check(duckdb_connect(db, &connection), "connect");
    const auto start = std::chrono::steady_clock::now();
    duckdb_result result;
    check(duckdb_query(connection, "BEGIN TRANSACTION", &result), "begin");
    duckdb_destroy_result(&result);
    duckdb_appender appender = nullptr;
    check(duckdb_appender_create(connection, nullptr, "fact_sale", &appender), "appender");
    const std::size_t total = rows.dateKey.size();
    for (std::size_t r = 0; r < total; ++r) {
        duckdb_append_int64(appender, rows.dateKey[r]);
        duckdb_append_int64(appender, rows.customerKey[r]);
        duckdb_append_varchar_length(appender, rows.text.data() + rows.offsets[r], rows.offsets[r + 1] - rows.offsets[r]);
        duckdb_append_date(appender, duckdb_date{rows.soldOn[r]});
        duckdb_append_double(appender, rows.amount[r]);
        duckdb_append_int64(appender, rows.quantity[r]);
        if (duckdb_appender_end_row(appender) == DuckDBError)
            fail(std::string("append: ") + duckdb_appender_error(appender));
    }
    if (duckdb_appender_flush(appender) == DuckDBError)
        fail(std::string("flush: ") + duckdb_appender_error(appender));
    duckdb_appender_destroy(&appender);
    if (indexesAfter)
        for (const char* sql : kIndexes)
            exec(connection, sql);
    check(duckdb_query(connection, "COMMIT", &result), "commit");
    duckdb_destroy_result(&result);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    duckdb_disconnect(&connection);
    duckdb_close(&db);
    return seconds;
}

// The loader into a fact that has the secondary indexes before its rows.
double seedIndexedFact(const ss::seed::SeedPlan& plan, const std::string& path)
{
    bench::createFactDatabase("duckdb://" + path);
    {
        duckdb_database db = nullptr;
        duckdb_connection connection = nullptr;
        check(duckdb_open(path.c_str(), &db), "open");
        check(duckdb_connect(db, &connection), "connect");
        for (const char* sql : kIndexes)
            exec(connection, sql);
        duckdb_disconnect(&connection);
        duckdb_close(&db);
    }
    return bench::seedDatabaseAt(plan, "duckdb://" + path).tables[bench::factTableIndex(plan)].seconds;
}

double median(std::vector<double> xs)
{
    std::sort(xs.begin(), xs.end());
    return xs[xs.size() / 2];
}

// Medians of `runs` alternating runs of the reference and ours, each into a new file of its own.
template <typename Reference, typename Ours>
std::pair<double, double> alternating(const QTemporaryDir& dir, const QString& prefix, int runs, Reference reference, Ours ours)
{
    std::vector<double> referenceSeconds;
    std::vector<double> ourSeconds;
    for (int run = 0; run < runs; ++run) {
        const std::string a = dir.filePath(QStringLiteral("%1ref%2.duckdb").arg(prefix).arg(run)).toStdString();
        const std::string b = dir.filePath(QStringLiteral("%1seed%2.duckdb").arg(prefix).arg(run)).toStdString();
        referenceSeconds.push_back(reference(a));
        ourSeconds.push_back(ours(b));
        std::remove(a.c_str());
        std::remove(b.c_str());
    }
    return {median(referenceSeconds), median(ourSeconds)};
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const ss::seed::SeedPlan plan = bench::makeFactPlan(kRows);
    const PrecomputedRows rows = precompute(plan);
    const auto [ref, seed] = alternating(
        dir, {}, 5, [&](const std::string& path) { return referenceLoop(plan, rows, path); },
        [&](const std::string& path) { return seedFact(plan, path); });
    std::printf("reference: DuckDB C API Appender loop over %lld precomputed rows in one transaction: %.3f s, %.2f M rows/s "
                "(median of 5)\n",
                kRows, ref, kRows / ref / 1e6);
    std::printf("dbx seed loader, generating and loading the same rows: %.3f s, %.2f M rows/s (median of 5) = %.2fx the "
                "reference's rate (target >= 0.7x)\n",
                seed, kRows / seed / 1e6, ref / seed);

    const auto [iref, iseed] = alternating(
        dir, QStringLiteral("indexed-"), 3, [&](const std::string& path) { return referenceLoop(plan, rows, path, true); },
        [&](const std::string& path) { return seedIndexedFact(plan, path); });
    std::printf("with two secondary indexes: reference (rows into the bare table, then CREATE INDEX, one transaction): "
                "%.3f s; dbx seed loader (indexes in place): %.3f s (median of 3) = %.2fx the reference's rate\n",
                iref, iseed, iref / iseed);
    return 0;
}
