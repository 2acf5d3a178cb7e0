#include "service_client.h"

#include "core/util/atomic_file.h"
#include "service/access_token.h"
#include "service/redaction.h"
#include "service/service_server.h"
#include "support/explore_demo.h"
#include "support/run_dbx.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>

#include <sys/stat.h>

#include <csignal>

namespace {

QString demoText(const char* file)
{
    return QString::fromUtf8(readFile(QStringLiteral(SS_SOURCE_DIR "/") + file));
}

}  // namespace

TEST_CASE("every request needs the bearer token", "[service]")
{
    ServiceFixture f;
    const Reply ok = f.call("GET", "/api/health");
    CHECK(ok.status == 200);
    CHECK(ok.json.value("status").toString() == "ok");
    CHECK(ok.json.value("project").toString() == "shop");
    const Reply missing = f.call("GET", "/api/health", {}, {});
    CHECK(missing.status == 401);
    CHECK(missing.header("WWW-Authenticate") == "Bearer");
    CHECK(missing.json.value("error").toObject().value("status").toInt() == 401);
    CHECK(f.call("GET", "/api/health", {}, "wrong-token-of-the-wrong-length").status == 401);
    CHECK(f.call("GET", "/api/health", {}, QByteArray(ServiceFixture::kToken).replace(0, 1, "1")).status == 401);
    CHECK(ok.header("Access-Control-Allow-Origin").isEmpty());  // no CORS unless asked for
}

TEST_CASE("malformed, oversized, unknown and wrongly-sent requests get located JSON errors", "[service]")
{
    ServiceFixture f;
    const Reply malformed = f.call("POST", "/api/validate", "{\n  \"spec\": \"x\",\n  oops\n}");
    CHECK(malformed.status == 400);
    CHECK(malformed.json.value("error").toObject().value("location").toString().startsWith("line 3, column "));
    const Reply notObject = f.call("POST", "/api/validate", "[1, 2]");
    CHECK(notObject.status == 400);
    const Reply missingMember = f.post("/api/validate", QJsonObject{{"text", "x"}});
    CHECK(missingMember.status == 400);
    CHECK(missingMember.json.value("error").toObject().value("location").toString() == "/spec");
    CHECK(f.call("GET", "/api/nowhere").status == 404);
    const Reply wrongMethod = f.call("GET", "/api/validate");
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.json.value("error").toObject().value("message").toString().contains("POST"));
    CHECK(f.call("POST", "/api/validate", QByteArray(ss::service::ServiceServer::kMaxBodyBytes + 1, 'x')).status == 413);
    CHECK(f.call("GET", "/api/jobs/no-such-job").status == 404);
}

TEST_CASE("validate, design and plan answer with the engine's own JSON", "[service]")
{
    ServiceFixture f;
    const Reply valid = f.post("/api/validate", QJsonObject{{"spec", demoText("schema_specs/loan_risk.yml")}});
    CHECK(valid.status == 200);
    CHECK(valid.json.value("valid").toBool());
    CHECK(valid.json.value("tables").toInt() == 8);
    const Reply invalid = f.post("/api/validate", QJsonObject{{"spec", "version: 1\nentities:\n  tables:\n    - name: t\n      columns:\n        - {name: a, type: VARCHR(3)}\n"}});
    CHECK_FALSE(invalid.json.value("valid").toBool());
    REQUIRE_FALSE(invalid.json.value("diagnostics").toArray().isEmpty());
    bool located = false;
    for (const QJsonValue& d : invalid.json.value("diagnostics").toArray())
        located = located || (d.toObject().value("rule").toString() == "unknown-type" && d.toObject().value("line").toInt() == 6);
    CHECK(located);

    const Reply drafted = f.post("/api/design", QJsonObject{{"prompt", "parcel deliveries by driver and day measuring distance"}});
    CHECK(drafted.status == 200);
    CHECK(drafted.json.value("yaml").toString().contains("fact_deliveries"));
    CHECK(drafted.json.value("source").toString() == "offline");
    CHECK(f.post("/api/design", QJsonObject{{"prompt", "  "}}).status == 400);
    CHECK(f.post("/api/design", QJsonObject{{"prompt", "zxq blorp"}}).status == 422);

    const Reply fromSpecs = f.post("/api/plan", QJsonObject{{"current", demoText("schema_specs/current.yml")},
                                                           {"target", demoText("schema_specs/loan_risk.yml")},
                                                           {"dialect", "postgresql"}});
    CHECK(fromSpecs.status == 200);
    CHECK_FALSE(fromSpecs.json.value("operations").toArray().isEmpty());
    const Reply fromNothing = f.post("/api/plan", QJsonObject{{"target", demoText("schema_specs/loan_risk.yml")}});
    CHECK(fromNothing.status == 200);
    CHECK(fromNothing.json.value("operations").toArray().size() >= 8);
    CHECK(f.post("/api/plan", QJsonObject{{"target", "version: 1\nentities: 7\n"}}).status == 422);
}

TEST_CASE("apply and seed run as jobs with progress, and two applies at once run one after the other", "[service]")
{
    ServiceFixture f;
    const QJsonObject target{{"target", demoText("schema_specs/loan_risk.yml")}};
    const Reply first = f.post("/api/apply", target);
    const Reply second = f.post("/api/apply", target);
    REQUIRE(first.status == 202);
    REQUIRE(second.status == 202);
    const QJsonObject a = f.waitForJob(first.json.value("job").toString());
    const QJsonObject b = f.waitForJob(second.json.value("job").toString());
    INFO(QJsonDocument(a).toJson().toStdString() << QJsonDocument(b).toJson().toStdString());
    CHECK(a.value("status").toString() == "finished");
    CHECK(b.value("status").toString() == "finished");
    const QStringList outcomes = {a.value("outcome").toObject().value("status").toString(),
                                  b.value("outcome").toObject().value("status").toString()};
    CHECK(outcomes.contains("applied"));
    CHECK(outcomes.contains("nothing_to_do"));  // the second was planned once the first had ended
    CHECK(a.value("progress").toObject().value("of").toInt() > 0);

    REQUIRE(ss::writeFileAtomically((f.project + "/schema_specs/current.yml").toStdString(),
                                    demoText("schema_specs/loan_risk.yml").toStdString()).empty());
    const Reply seeding = f.post("/api/seed", QJsonObject{{"profile", demoText("seeding_profiles/loan_risk.yml")}, {"scale", 0.1}});
    REQUIRE(seeding.status == 202);
    const QJsonObject seeded = f.waitForJob(seeding.json.value("job").toString());
    CHECK(seeded.value("status").toString() == "finished");
    CHECK(seeded.value("outcome").toObject().value("rows").toInt() > 1000);
    CHECK(f.post("/api/seed", QJsonObject{{"scale", -1}}).status == 400);

    const Reply runs = f.call("GET", "/api/runs?phase=apply");
    REQUIRE(runs.status == 200);
    const QJsonArray list = runs.json.value("runs").toArray();
    REQUIRE_FALSE(list.isEmpty());
    CHECK(list.first().toObject().value("detail").toString().contains("api-127-0-0-1"));  // who applied it
    const Reply seeds = f.call("GET", "/api/runs?phase=seed");
    REQUIRE(seeds.status == 200);
    REQUIRE_FALSE(seeds.json.value("runs").toArray().isEmpty());
    CHECK(seeds.json.value("runs").toArray().first().toObject().value("detail").toString().contains("requested by 127.0.0.1"));
}

TEST_CASE("DELETE cancels a running seed, which keeps what it finished", "[service]")
{
    ServiceFixture f;
    REQUIRE(f.waitForJob(f.post("/api/apply", QJsonObject{{"target", demoText("schema_specs/loan_risk.yml")}}).json.value("job").toString())
                .value("status").toString() == "finished");
    REQUIRE(ss::writeFileAtomically((f.project + "/schema_specs/current.yml").toStdString(),
                                    demoText("schema_specs/loan_risk.yml").toStdString()).empty());
    const Reply started = f.post("/api/seed", QJsonObject{{"profile", demoText("seeding_profiles/loan_risk.yml")}, {"scale", 20}});
    REQUIRE(started.status == 202);
    const QString id = started.json.value("job").toString();
    CHECK(f.call("DELETE", "/api/jobs/" + id).status == 202);
    const QJsonObject ended = f.waitForJob(id);
    CHECK(ended.value("status").toString() == "cancelled");
    CHECK(ended.value("outcome").toObject().value("status").toString() == "cancelled");
}

TEST_CASE("CORS headers only for the origin given", "[service]")
{
    ServiceFixture f(QStringLiteral("http://localhost:3000"));
    const Reply r = f.call("GET", "/api/health");
    CHECK(r.header("Access-Control-Allow-Origin") == "http://localhost:3000");
}

TEST_CASE("messages never carry passwords or tokens", "[service]")
{
    const std::string redacted = ss::service::redactSecrets(
        "cannot reach postgresql://ann:s3cret@db:5432/x?password=hunter2 with Bearer abc.def and api_key=sk-1");
    CHECK(redacted.find("s3cret") == std::string::npos);
    CHECK(redacted.find("hunter2") == std::string::npos);
    CHECK(redacted.find("abc.def") == std::string::npos);
    CHECK(redacted.find("sk-1") == std::string::npos);
    CHECK(redacted.find("postgresql://ann:***@db:5432/x") != std::string::npos);
}

TEST_CASE("the token file is made once, readable by its owner only, and a shared one is refused", "[service]")
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("config/token").toStdString();
    const auto made = ss::service::loadOrCreateToken(path);
    REQUIRE(made.error.empty());
    CHECK(made.created);
    CHECK(made.token.size() == 64);
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    const auto again = ss::service::loadOrCreateToken(path);
    CHECK_FALSE(again.created);
    CHECK(again.token == made.token);
    ::chmod(path.c_str(), 0644);
    CHECK_FALSE(ss::service::loadOrCreateToken(path).error.empty());
    CHECK(ss::service::sameToken("abc", "abc"));
    CHECK_FALSE(ss::service::sameToken("abc", "abd"));
    CHECK_FALSE(ss::service::sameToken("abc", "abcd"));
}

TEST_CASE("dbx serve prints where it listens and the token's file, answers, and stops cleanly on SIGTERM", "[service][cli]")
{
    CoreApplicationForTest app;
    QTemporaryDir dir;
    REQUIRE(runDbx({"init", dir.filePath("shop")}).exitCode == 0);
    QProcess serve;
    serve.setWorkingDirectory(dir.filePath("shop"));
    serve.start(QStringLiteral(SS_DBX_PATH), {"serve", "--port", "0", "--token-file", dir.filePath("token")});
    REQUIRE(serve.waitForReadyRead(20000));
    QByteArray out;
    while (!out.contains("curl") && serve.waitForReadyRead(5000))
        out += serve.readAllStandardOutput();
    out += serve.readAllStandardOutput();
    INFO(out.toStdString());
    const qsizetype at = out.indexOf("127.0.0.1:");
    REQUIRE(at >= 0);
    const int port = out.mid(at + 10, out.indexOf('/', at) - at - 10).toInt();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/health").arg(port)));
    request.setRawHeader("Authorization", "Bearer " + readFile(dir.filePath("token")).trimmed());
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    ::kill(static_cast<pid_t>(serve.processId()), SIGTERM);
    REQUIRE(serve.waitForFinished(20000));
    CHECK(serve.exitCode() == 0);
    CHECK(serve.readAllStandardOutput().contains("stopping"));
}

TEST_CASE("POST /api/ask answers as dbx ask --json does, and GET /api/suggest-queries lists questions", "[service][query]")
{
    ServiceFixture f;
    applyAndSeedDemo("sqlite:" + f.project + "/local.sqlite");
    const Reply answer = f.post("/api/ask", QJsonObject{{"question", "how many companies by industry"}});
    REQUIRE(answer.status == 200);
    CHECK(answer.json["status"].toString() == "answered");
    CHECK(answer.json["columns"].toArray() == QJsonArray{"industry", "count_company"});
    CHECK(answer.json["rowCount"].toInt() == 10);
    const DbxRun cli = runDbx({"ask", "how many companies by industry", "--db", "sqlite:" + f.project + "/local.sqlite", "--json"});
    REQUIRE(cli.exitCode == 0);
    const QJsonObject fromCli = QJsonDocument::fromJson(cli.out.toUtf8()).object();
    for (const char* member : {"sql", "columns", "rows", "interpretation"})
        CHECK(fromCli[member] == answer.json[member]);

    const Reply refused = f.post("/api/ask", QJsonObject{{"question", "drop table dim_company"}});
    REQUIRE(refused.status == 200);
    CHECK(refused.json["status"].toString() == "refused");
    const Reply capped = f.post("/api/ask", QJsonObject{{"question", "number of payments by days past due"}, {"limit", 2}});
    CHECK(capped.json["rowCount"].toInt() == 2);
    CHECK(capped.json["truncated"].toBool());
    CHECK(f.post("/api/ask", QJsonObject{{"question", "x"}, {"limit", 0}}).status == 400);
    CHECK(f.post("/api/ask", QJsonObject{{"text", "x"}}).status == 400);

    const Reply suggested = f.call("GET", "/api/suggest-queries?topic=risk&limit=3");
    REQUIRE(suggested.status == 200);
    const QJsonArray questions = suggested.json["questions"].toArray();
    REQUIRE(questions.size() == 3);
    for (const QJsonValue& q : questions)
        CHECK(f.post("/api/ask", QJsonObject{{"question", q.toString()}}).json["status"].toString() == "answered");
    CHECK(f.call("GET", "/api/suggest-queries?limit=x").status == 400);
}
