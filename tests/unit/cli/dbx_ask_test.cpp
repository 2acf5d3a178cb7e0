// dbx ask and dbx suggest-queries as a user runs them on the seeded demo: JSON shape, exit codes, refusals
// that leave the database as it was, usage errors.
#include "support/explore_demo.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject askJson(const QStringList& args, int expectedExit)
{
    const DbxRun r = runDbx(QStringList{"ask"} + args + QStringList{"--json"});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == expectedExit);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

}  // namespace

TEST_CASE("dbx ask --json answers with the SQL, the interpretation and the rows", "[cli][query]")
{
    QTemporaryDir dir;
    const QString url = "sqlite:" + dir.path() + "/demo.sqlite";
    applyAndSeedDemo(url);
    const QJsonObject answer = askJson({"how many companies by industry", "--db", url}, 0);
    CHECK(answer["status"].toString() == "answered");
    CHECK(answer["question"].toString() == "how many companies by industry");
    CHECK(answer["sql"].toString().startsWith("SELECT"));
    CHECK(answer["columns"].toArray() == QJsonArray{"industry", "count_company"});
    const QJsonArray rows = answer["rows"].toArray();
    REQUIRE(rows.size() == answer["rowCount"].toInt());
    int companies = 0;
    for (const QJsonValue& row : rows) {
        CHECK(row.toArray()[0].isString());
        CHECK(row.toArray()[1].isDouble());
        companies += row.toArray()[1].toInt();
    }
    CHECK(companies == 400);
    CHECK_FALSE(answer["truncated"].toBool());
    CHECK(answer["interpretation"].toObject()["groups"].toArray()[0].toObject()["column"].toString() == "industry");
    CHECK(answer["ambiguities"].toArray().isEmpty());
    CHECK(answer["notUnderstood"].toArray().isEmpty());
    CHECK(answer.contains("elapsedMs"));
    // The question is a run of the ask phase in the database's run log.
    const DbxRun runs = runDbx({"runs", "--db", url, "--phase", "ask"});
    CHECK(runs.exitCode == 0);
    CHECK(runs.out.contains("answered: how many companies by industry"));
}

TEST_CASE("dbx ask exits 1 for an ambiguous or not understood question, listing the alternatives", "[cli][query]")
{
    QTemporaryDir dir;
    const QString url = "sqlite:" + dir.path() + "/demo.sqlite";
    applyAndSeedDemo(url);
    const QJsonObject ambiguous = askJson({"total principal paid by region", "--db", url}, 1);
    CHECK(ambiguous["status"].toString() == "ambiguous");
    CHECK(ambiguous["rows"].toArray().isEmpty());
    const QJsonArray alternatives = ambiguous["ambiguities"].toArray()[0].toObject()["alternatives"].toArray();
    CHECK(alternatives.contains(QJsonValue("total principal paid by company region")));
    const DbxRun human = runDbx({"ask", "total principal paid by region", "--db", url});
    CHECK(human.exitCode == 1);
    CHECK(human.out.contains("Ambiguous: Which \"region\""));
    CHECK(human.out.contains("  - total principal paid by branch region"));

    const QJsonObject weather = askJson({"the weather in Paris", "--db", url}, 1);
    CHECK(weather["status"].toString() == "not_understood");
    CHECK(weather["notUnderstood"].toArray().contains(QJsonValue("weather")));
}

TEST_CASE("dbx ask refuses to change data, whatever is typed, and the database file stays as it was", "[cli][query]")
{
    QTemporaryDir dir;
    const QString path = dir.path() + "/demo.sqlite";
    applyAndSeedDemo("sqlite:" + path);
    const QByteArray before = QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
    for (const char* question : {"delete all companies", "DROP TABLE dim_company", "update dim_company set region = 'x'",
                                 "SELECT 1; DELETE FROM dim_company", "please truncate the payments"}) {
        INFO(question);
        const QJsonObject refused = askJson({question, "--db", "sqlite:" + path}, 1);
        CHECK(refused["status"].toString() == "refused");
        CHECK_FALSE(refused["message"].toString().isEmpty());
        CHECK(refused["sql"].isNull());
    }
    CHECK(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256) == before);
}

TEST_CASE("dbx ask --no-exec and --explain-only write the SQL without rows, --limit caps them", "[cli][query]")
{
    QTemporaryDir dir;
    const QString url = "sqlite:" + dir.path() + "/demo.sqlite";
    applyAndSeedDemo(url);
    const QJsonObject dry = askJson({"total principal paid by company region", "--db", url, "--no-exec"}, 0);
    CHECK_FALSE(dry["executed"].toBool());
    CHECK(dry["rows"].toArray().isEmpty());
    CHECK(dry["sql"].toString().contains("GROUP BY"));
    const DbxRun explain = runDbx({"ask", "total principal paid by company region", "--db", url, "--explain-only"});
    CHECK(explain.exitCode == 0);
    CHECK(explain.out.contains("Understood:"));
    CHECK(explain.out.contains("join: fact_loan_payments.company_key -> dim_company.company_key"));
    CHECK_FALSE(explain.out.contains("rows,"));
    const QJsonObject capped = askJson({"number of payments by days past due", "--db", url, "--limit", "2"}, 0);
    CHECK(capped["rowCount"].toInt() == 2);
    CHECK(capped["truncated"].toBool());
}

TEST_CASE("dbx ask and suggest-queries: usage and connection errors exit 2", "[cli][query]")
{
    CHECK(runDbx({"ask", "how many"}).exitCode == 2);
    CHECK(runDbx({"ask", "--db", "sqlite:x.sqlite"}).exitCode == 2);
    CHECK(runDbx({"ask", "how many", "--db", "sqlite:x.sqlite", "--limit", "0"}).exitCode == 2);
    QTemporaryDir dir;
    const DbxRun missing = runDbx({"ask", "how many companies", "--db", "sqlite:" + dir.path() + "/missing.sqlite"});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains("missing.sqlite"));
    CHECK(runDbx({"suggest-queries"}).exitCode == 2);
}

TEST_CASE("dbx suggest-queries lists questions that dbx ask answers, filtered by a topic", "[cli][query]")
{
    QTemporaryDir dir;
    const QString url = "sqlite:" + dir.path() + "/demo.sqlite";
    applyAndSeedDemo(url);
    const DbxRun r = runDbx({"suggest-queries", "--db", url, "--topic", "payments", "--limit", "4", "--json"});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray questions = QJsonDocument::fromJson(r.out.toUtf8()).object()["questions"].toArray();
    REQUIRE(questions.size() == 4);
    for (const QJsonValue& q : questions) {
        INFO(q.toString().toStdString());
        CHECK(runDbx({"ask", q.toString(), "--db", url}).exitCode == 0);
    }
}

TEST_CASE("a project's semantic.yml adds synonyms, a preferred measure and a default date, and its mistakes are located", "[cli][query]")
{
    QTemporaryDir dir;
    const QString url = "sqlite:" + dir.path() + "/demo.sqlite";
    applyAndSeedDemo(url);
    const auto ask = [&](const QString& question) { return askJson({question, "--db", url, "--project", dir.path()}, 0); };
    writeFile(dir, "semantic.yml",
                  "synonyms:\n"
                  "  dim_company: [borrower, client]\n"
                  "  fact_loan_payments.principal_paid: [repayments]\n"
                  "preferred_measures: [fact_loan_payments.interest_paid]\n"
                  "default_time: fact_loan_payments.payment_date\n");
    CHECK(ask("how many borrowers by industry")["rowCount"].toInt() == 10);
    const QJsonObject repayments = ask("total repayments by payment channel");
    CHECK(repayments["interpretation"].toObject()["measures"].toArray()[0].toObject()["column"].toString() == "principal_paid");
    const QJsonObject preferred = ask("total loan payments by payment channel");
    CHECK(preferred["interpretation"].toObject()["measures"].toArray()[0].toObject()["column"].toString() == "interest_paid");
    const QJsonObject monthly = ask("total principal paid per month");
    CHECK(monthly["interpretation"].toObject()["groups"].toArray()[0].toObject()["column"].toString() == "payment_date");

    writeFile(dir, "semantic.yml", "synonyms:\n  dim_customer: [buyer]\n");
    const DbxRun wrong = runDbx({"ask", "how many companies", "--db", url, "--project", dir.path()});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains("semantic.yml:2:3: no table or column named 'dim_customer'"));
}

TEST_CASE("dbx ask --spec lays a spec's measures over the live database's tables", "[cli][query]")
{
    QTemporaryDir dir;
    const QString url = "sqlite:" + dir.path() + "/demo.sqlite";
    applyAndSeedDemo(url);
    // Inspection guesses a sum for every number of a fact; the spec says the balance is a minimum.
    const QJsonObject guessed = askJson({"outstanding balance by payment channel", "--db", url}, 0);
    CHECK(guessed["interpretation"].toObject()["measures"].toArray()[0].toObject()["aggregation"].toString() == "sum");
    const QJsonObject declared = askJson({"outstanding balance by payment channel", "--db", url, "--spec", SS_SOURCE_DIR "/schema_specs/loan_risk.yml"}, 0);
    CHECK(declared["interpretation"].toObject()["measures"].toArray()[0].toObject()["aggregation"].toString() == "min");
}
