#include "apply/apply_test_support.h"

#include "core/db/apply/ledger.h"

using namespace ss;

TEST_CASE("The ledger is created on first use and keeps one row per migration", "[apply][ledger]")
{
    SqliteFixture f;
    Ledger ledger(f.connection.db(), Dialect::Sqlite);
    bool exists = true;
    REQUIRE(ledger.exists(exists).empty());
    CHECK_FALSE(exists);
    std::optional<LedgerEntry> found;
    REQUIRE(ledger.find("0001", found).empty());
    CHECK_FALSE(found);

    REQUIRE(ledger.ensureTables().empty());
    REQUIRE(ledger.ensureTables().empty());
    REQUIRE(ledger.exists(exists).empty());
    CHECK(exists);

    LedgerEntry e{"0001", "sha256:aa", "2 operations: x; y", "/m/0001.sql", "1.0.0", "1.1.0", "2024-01-02T00:00:00Z",
                  {}, "ann@box", 42, 0, 7, LedgerStatus::Running, {}, {}};
    REQUIRE(ledger.save(e).empty());
    LedgerEntry second = e;
    second.id = "0000 it's \"quoted\"";
    second.startedAt = "2024-01-01T00:00:00Z";
    REQUIRE(ledger.save(second).empty());

    e.status = LedgerStatus::Failed;
    e.error = "statement 7 failed: no such table";
    e.appliedAt = "2024-01-02T00:00:01Z";
    e.durationMs = 1234;
    REQUIRE(ledger.save(e).empty());

    REQUIRE(ledger.find("0001", found).empty());
    REQUIRE(found);
    CHECK(found->checksum == "sha256:aa");
    CHECK(found->description == "2 operations: x; y");
    CHECK(found->source == "/m/0001.sql");
    CHECK(found->fromVersion == "1.0.0");
    CHECK(found->toVersion == "1.1.0");
    CHECK(found->appliedBy == "ann@box");
    CHECK(found->pid == 42);
    CHECK(found->durationMs == 1234);
    CHECK(found->statements == 7);
    CHECK(found->status == LedgerStatus::Failed);
    CHECK(found->error == "statement 7 failed: no such table");
    CHECK(found->appliedAt == "2024-01-02T00:00:01Z");
    CHECK(found->backup.empty());

    std::vector<LedgerEntry> history;
    REQUIRE(ledger.history(history).empty());
    REQUIRE(history.size() == 2);
    CHECK(history[0].id == "0000 it's \"quoted\"");
    CHECK(history[1].id == "0001");
    CHECK(f.scalar("SELECT COUNT(*) FROM dbx_migrations") == 2);
}

TEST_CASE("Ledger statuses have stable names", "[apply][ledger]")
{
    for (LedgerStatus s : {LedgerStatus::Running, LedgerStatus::Applied, LedgerStatus::Failed})
        CHECK(parseLedgerStatus(toString(s)) == s);
    CHECK_FALSE(parseLedgerStatus("done"));
}
