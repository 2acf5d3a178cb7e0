// Seeding SQLite end to end: the 6-column fact (1M rows) generated and loaded by the SQLite bulk loader, beside a
// minimal loop that inserts the same rows, computed beforehand, with multi-row prepared statements through the
// sqlite3 C API. Then the peak memory of a process that seeds 10M rows.
#include "support/seed_fact.h"
#include "support/spec_generator.h"

#include "core/seed/load/seed_run.h"
#include "core/seed/table_producer.h"
#include "core/seed/value_format.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

constexpr long long kRows = 1'000'000;
constexpr std::size_t kRowsPerStatement = 200;

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "seed_sqlite_bench: %s\n", what.c_str());
    std::exit(1);
}

// Seeds the plan into a new file; returns the fact table's seconds (generation and loading).
double seedFact(const ss::seed::SeedPlan& plan, const std::string& path)
{
    return bench::seedNewDatabase(plan, "sqlite://" + path).tables[bench::factTableIndex(plan)].seconds;
}

// The fact's rows as the reference binds them, computed before its clock starts.
struct PrecomputedRows {
    std::vector<long long> dateKey, customerKey, quantity;
    std::vector<double> amount;
    std::string text;                   // order_id and sold_on of every row, back to back
    std::vector<std::uint32_t> offsets; // 2 per row: where order_id starts, where sold_on starts; then the end
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
            rows.offsets.push_back(static_cast<std::uint32_t>(rows.text.size()));
            ss::seed::appendDate(rows.text, batch.columns[3].ints[r]);
            rows.amount.push_back(static_cast<double>(batch.columns[4].ints[r]) / 100.0);
            rows.quantity.push_back(batch.columns[5].ints[r]);
        }
    }
    rows.offsets.push_back(static_cast<std::uint32_t>(rows.text.size()));
    return rows;
}

void check(sqlite3* db, int rc, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        fail(std::string(what) + ": " + sqlite3_errmsg(db));
}

// The reference: one transaction, one prepared statement of 200 rows re-bound for every group (a shorter one for
// the rest), text bound in place; synchronous off as the loader sets it. Returns its seconds.
double referenceLoop(const PrecomputedRows& rows, const std::string& path)
{
    bench::createFactDatabase("sqlite://" + path);
    sqlite3* db = nullptr;
    check(db, sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), "open");
    check(db, sqlite3_exec(db, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr), "pragma");
    auto prepare = [db](std::size_t count) {
        std::string sql = "INSERT INTO fact_sale (date_key, customer_key, order_id, sold_on, amount, quantity) VALUES ";
        for (std::size_t i = 0; i < count; ++i)
            sql += i ? ",(?,?,?,?,?,?)" : "(?,?,?,?,?,?)";
        sqlite3_stmt* statement = nullptr;
        check(db, sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr), "prepare");
        return statement;
    };
    const auto start = std::chrono::steady_clock::now();
    check(db, sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), "begin");
    sqlite3_stmt* full = prepare(kRowsPerStatement);
    const std::size_t total = rows.dateKey.size();
    for (std::size_t first = 0; first < total; first += kRowsPerStatement) {
        const std::size_t count = std::min(kRowsPerStatement, total - first);
        sqlite3_stmt* statement = count == kRowsPerStatement ? full : prepare(count);
        int p = 1;
        for (std::size_t r = first; r < first + count; ++r) {
            const char* text = rows.text.data();
            sqlite3_bind_int64(statement, p++, rows.dateKey[r]);
            sqlite3_bind_int64(statement, p++, rows.customerKey[r]);
            sqlite3_bind_text(statement, p++, text + rows.offsets[2 * r], static_cast<int>(rows.offsets[2 * r + 1] - rows.offsets[2 * r]), SQLITE_STATIC);
            sqlite3_bind_text(statement, p++, text + rows.offsets[2 * r + 1], static_cast<int>(rows.offsets[2 * r + 2] - rows.offsets[2 * r + 1]), SQLITE_STATIC);
            sqlite3_bind_double(statement, p++, rows.amount[r]);
            sqlite3_bind_int64(statement, p++, rows.quantity[r]);
        }
        check(db, sqlite3_step(statement), "insert");
        sqlite3_reset(statement);
        if (statement != full)
            sqlite3_finalize(statement);
    }
    sqlite3_finalize(full);
    check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    sqlite3_close(db);
    return seconds;
}

double median(std::vector<double> xs)
{
    std::sort(xs.begin(), xs.end());
    return xs[xs.size() / 2];
}

// Child mode: seeds `rows` fact rows into a new file and prints the seconds; the parent reads its peak memory.
int seedOnly(long long rows, const std::string& path)
{
    const ss::seed::SeedPlan plan = bench::makeFactPlan(rows);
    std::printf("%.3f\n", seedFact(plan, path));
    return 0;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (argc == 4 && std::string(argv[1]) == "--seed-only")
        return seedOnly(std::atoll(argv[2]), argv[3]);

    // The 10M-row child runs first, while this process is still small: a forked child's peak memory counts what it
    // shared with its parent before exec.
    const std::string big = dir.filePath(QStringLiteral("big.db")).toStdString();
    const std::string command = "'" + QCoreApplication::applicationFilePath().toStdString() + "' --seed-only 10000000 '" + big + "'";
    FILE* child = popen(command.c_str(), "r");
    double bigSeconds = 0;
    if (!child || std::fscanf(child, "%lf", &bigSeconds) != 1 || pclose(child) != 0)
        fail("the 10M-row child run failed");
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double bigMiB = usage.ru_maxrss / 1024.0;
    std::printf("10M fact rows seeded into SQLite by a process of its own: %.1f s (%.2f M rows/s), peak resident memory %.1f MiB\n",
                bigSeconds, 1e7 / bigSeconds / 1e6, bigMiB);
    std::remove(big.c_str());

    const ss::seed::SeedPlan plan = bench::makeFactPlan(kRows);
    const PrecomputedRows rows = precompute(plan);
    std::vector<double> ours;
    std::vector<double> reference;
    for (int run = 0; run < 5; ++run) {
        const std::string a = dir.filePath(QStringLiteral("ref%1.db").arg(run)).toStdString();
        const std::string b = dir.filePath(QStringLiteral("seed%1.db").arg(run)).toStdString();
        reference.push_back(referenceLoop(rows, a));
        ours.push_back(seedFact(plan, b));
        std::remove(a.c_str());
        std::remove(b.c_str());
    }
    const double ref = median(reference);
    const double seed = median(ours);
    std::printf("reference: sqlite3 multi-row prepared INSERT of %lld precomputed rows (%zu rows/statement): %.3f s, %.2f M rows/s "
                "(median of 5)\n",
                kRows, kRowsPerStatement, ref, kRows / ref / 1e6);
    std::printf("dbx seed loader, generating and loading the same rows: %.3f s, %.2f M rows/s (median of 5) = %.2fx the "
                "reference's rate (target >= 0.7x)\n",
                seed, kRows / seed / 1e6, ref / seed);
    return 0;
}
