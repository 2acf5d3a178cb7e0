// Explore: (1) question -> SQL on a 2,000-table schema (the demo's 8 tables among 1,992 generated ones) beside
// the same questions on the demo alone; (2) the SQL Explore generates beside hand-written SQL for the same 10
// questions, on the demo seeded with about 1M payment rows in SQLite, each run in the same process, interleaved.

#include "core/db/database_connection.h"
#include "core/query/explorer.h"
#include "core/spec/spec_check.h"
#include "support/spec_generator.h"
#include "tests/support/explore_questions.h"
#include "tests/support/synthetic_schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

// Questions about the demo (its wording, none tuned to the benchmark).
const char* const kQuestions[] = {
    "total principal paid by company region",
    "top 5 companies by principal paid",
    "average interest rate by product family",
    "monthly fees paid in 2023 by due date",
    "number of payments by payment channel excluding online",
    "total principal paid and total principal amount by product family",
    "loans with principal amount over 1m by branch city",
    "highest outstanding balance",
    "principal paid in company region Europe in 2024 by payment date",
    "total exposure at default by rating band for Europe or North America companies",
};

ss::SchemaModel demoSpec()
{
    ss::LoadResult loaded = ss::checkSpecFile(SS_SOURCE_DIR "/schema_specs/loan_risk.yml");
    if (!loaded.ok()) {
        std::fprintf(stderr, "loan_risk.yml does not load\n");
        std::exit(1);
    }
    return std::move(loaded.model);
}

double questionToSqlMs(const ss::query::Explorer& explorer, int& written)
{
    ss::query::AskOptions dry;
    dry.execute = false;
    std::vector<double> times;
    written = 0;
    for (int run = 0; run < 5; ++run)
        for (const char* q : kQuestions) {
            QElapsedTimer t;
            t.start();
            const ss::query::Answer a = explorer.ask(q, nullptr, dry);
            times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            if (run == 0 && a.query)
                ++written;
            if (run == 0 && !a.query)
                std::fprintf(stderr, "  note: \"%s\" gave no SQL (%s)\n", q, ss::query::toString(a.status));
        }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void runDbxOrExit(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SS_DBX_PATH), args);
    p.waitForFinished(-1);
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "dbx %s failed:\n%s\n", qPrintable(args.join(' ')), p.readAllStandardError().constData());
        std::exit(1);
    }
}

double runSql(ss::DatabaseConnection& connection, const std::string& sql)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(connection.db());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromStdString(sql))) {
        std::fprintf(stderr, "hand-written SQL failed: %s\n", sql.c_str());
        std::exit(1);
    }
    while (q.next()) {
    }
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // (1) question -> SQL.
    ss::SchemaModel big = demoSpec();
    const ss::SchemaModel synthetic = ss::testing::makeSyntheticSchema(1992, 11);
    big.tables.insert(big.tables.end(), synthetic.tables.begin(), synthetic.tables.end());
    QElapsedTimer build;
    build.start();
    const ss::query::Explorer large(ss::query::buildSemanticModel(big), ss::Dialect::PostgreSql);
    const double buildMs = static_cast<double>(build.nsecsElapsed()) / 1e6;
    const ss::query::Explorer small(ss::query::buildSemanticModel(demoSpec()), ss::Dialect::PostgreSql);
    int largeWritten = 0, smallWritten = 0;
    const double largeMs = questionToSqlMs(large, largeWritten);
    const double smallMs = questionToSqlMs(small, smallWritten);
    std::printf("question -> SQL (no database: the spec's names only), median of 5 x %zu questions:\n", std::size(kQuestions));
    std::printf("  %zu tables: %.3f ms per question, %d of them written as SQL (semantic model and phrase index built once in %.1f ms)\n",
                big.tables.size(), largeMs, largeWritten, buildMs);
    std::printf("  demo alone (%zu tables): %.3f ms per question, %d written as SQL\n", demoSpec().tables.size(), smallMs, smallWritten);

    // (2) generated vs hand-written SQL on ~1M payment rows.
    QTemporaryDir dir;
    const QString url = "sqlite:" + dir.path() + "/demo.sqlite";
    const QString spec = QStringLiteral(SS_SOURCE_DIR "/schema_specs/loan_risk.yml");
    runDbxOrExit({"apply", "--target", spec, "--db", url});
    runDbxOrExit({"seed", "--spec", spec, "--profile", QStringLiteral(SS_SOURCE_DIR "/seeding_profiles/loan_risk.yml"), "--scale", "16.7", "--db", url});
    ss::DatabaseConnection connection;
    if (const std::string e = ss::openDatabase(connection, url.toStdString()); !e.empty()) {
        std::fprintf(stderr, "%s\n", e.c_str());
        return 1;
    }
    QSqlQuery count(connection.db());
    count.exec("SELECT COUNT(*) FROM fact_loan_payments");
    count.next();
    std::printf("\ngenerated vs hand-written SQL, SQLite, %lld payment rows, median of 3 interleaved runs:\n", count.value(0).toLongLong());
    ss::query::LoadedModel loaded = ss::query::loadSemanticModel(connection);
    const ss::query::Explorer explorer(std::move(loaded.model), ss::Dialect::Sqlite);
    double oursTotal = 0, handTotal = 0;
    std::vector<double> questionRatios;
    for (const char* q : kQuestions) {
        const explore_test::Case* c = nullptr;
        for (const explore_test::Case& candidate : explore_test::demoCases())
            if (std::string(candidate.question) == q)
                c = &candidate;
        if (!c || !c->expectedSql) {
            std::fprintf(stderr, "no hand-written SQL for \"%s\"\n", q);
            return 1;
        }
        std::vector<double> ours, hand;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            const ss::query::Answer a = explorer.ask(q, &connection);
            ours.push_back(static_cast<double>(t.nsecsElapsed()) / 1e9);
            if (a.status != ss::query::AnswerStatus::Answered) {
                std::fprintf(stderr, "\"%s\" was not answered: %s\n", q, a.message.c_str());
                return 1;
            }
            hand.push_back(runSql(connection, c->expectedSql));
        }
        std::sort(ours.begin(), ours.end());
        std::sort(hand.begin(), hand.end());
        oursTotal += ours[1];
        handTotal += hand[1];
        questionRatios.push_back(ours[1] / hand[1]);
        std::printf("  %-68s ours %7.3f s  hand %7.3f s  %.2fx\n", q, ours[1], hand[1], ours[1] / hand[1]);
    }
    std::printf("  total: ours %.3f s, hand-written %.3f s: %.2fx\n", oursTotal, handTotal, oursTotal / handTotal);
    std::vector<double> ratios = questionRatios;
    std::sort(ratios.begin(), ratios.end());
    std::printf("  per question: median %.2fx, worst %.2fx\n", ratios[ratios.size() / 2], ratios.back());
    return 0;
}
