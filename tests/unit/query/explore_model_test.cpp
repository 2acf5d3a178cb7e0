// The optional model path of Explore, against the scripted chat-completions server (no model runs here): asked
// only for what the offline reader cannot read, its structured answer checked like any other, its SQL never run.
#include "support/core_application.h"
#include "support/explore_demo.h"
#include "support/explore_questions.h"
#include "support/scripted_chat_server.h"

#include "core/query/explorer.h"

#include <QSqlQuery>

namespace {

ss::query::Answer askWithModel(SeededDemo& demo, const std::string& question, const ScriptedChatServer& server)
{
    ss::query::AskOptions options;
    options.llm.url = server.url().toStdString();
    options.llm.model = "scripted-model";
    options.llm.timeoutMs = 5000;
    return demo.explorer->ask(question, &demo.connection, options);
}

const char* kUnreadable = "how much did borrowers repay overall";

}  // namespace

TEST_CASE("a question the offline reader cannot read is read by the model, checked, and answered with the database's rows", "[query][llm]")
{
    CoreApplicationForTest app;
    SeededDemo demo;
    ScriptedChatServer server({chatAnswer(R"({"measures": [{"table": "fact_loan_payments", "column": "principal_paid", "aggregation": "sum"}]})", 900, 40)});
    const ss::query::Answer answer = askWithModel(demo, kUnreadable, server);
    INFO(answer.message);
    REQUIRE(answer.status == ss::query::AnswerStatus::Answered);
    CHECK(answer.model == "scripted-model");
    CHECK(answer.tokensIn == 900);
    CHECK(answer.tokensOut == 40);
    CHECK(std::any_of(answer.notes.begin(), answer.notes.end(), [](const std::string& n) { return n.find("read by the model") != std::string::npos; }));
    const auto expected = explore_test::canonicalRows(explore_test::runSql(demo.connection, "SELECT SUM(principal_paid) FROM fact_loan_payments"), false);
    CHECK(explore_test::canonicalRows(answer.result.rows, false) == expected);
    REQUIRE(server.requests().size() == 1);
    const QString prompt = QString::fromUtf8(server.requests().front().body);
    CHECK(prompt.contains("fact_loan_payments"));
    CHECK(prompt.contains("json_schema"));
}

TEST_CASE("the model's grouping by a date's month and its time window in words go through the same checks", "[query][llm]")
{
    CoreApplicationForTest app;
    SeededDemo demo;
    ScriptedChatServer server({chatAnswer(R"({"measures": [{"table": "fact_loan_payments", "column": "interest_paid", "aggregation": "sum"}],
        "groups": [{"table": "fact_loan_payments", "column": "payment_date", "grain": "month"}], "window": "in 2024"})")});
    const ss::query::Answer answer = askWithModel(demo, "what did the interest look like through 2024", server);
    INFO(answer.message);
    REQUIRE(answer.status == ss::query::AnswerStatus::Answered);
    REQUIRE(answer.result.rows.size() == 12);
    CHECK(answer.result.rows.front().front().toString() == "2024-01");
}

TEST_CASE("a model's invented column, its SQL and its malformed answers are refused, and nothing runs", "[query][llm]")
{
    CoreApplicationForTest app;
    SeededDemo demo;
    ScriptedChatServer server({chatAnswer(R"({"measures": [{"table": "fact_loan_payments", "column": "repayments", "aggregation": "sum"}]})"),
                               chatAnswer(R"({"sql": "DROP TABLE dim_company"})"), chatAnswer("not json at all"),
                               chatAnswer(R"({"measures": [{"table": "dim_company", "column": "company_name", "aggregation": "sum"}]})")});
    const ss::query::Answer invented = askWithModel(demo, kUnreadable, server);
    CHECK(invented.status == ss::query::AnswerStatus::NotUnderstood);
    CHECK(std::any_of(invented.notes.begin(), invented.notes.end(), [](const std::string& n) { return n.find("has no column 'repayments'") != std::string::npos; }));
    const ss::query::Answer sql = askWithModel(demo, kUnreadable, server);
    CHECK(sql.status == ss::query::AnswerStatus::NotUnderstood);
    CHECK_FALSE(sql.executed);
    const ss::query::Answer garbage = askWithModel(demo, kUnreadable, server);
    CHECK(std::any_of(garbage.notes.begin(), garbage.notes.end(), [](const std::string& n) { return n.find("not a JSON object") != std::string::npos; }));
    const ss::query::Answer wrongType = askWithModel(demo, kUnreadable, server);
    CHECK(wrongType.status == ss::query::AnswerStatus::NotUnderstood);
    CHECK(std::any_of(wrongType.notes.begin(), wrongType.notes.end(), [](const std::string& n) { return n.find("not a number") != std::string::npos; }));
    QSqlQuery q(demo.connection.db());
    CHECK(q.exec("SELECT COUNT(*) FROM dim_company"));
}

TEST_CASE("a question read whole offline never reaches the model", "[query][llm]")
{
    CoreApplicationForTest app;
    SeededDemo demo;
    ScriptedChatServer server({});
    const ss::query::Answer answer = askWithModel(demo, "how many companies by industry", server);
    CHECK(answer.status == ss::query::AnswerStatus::Answered);
    CHECK(answer.model.empty());
    CHECK(server.requests().empty());
}
