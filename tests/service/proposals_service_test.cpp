// Proposals over real HTTP: seed 001's own interface as its document shows it, and the proposals as resources.
#include "service_client.h"

#include "support/run_dbx.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

void addSampleEntities(const ServiceFixture& f)
{
    const DbxRun sample = runDbx({"evolve", "sample", "--db", "local", "--project", f.project});
    INFO(sample.err.toStdString());
    REQUIRE(sample.exitCode == 0);
}

}  // namespace

TEST_CASE("seed 001's /api/schema/analyze: analyze, proposals, approve, reject, history and stats as documented", "[service][evolve]")
{
    ServiceFixture f;
    addSampleEntities(f);
    const Reply analyzed = f.post("/api/schema/analyze", QJsonObject{{"action", "analyze"}});
    REQUIRE(analyzed.status == 200);
    CHECK(analyzed.json["success"].toBool());
    const QJsonObject analysis = analyzed.json["analysis"].toObject();
    for (const char* count : {"patterns", "proposals", "highPriorityProposals", "mediumPriorityProposals", "lowPriorityProposals"})
        CHECK(analysis.contains(QLatin1String(count)));
    CHECK(analysis["patterns"].toInt() > 5);
    const QJsonArray proposals = analyzed.json["proposals"].toArray();
    REQUIRE(proposals.size() == analysis["proposals"].toInt());
    const QJsonObject first = proposals.first().toObject();
    for (const char* member : {"id", "type", "priority", "title", "description", "rationale", "sqlPreview", "supportingData"})
        CHECK(first.contains(QLatin1String(member)));
    CHECK(first["supportingData"].toObject()["entityCount"].toInt() > 0);
    CHECK(first["supportingData"].toObject()["examples"].toArray().size() > 0);

    const Reply listed = f.call("GET", "/api/schema/analyze?type=proposals");
    REQUIRE(listed.status == 200);
    CHECK(listed.json["success"].toBool());
    CHECK(listed.json["proposals"].toArray().size() == proposals.size());

    const Reply approved = f.post("/api/schema/analyze", QJsonObject{{"action", "approve"}, {"approveProposal", "proposal-table-companies"}});
    REQUIRE(approved.status == 200);
    CHECK(approved.json["success"].toBool());
    CHECK(approved.json["rows"].toInt() == 30);
    CHECK(approved.json["proposal"].toObject()["status"].toString() == "implemented");
    const Reply rejected = f.post("/api/schema/analyze", QJsonObject{{"action", "reject"}, {"rejectProposal", "proposal-table-tasks"}});
    REQUIRE(rejected.status == 200);
    CHECK(rejected.json["proposal"].toObject()["status"].toString() == "rejected");
    const Reply unknown = f.post("/api/schema/analyze", QJsonObject{{"action", "approve"}, {"approveProposal", "proposal-nothing"}});
    CHECK(unknown.status == 409);
    CHECK_FALSE(unknown.json["success"].toBool());
    CHECK(unknown.json["error"].toString().contains("proposal-nothing"));
    CHECK(f.post("/api/schema/analyze", QJsonObject{{"action", "approve"}}).status == 400);
    CHECK(f.post("/api/schema/analyze", QJsonObject{{"action", "dance"}}).status == 400);

    const Reply history = f.call("GET", "/api/schema/analyze?type=history");
    REQUIRE(history.status == 200);
    bool approvalByClient = false;
    for (const QJsonValue& h : history.json["history"].toArray())
        approvalByClient = approvalByClient
                           || (h.toObject()["actionType"].toString() == "approve" && h.toObject()["success"].toBool()
                               && h.toObject()["executedBy"].toString().contains("127.0.0.1"));
    CHECK(approvalByClient);
    const Reply stats = f.call("GET", "/api/schema/analyze?type=stats");
    REQUIRE(stats.status == 200);
    CHECK(stats.json["stats"].toObject()["totalProposals"].toInt() == proposals.size());
    CHECK(stats.json["stats"].toObject()["byStatus"].toObject()["implemented"].toInt() == 1);
    CHECK(f.call("GET", "/api/schema/analyze?type=everything").status == 400);
}

TEST_CASE("proposals as resources: analyze and approve as jobs, roll back, history and stats", "[service][evolve]")
{
    ServiceFixture f;
    addSampleEntities(f);
    CHECK(f.call("GET", "/api/proposals", {}, {}).status == 401);
    const Reply started = f.call("POST", "/api/proposals/analyze");
    REQUIRE(started.status == 202);
    const QJsonObject analysis = f.waitForJob(started.json["job"].toString());
    INFO(QJsonDocument(analysis).toJson().toStdString());
    REQUIRE(analysis["status"].toString() == "finished");
    CHECK(analysis["outcome"].toObject()["analysis"].toObject()["newProposals"].toInt() > 5);

    const Reply pending = f.call("GET", "/api/proposals?status=pending");
    REQUIRE(pending.status == 200);
    const QJsonArray list = pending.json["proposals"].toArray();
    REQUIRE(list.size() > 5);
    CHECK(pending.json["patterns"].toArray().size() > 5);
    CHECK(f.call("GET", "/api/proposals?status=maybe").status == 400);

    for (const char* id : {"proposal-table-companies", "proposal-table-people"}) {
        const Reply approving = f.post(QStringLiteral("/api/proposals/%1/approve").arg(id), QJsonObject{{"reviewer", "Rita"}, {"notes", "fine"}});
        REQUIRE(approving.status == 202);
        const QJsonObject done = f.waitForJob(approving.json["job"].toString());
        INFO(QJsonDocument(done).toJson().toStdString());
        CHECK(done["status"].toString() == "finished");
        CHECK(done["outcome"].toObject()["proposal"].toObject()["reviewedBy"].toString() == "Rita (api 127.0.0.1)");
    }
    const Reply table = f.call("GET", "/api/proposals?status=implemented");
    QJsonObject people;
    for (const QJsonValue& p : table.json["proposals"].toArray())
        if (p.toObject()["id"].toString() == "proposal-table-people")
            people = p.toObject();
    CHECK(people["table"].toObject()["name"].toString() == "people");
    CHECK(people["table"].toObject()["columns"].toArray().first().toObject().contains("type"));

    const Reply rollingBack = f.call("POST", "/api/proposals/proposal-table-people/rollback");
    REQUIRE(rollingBack.status == 202);
    const QJsonObject rolledBack = f.waitForJob(rollingBack.json["job"].toString());
    CHECK(rolledBack["status"].toString() == "finished");
    CHECK(rolledBack["outcome"].toObject()["proposal"].toObject()["status"].toString() == "rolled_back");
    const Reply failing = f.call("POST", "/api/proposals/proposal-table-people/rollback");
    CHECK(f.waitForJob(failing.json["job"].toString())["status"].toString() == "failed");

    const Reply history = f.call("GET", "/api/history");
    REQUIRE(history.status == 200);
    CHECK(history.json["history"].toArray().size() >= 4);
    CHECK(history.json["dynamicTables"].toArray().size() == 2);
    const Reply stats = f.call("GET", "/api/stats");
    REQUIRE(stats.status == 200);
    CHECK(stats.json["stats"].toObject()["rollbacks"].toInt() == 1);
    CHECK(stats.json["stats"].toObject()["activeDynamicTables"].toInt() == 1);
    CHECK(f.post("/api/proposals/analyze", QJsonObject{{"sources", QJsonArray{"/nonexistent.json"}}}).status == 400);
    CHECK(f.post("/api/proposals/analyze", QJsonObject{{"minCoverage", 2}}).status == 400);
}
