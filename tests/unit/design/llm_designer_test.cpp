#include "core/design/designer.h"
#include "core/spec/yaml_writer.h"
#include "support/run_dbx.h"
#include "support/scripted_chat_server.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

namespace {

const char* kValidAnswer = R"json({"spec": {"version": 1, "warehouse": "tides", "entities": {
  "dimensions": [{"name": "dim_station", "surrogate_key": "station_key", "natural_key": "station_code",
                  "columns": [{"name": "station_code", "type": "VARCHAR(20)", "nullable": false},
                              {"name": "station_name", "type": "VARCHAR(100)"}]}],
  "facts": [{"name": "fact_tide_readings", "grain": "station_key", "primary_key": ["station_key"],
             "foreign_keys": [{"column": "station_key", "references": "dim_station(station_key)"}],
             "measures": [{"name": "water_level_m", "type": "DECIMAL(8,3)", "aggregation": "avg"}],
             "columns": []}]}},
 "understood": [{"role": "fact", "words": "tide readings", "table": "fact_tide_readings"},
                {"role": "dimension", "words": "by station", "table": "dim_station"},
                {"role": "measure", "words": "water level", "table": "fact_tide_readings", "column": "water_level_m"},
                {"role": "dimension", "words": "invented", "table": "dim_nowhere"}],
 "notUnderstood": ["please"]})json";

ss::design::DesignOptions optionsFor(const ScriptedChatServer& server, int timeoutMs = 5000)
{
    ss::design::DesignOptions options;
    options.endpoint.url = server.url().toStdString();
    options.endpoint.model = "scripted-model";
    options.endpoint.timeoutMs = timeoutMs;
    return options;
}

QString lastUserMessage(const ReceivedRequest& request)
{
    const QJsonArray messages = request.json().value("messages").toArray();
    return messages.last().toObject().value("content").toString();
}

}  // namespace

TEST_CASE("a model's valid draft is read as the DSL, validated, and its understanding kept where it is true", "[design][llm]")
{
    CoreApplicationForTest app;
    qputenv("DBX_LLM_API_KEY", "sk-test-secret");
    ScriptedChatServer server({chatAnswer(kValidAnswer, 300, 200)});
    const auto r = ss::design::design("tide readings by station measuring water level please", nullptr, optionsFor(server));
    qunsetenv("DBX_LLM_API_KEY");
    INFO(r.message);
    REQUIRE(r.ok);
    CHECK(r.source == "model");
    CHECK(r.model.findTable("fact_tide_readings"));
    CHECK(r.model.findTable("dim_station")->naturalKey == std::vector<std::string>{"station_code"});
    CHECK(r.yaml == ss::saveSchemaYaml(r.model));
    REQUIRE(r.understood.size() == 3);  // the entry naming a table the draft does not have is dropped
    CHECK(r.understood[2].column == "water_level_m");
    CHECK(r.notUnderstood == std::vector<std::string>{"please"});
    CHECK(r.llm.rounds == 1);
    CHECK(r.llm.tokensIn == 300);
    CHECK(r.llm.tokensOut == 200);
    CHECK(r.llm.model == "scripted-model");

    const auto requests = server.requests();
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].requestLine.startsWith("POST /v1/chat/completions "));
    CHECK(requests[0].headers.contains("Authorization: Bearer sk-test-secret"));
    const QJsonObject body = requests[0].json();
    CHECK(body.value("model").toString() == "scripted-model");
    CHECK(body.value("response_format").toObject().value("type").toString() == "json_schema");
    CHECK(lastUserMessage(requests[0]).contains("tide readings by station"));
}

TEST_CASE("malformed JSON and an invalid spec are sent back with their problems for repair", "[design][llm]")
{
    CoreApplicationForTest app;
    std::string badType = kValidAnswer;
    badType.replace(badType.find("DECIMAL(8,3)"), 12, "NUMBERISH");
    ScriptedChatServer server({chatAnswer("{\"spec\": {\"version\": 1,"), chatAnswer(QString::fromStdString(badType)),
                               chatAnswer(QString("```json\n") + kValidAnswer + "\n```")});
    const auto r = ss::design::design("tide readings by station", nullptr, optionsFor(server));
    INFO(r.message);
    REQUIRE(r.ok);
    CHECK(r.source == "model");
    CHECK(r.llm.rounds == 3);
    const auto requests = server.requests();
    REQUIRE(requests.size() == 3);
    CHECK(lastUserMessage(requests[1]).contains("not valid JSON"));
    CHECK(lastUserMessage(requests[2]).contains("NUMBERISH"));
    // The conversation carries the answers being repaired.
    CHECK(requests[2].json().value("messages").toArray().size() == 6);
}

TEST_CASE("a model that never gives a valid spec falls back to the offline designer after three repairs", "[design][llm]")
{
    CoreApplicationForTest app;
    ScriptedChatServer server({chatAnswer("no"), chatAnswer("still no"), chatAnswer("{}"), chatAnswer("[]")});
    const auto r = ss::design::design("hospital admissions by ward and day", nullptr, optionsFor(server));
    REQUIRE(r.ok);
    CHECK(r.source == "offline-fallback");
    CHECK(r.llm.rounds == 4);
    CHECK(server.requests().size() == 4);
    CHECK(r.message.find("drafted offline instead") != std::string::npos);
    CHECK(r.model.findTable("fact_admissions"));
}

TEST_CASE("a stalled, refusing or absent endpoint falls back offline and says why", "[design][llm]")
{
    CoreApplicationForTest app;
    SECTION("stall past the timeout")
    {
        ScriptedChatServer server({ScriptedReply{200, {}, true}});
        const auto r = ss::design::design("parcel deliveries by driver and day", nullptr, optionsFor(server, 300));
        REQUIRE(r.ok);
        CHECK(r.source == "offline-fallback");
        CHECK(r.message.find("did not answer within 0.3 s") != std::string::npos);
    }
    SECTION("an HTTP error carries the server's message")
    {
        ScriptedChatServer server({ScriptedReply{401, R"({"error": {"message": "invalid api key"}})", false}});
        qputenv("DBX_LLM_API_KEY", "sk-never-shown");
        const auto r = ss::design::design("parcel deliveries by driver and day", nullptr, optionsFor(server));
        qunsetenv("DBX_LLM_API_KEY");
        CHECK(r.source == "offline-fallback");
        CHECK(r.message.find("HTTP 401: invalid api key") != std::string::npos);
        CHECK(r.message.find("sk-never-shown") == std::string::npos);
    }
    SECTION("nothing listening")
    {
        quint16 closedPort = 0;
        {
            ScriptedChatServer gone({});
            closedPort = gone.port();
        }
        ss::design::DesignOptions options;
        options.endpoint.url = "http://127.0.0.1:" + std::to_string(closedPort);
        const auto r = ss::design::design("parcel deliveries by driver and day", nullptr, options);
        REQUIRE(r.ok);
        CHECK(r.source == "offline-fallback");
        CHECK(r.message.find("cannot be reached") != std::string::npos);
    }
}

TEST_CASE("a server that refuses response_format json_schema is asked for a JSON object instead", "[design][llm]")
{
    CoreApplicationForTest app;
    ScriptedChatServer server({ScriptedReply{400, R"({"error": {"message": "response_format json_schema is not supported"}})", false},
                               chatAnswer(kValidAnswer)});
    const auto r = ss::design::design("tide readings by station", nullptr, optionsFor(server));
    REQUIRE(r.ok);
    CHECK(r.source == "model");
    const auto requests = server.requests();
    REQUIRE(requests.size() == 2);
    CHECK(requests[1].json().value("response_format").toObject().value("type").toString() == "json_object");
}

TEST_CASE("an edit that drops tables of the base the prompt did not name is sent back", "[design][llm]")
{
    CoreApplicationForTest app;
    const auto base = ss::design::designOffline("hospital admissions by ward and day");
    REQUIRE(base.ok);
    ScriptedChatServer server({chatAnswer(kValidAnswer), chatAnswer(kValidAnswer), chatAnswer(kValidAnswer),
                               chatAnswer(kValidAnswer)});
    const auto r = ss::design::design("add a dimension for station", &base.model, optionsFor(server));
    const auto requests = server.requests();
    REQUIRE(requests.size() == 4);
    CHECK(lastUserMessage(requests[0]).contains("fact_admissions"));  // the base is sent as YAML
    CHECK(lastUserMessage(requests[1]).contains("keep fact_admissions as it was"));
    CHECK(r.source == "offline-fallback");
}

TEST_CASE("no endpoint, --offline or an empty prompt never reach a model", "[design][llm]")
{
    CoreApplicationForTest app;
    ScriptedChatServer server({chatAnswer(kValidAnswer)});
    auto options = optionsFor(server);
    options.offline = true;
    CHECK(ss::design::design("tide readings by station", nullptr, options).source == "offline");
    CHECK(ss::design::design("tide readings by station", nullptr, {}).source == "offline");
    options.offline = false;
    CHECK_FALSE(ss::design::design("   ", nullptr, options).ok);
    CHECK(server.requests().empty());
}

TEST_CASE("dbx design --llm drafts with the model and reports its usage in --json", "[design][llm][cli]")
{
    CoreApplicationForTest app;
    ScriptedChatServer server({chatAnswer(kValidAnswer, 11, 22)});
    QTemporaryDir dir;
    const QString out = dir.filePath("draft.yml");
    const DbxRun run = runDbx({"design", "tide readings by station", "--llm", server.url(), "--model", "m1", "--json",
                               "--out", out, "--project", dir.path()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value("source").toString() == "model");
    const QJsonObject llm = json.value("llm").toObject();
    CHECK(llm.value("model").toString() == "m1");
    CHECK(llm.value("rounds").toInt() == 1);
    CHECK(llm.value("tokensIn").toInt() == 11);
    CHECK(llm.value("tokensOut").toInt() == 22);
    CHECK(readFile(out).contains("fact_tide_readings"));
    CHECK(runDbx({"validate", "--strict", out}).exitCode == 0);
}
