// Explore on the seeded demo, judged by the rows it returns against hand-written SQL on the same database:
// SQLite and DuckDB here, PostgreSQL and MariaDB in the integration tests; the demo with its foreign keys
// removed, where every join is inferred from names and data.
#include "support/duckdb_required.h"
#include "support/explore_demo.h"
#include "support/explore_questions.h"

#include "core/query/answer_json.h"
#include "core/query/explorer.h"
#include "core/query/rewording.h"
#include "core/spec/spec_check.h"
#include "core/sql/sql_renderer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

std::unique_ptr<ss::query::Explorer> explorerFor(ss::DatabaseConnection& connection, std::vector<std::string>* notes = nullptr)
{
    ss::query::LoadedModel loaded = ss::query::loadSemanticModel(connection);
    INFO(loaded.error);
    REQUIRE(loaded.error.empty());
    if (notes)
        *notes = loaded.notes;
    return std::make_unique<ss::query::Explorer>(std::move(loaded.model), connection.dialect());
}

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

// The demo's tables with every column and key but no foreign key, holding the seeded demo's rows: a database
// as most real ones are, with nothing declared to join by.
QString demoWithoutForeignKeys(const QString& source, const QString& dir)
{
    const ss::LoadResult spec = ss::checkSpecFile(SS_SOURCE_DIR "/schema_specs/loan_risk.yml");
    REQUIRE(spec.ok());
    const QString path = dir + "/no_foreign_keys.sqlite";
    ss::DatabaseConnection connection;
    ss::OpenOptions create;
    create.createFile = true;
    REQUIRE(ss::openDatabase(connection, ("sqlite:" + path).toStdString(), {}, create) == "");
    QSqlQuery q(connection.db());
    REQUIRE(q.exec("ATTACH DATABASE '" + source + "' AS src"));
    const auto renderer = ss::makeRenderer(ss::Dialect::Sqlite);
    for (ss::Table table : spec.model.tables) {
        table.foreignKeys.clear();
        INFO(table.name);
        REQUIRE(q.exec(QString::fromStdString(renderer->createTableStatement(table, {}))));
        REQUIRE(q.exec(QString::fromStdString("INSERT INTO " + table.name + " SELECT * FROM src." + table.name)));
    }
    return path;
}

}  // namespace

TEST_CASE("Explore answers the demo's questions with the rows hand-written SQL gives, on SQLite", "[query][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.path() + "/demo.sqlite";
    applyAndSeedDemo("sqlite:" + path);
    const QByteArray before = fileHash(path);
    ss::DatabaseConnection connection;
    ss::OpenOptions readOnly;
    readOnly.readOnly = true;
    REQUIRE(ss::openDatabase(connection, ("sqlite:" + path).toStdString(), {}, readOnly) == "");
    const auto explorer = explorerFor(connection);
    explore_test::checkDemoQuestions(connection, *explorer);
    connection.close();
    CHECK(fileHash(path) == before);
}

TEST_CASE("Explore answers the demo's questions with the rows hand-written SQL gives, on DuckDB", "[query][duckdb]")
{
    if (!duckDbAvailableForTest())
        return;
    QTemporaryDir dir;
    const QString url = "duckdb:" + dir.path() + "/demo.duckdb";
    applyAndSeedDemo(url);
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, url.toStdString()) == "");
    const auto explorer = explorerFor(connection);
    explore_test::checkDemoQuestions(connection, *explorer);
}

TEST_CASE("without declared foreign keys, Explore infers the joins from names and values and gives the same rows", "[query][sqlite]")
{
    QTemporaryDir dir;
    const QString seeded = dir.path() + "/demo.sqlite";
    applyAndSeedDemo("sqlite:" + seeded);
    const QString bare = demoWithoutForeignKeys(seeded, dir.path());
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, ("sqlite:" + bare).toStdString()) == "");
    std::vector<std::string> notes;
    const auto explorer = explorerFor(connection, &notes);
    for (const char* join : {"fact_loan_payments.company_key -> dim_company.company_key", "fact_loan_payments.due_date_key -> dim_date.date_key",
                             "fact_credit_risk_snapshots.rating_key -> dim_risk_rating.rating_key"}) {
        INFO(join);
        CHECK(std::any_of(notes.begin(), notes.end(), [&](const std::string& n) { return n.find(join) != std::string::npos; }));
    }
    explore_test::checkDemoQuestions(connection, *explorer);

    const ss::query::Answer answer = explorer->ask("total principal paid by company region", &connection);
    const QJsonObject json = ss::query::answerJson(answer, explorer->model());
    const QJsonArray joins = json["interpretation"].toObject()["joins"].toArray();
    REQUIRE(joins.size() == 1);
    CHECK(joins[0].toObject()["inferred"].toBool());
    CHECK(joins[0].toObject()["inclusion"].toDouble() == 1.0);
}

TEST_CASE("a phrase several tables share, or a date in several roles, is an ambiguity whose alternatives each answer", "[query][sqlite]")
{
    SeededDemo demo;
    ss::DatabaseConnection& connection = demo.connection;
    const auto& explorer = demo.explorer;
    for (const char* question : {"total principal paid by region", "total principal paid per month", "principal paid in Europe"}) {
        INFO(question);
        const ss::query::Answer answer = explorer->ask(question, &connection);
        REQUIRE(answer.status == ss::query::AnswerStatus::Ambiguous);
        CHECK_FALSE(answer.executed);
        REQUIRE(answer.ambiguities.size() == 1);
        REQUIRE(answer.ambiguities.front().alternatives.size() == 2);
        for (const std::string& alternative : answer.ambiguities.front().alternatives) {
            INFO(alternative);
            const ss::query::Answer settled = explorer->ask(alternative, &connection);
            CHECK(settled.status == ss::query::AnswerStatus::Answered);
            CHECK_FALSE(settled.result.rows.empty());
        }
    }
    const ss::query::Answer weather = explorer->ask("show me the weather in Paris", &connection);
    CHECK(weather.status == ss::query::AnswerStatus::NotUnderstood);
    CHECK(weather.notUnderstood == std::vector<std::string>{"weather", "Paris"});
}

TEST_CASE("a relative time window counts back from the data's latest date and says which dates it took", "[query][sqlite]")
{
    SeededDemo demo;
    ss::DatabaseConnection& connection = demo.connection;
    QSqlQuery latest(connection.db());
    REQUIRE(latest.exec("UPDATE dim_date SET full_date = full_date WHERE 0"));
    REQUIRE(latest.exec("SELECT MAX(d.full_date) FROM fact_credit_risk_snapshots s JOIN dim_date d ON d.date_key = s.snapshot_date_key"));
    REQUIRE(latest.next());
    const QDate last = QDate::fromString(latest.value(0).toString(), Qt::ISODate);
    REQUIRE(last.isValid());
    // The latest complete quarter: the one ending on the latest date, else the one before.
    QDate start(last.year(), (last.month() - 1) / 3 * 3 + 1, 1);
    if (start.addMonths(3).addDays(-1) != last)
        start = start.addMonths(-3);
    const auto& explorer = demo.explorer;
    const ss::query::Answer answer = explorer->ask("total expected loss by rating band last quarter", &connection);
    REQUIRE(answer.status == ss::query::AnswerStatus::Answered);
    const QJsonObject window = ss::query::answerJson(answer, explorer->model())["interpretation"].toObject()["timeWindow"].toObject();
    CHECK(window["from"].toString() == start.toString(Qt::ISODate));
    CHECK(window["to"].toString() == start.addMonths(3).addDays(-1).toString(Qt::ISODate));
    CHECK(window["description"].toString().contains(last.toString(Qt::ISODate)));
    const std::string expected = "SELECT r.rating_band, SUM(s.expected_loss) FROM fact_credit_risk_snapshots s JOIN dim_risk_rating r ON r.rating_key = s.rating_key "
                                 "JOIN dim_date d ON d.date_key = s.snapshot_date_key WHERE d.full_date BETWEEN '" +
                                 start.toString(Qt::ISODate).toStdString() + "' AND '" + start.addMonths(3).addDays(-1).toString(Qt::ISODate).toStdString() +
                                 "' GROUP BY r.rating_band";
    auto got = explore_test::canonicalRows(answer.result.rows, false);
    auto want = explore_test::canonicalRows(explore_test::runSql(connection, expected), false);
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    CHECK_FALSE(want.empty());
    CHECK(got == want);
}

TEST_CASE("the row cap keeps that many rows and says there were more", "[query][sqlite]")
{
    SeededDemo demo;
    ss::DatabaseConnection& connection = demo.connection;
    const auto& explorer = demo.explorer;
    ss::query::AskOptions options;
    options.rowCap = 3;
    const ss::query::Answer answer = explorer->ask("number of payments by days past due", &connection, options);
    REQUIRE(answer.status == ss::query::AnswerStatus::Answered);
    CHECK(answer.result.rows.size() == 3);
    CHECK(answer.result.truncated);
    const ss::query::Answer all = explorer->ask("number of payments by days past due", &connection);
    CHECK(all.result.rows.size() > 3);
    CHECK_FALSE(all.result.truncated);
}

TEST_CASE("every suggested question answers with rows, and a topic keeps those about it", "[query][sqlite]")
{
    SeededDemo demo;
    ss::DatabaseConnection& connection = demo.connection;
    const auto& explorer = demo.explorer;
    const std::vector<std::string> all = explorer->suggest("", 12);
    CHECK(all.size() == 12);
    for (const std::string& question : all) {
        INFO(question);
        const ss::query::Answer answer = explorer->ask(question, &connection);
        CHECK(answer.status == ss::query::AnswerStatus::Answered);
        CHECK_FALSE(answer.result.rows.empty());
    }
    const std::vector<std::string> risk = explorer->suggest("credit risk", 20);
    REQUIRE_FALSE(risk.empty());
    for (const std::string& question : risk)
        CHECK((question.find("exposure") != std::string::npos || question.find("default") != std::string::npos
               || question.find("loss") != std::string::npos || question.find("risk") != std::string::npos));
}

TEST_CASE("on DuckDB a SELECT that would change something runs in a read-only transaction and is stopped", "[query][duckdb]")
{
    if (!duckDbAvailableForTest())
        return;
    QTemporaryDir dir;
    ss::DatabaseConnection connection;
    ss::OpenOptions create;
    create.createFile = true;
    REQUIRE(ss::openDatabase(connection, ("duckdb:" + dir.path() + "/seq.duckdb").toStdString(), {}, create) == "");
    QSqlQuery q(connection.db());
    REQUIRE(q.exec("CREATE SEQUENCE s"));
    ss::query::BuiltQuery query;
    query.sql = "SELECT nextval('s')";
    query.columns = {"n"};
    const ss::query::ResultRows rows = ss::query::runReadOnly(connection, query);
    CHECK(rows.error.find("read-only") != std::string::npos);
    REQUIRE(q.exec("SELECT nextval('s')"));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("the interpretation reworded as a question reads back to the same answer", "[query][sqlite]")
{
    SeededDemo demo;
    ss::DatabaseConnection& connection = demo.connection;
    const auto& explorer = demo.explorer;
    for (const explore_test::Case& c : explore_test::demoCases()) {
        if (!c.expectedSql)
            continue;
        const ss::query::Answer first = explorer->ask(c.question, &connection);
        REQUIRE(first.plan);
        const std::string reworded = ss::query::rewordPlan(*first.plan, explorer->model());
        INFO(c.question << " -> " << reworded);
        const ss::query::Answer again = explorer->ask(reworded, &connection);
        INFO(again.message << (again.ambiguities.empty() ? std::string() : again.ambiguities.front().question));
        REQUIRE(again.status == ss::query::AnswerStatus::Answered);
        CHECK(ss::query::rewordPlan(*again.plan, explorer->model()) == reworded);
        auto a = explore_test::canonicalRows(first.result.rows, false);
        auto b = explore_test::canonicalRows(again.result.rows, false);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        CHECK(a == b);
    }
}
