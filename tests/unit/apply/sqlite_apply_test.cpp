#include "apply/apply_test_support.h"

#include "core/db/apply/apply_lock.h"
#include "core/db/apply/ledger.h"
#include "core/db/apply/process_identity.h"
#include "core/sql/statement_splitter.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>

using namespace ss;

namespace {

std::optional<LedgerEntry> ledgerRow(SqliteFixture& f, const std::string& id)
{
    std::optional<LedgerEntry> row;
    REQUIRE(Ledger(f.connection.db(), Dialect::Sqlite).find(id, row).empty());
    return row;
}

long long tableCount(SqliteFixture& f, const std::string& name)
{
    return f.scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'");
}

// v1 applied, with rows in what v2 drops.
void applyShopV1WithData(SqliteFixture& f)
{
    const MigrationScript v1 = f.script("0001_shop.sql", plannedMigration(SchemaModel{}, specFromYaml(kShopV1), Dialect::Sqlite));
    REQUIRE(applyScript(f.connection, v1).status == ApplyStatus::Applied);
    f.exec("INSERT INTO customer (id, name, legacy_code) VALUES (1, 'Ann', 'A-1'), (2, 'Bob', 'B-2')");
    f.exec("INSERT INTO old_orders (id, note) VALUES (10, 'first'), (11, 'second'), (12, 'third')");
}

}  // namespace

TEST_CASE("SQLite: a migration applies in one transaction, once, and a changed file is refused", "[apply][sqlite]")
{
    SqliteFixture f;
    const MigrationScript v1 = f.script("0001_shop.sql", plannedMigration(SchemaModel{}, specFromYaml(kShopV1), Dialect::Sqlite));
    const ApplyOutcome first = applyScript(f.connection, v1);
    REQUIRE(first.status == ApplyStatus::Applied);
    CHECK(first.statementsRun == first.statementsTotal);
    CHECK(tableCount(f, "customer") == 1);
    const auto row = ledgerRow(f, "0001_shop");
    REQUIRE(row);
    CHECK(row->status == LedgerStatus::Applied);
    CHECK(row->checksum == v1.checksum);
    CHECK(row->appliedBy == currentProcess().userAtHost());
    CHECK(row->statements == first.statementsTotal);
    CHECK(row->source == f.file("0001_shop.sql"));
    CHECK_FALSE(row->appliedAt.empty());

    const ApplyOutcome again = applyScript(f.connection, v1);
    CHECK(again.status == ApplyStatus::AlreadyApplied);
    CHECK(again.statementsRun == 0);
    CHECK_THAT(again.summary, Catch::Contains("already applied"));

    const MigrationScript changed =
        f.script("0001_shop.sql", plannedMigration(SchemaModel{}, specFromYaml(kShopV2), Dialect::Sqlite));
    const ApplyOutcome refused = applyScript(f.connection, changed);
    CHECK(refused.status == ApplyStatus::Refused);
    CHECK_THAT(refused.error, Catch::Contains(f.file("0001_shop.sql")));
    CHECK_THAT(refused.error, Catch::Contains(v1.checksum));
    CHECK_THAT(refused.error, Catch::Contains(changed.checksum));
    CHECK(ledgerRow(f, "0001_shop")->checksum == v1.checksum);
}

TEST_CASE("SQLite: when the last statement fails nothing changes and the ledger records the failure", "[apply][sqlite]")
{
    SqliteFixture f;
    const MigrationScript bad = f.script(
        "0001_bad.sql", handWrittenMigration(Dialect::Sqlite, "BEGIN;\nCREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);\n"
                                                              "CREATE TABLE a (y INTEGER);\nCOMMIT;\n"));
    const ApplyOutcome outcome = applyScript(f.connection, bad);
    CHECK(outcome.status == ApplyStatus::Failed);
    CHECK(outcome.failedStatement == 3);
    CHECK_THAT(outcome.error, Catch::Contains("statement 3 (CREATE TABLE a (y INTEGER))"));
    CHECK(tableCount(f, "a") == 0);
    const auto row = ledgerRow(f, "0001_bad");
    REQUIRE(row);
    CHECK(row->status == LedgerStatus::Failed);
    CHECK_THAT(row->error, Catch::Contains("statement 3"));
}

TEST_CASE("SQLite: high-risk operations are refused, then run after a backup that holds the lost data", "[apply][sqlite]")
{
    SqliteFixture f;
    applyShopV1WithData(f);
    const MigrationScript v2 = f.script("0002_trim.sql", plannedMigration(specFromYaml(kShopV1), specFromYaml(kShopV2), Dialect::Sqlite));

    const ApplyOutcome refused = applyScript(f.connection, v2);
    REQUIRE(refused.status == ApplyStatus::RefusedBreaking);
    CHECK_THAT(refused.error, Catch::Contains("drop table old_orders"));
    CHECK_THAT(refused.error, Catch::Contains("drop column customer.legacy_code"));
    CHECK(tableCount(f, "old_orders") == 1);
    CHECK_FALSE(ledgerRow(f, "0002_trim"));

    ApplyOptions allow;
    allow.allowBreaking = true;
    const ApplyOutcome applied = applyScript(f.connection, v2, allow);
    REQUIRE(applied.status == ApplyStatus::Applied);
    CHECK(tableCount(f, "old_orders") == 0);
    REQUIRE_FALSE(applied.backup.empty());
    CHECK(QFileInfo(QString::fromStdString(applied.backup)).dir().absolutePath() == f.dir.path());
    CHECK(ledgerRow(f, "0002_trim")->backup == applied.backup);

    QSqlDatabase backup = QSqlDatabase::addDatabase("QSQLITE", "backup_check");
    backup.setDatabaseName(QString::fromStdString(applied.backup));
    REQUIRE(backup.open());
    {
        QSqlQuery q(backup);
        REQUIRE(q.exec("SELECT group_concat(note, ',') FROM (SELECT note FROM old_orders ORDER BY id)"));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == "first,second,third");
        REQUIRE(q.exec("SELECT group_concat(legacy_code, ',') FROM (SELECT legacy_code FROM customer ORDER BY id)"));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == "A-1,B-2");
    }
    backup.close();
    backup = QSqlDatabase();
    QSqlDatabase::removeDatabase("backup_check");
}

TEST_CASE("SQLite: a dry run reports what would run and changes nothing", "[apply][sqlite]")
{
    SqliteFixture f;
    const MigrationScript v1 = f.script("0001_shop.sql", plannedMigration(SchemaModel{}, specFromYaml(kShopV1), Dialect::Sqlite));
    ApplyOptions dry;
    dry.dryRun = true;
    const ApplyOutcome outcome = applyScript(f.connection, v1, dry);
    CHECK(outcome.status == ApplyStatus::DryRun);
    CHECK(outcome.wouldRun.size() == v1.statements.size());
    CHECK(f.scalar("SELECT COUNT(*) FROM sqlite_master") == 0);
}

TEST_CASE("SQLite: cancelling between statements rolls the whole migration back", "[apply][sqlite]")
{
    SqliteFixture f;
    const MigrationScript v1 = f.script("0001_shop.sql", plannedMigration(SchemaModel{}, specFromYaml(kShopV1), Dialect::Sqlite));
    std::atomic<bool> cancel{false};
    std::vector<StatementProgress> seen;
    ApplyOptions options;
    options.hooks.cancel = &cancel;
    options.hooks.onStatement = [&](const StatementProgress& p) {
        seen.push_back(p);
        if (p.index == 2 && p.status == StatementStatus::Applied)
            cancel = true;
    };
    const ApplyOutcome outcome = applyScript(f.connection, v1, options);
    CHECK(outcome.status == ApplyStatus::Cancelled);
    CHECK(tableCount(f, "customer") == 0);
    CHECK(ledgerRow(f, "0001_shop")->status == LedgerStatus::Failed);
    REQUIRE(seen.size() == 4);  // statements 1 and 2, each starting and ending
    CHECK(seen[0].status == StatementStatus::Running);
    CHECK(seen[1].status == StatementStatus::Applied);
    CHECK(seen[1].total == static_cast<int>(v1.statements.size()));
    CHECK(seen[3].firstLine == firstLineOf(v1.statements[1].sql));
}

TEST_CASE("SQLite: a live lock holder makes a second apply give up, naming it, and a dead one is taken over", "[apply][sqlite][lock]")
{
    SqliteFixture f;
    const MigrationScript v1 = f.script("0001_shop.sql", plannedMigration(SchemaModel{}, specFromYaml(kShopV1), Dialect::Sqlite));
    const ProcessIdentity me = currentProcess();
    // The test holds the lock the way an apply does, on a connection of its own.
    DatabaseConnection holder;
    REQUIRE(openDatabase(holder, "sqlite://" + f.path).empty());
    ApplyLock held(holder);
    REQUIRE(held.acquire(0, [](const std::string&) {}).empty());

    SECTION("held by a running process")
    {
        ApplyOptions options;
        options.lockTimeoutSeconds = 0;
        const ApplyOutcome outcome = applyScript(f.connection, v1, options);
        CHECK(outcome.status == ApplyStatus::Refused);
        CHECK_THAT(outcome.error, Catch::Contains("process " + std::to_string(me.pid) + " of " + me.user + " on " + me.host));
        CHECK(tableCount(f, "customer") == 0);
    }
    SECTION("left by a process that has ended")
    {
        QProcess gone;
        gone.start("true", QStringList{});
        REQUIRE(gone.waitForStarted());
        const long long deadPid = gone.processId();
        REQUIRE(gone.waitForFinished());
        f.exec(std::string("UPDATE ") + kSqliteLockTable + " SET pid = " + std::to_string(deadPid));
        const ApplyOutcome outcome = applyScript(f.connection, v1);
        CHECK(outcome.status == ApplyStatus::Applied);
        bool tookOver = false;
        for (const auto& m : outcome.messages)
            tookOver = tookOver || m.find("taking over the apply lock left by process " + std::to_string(deadPid)) != std::string::npos;
        CHECK(tookOver);
        CHECK(f.scalar(std::string("SELECT COUNT(*) FROM ") + kSqliteLockTable) == 0);
    }
}

TEST_CASE("SQLite: a ledger row left running by a dead process is closed with what became of it", "[apply][sqlite]")
{
    SqliteFixture f;
    Ledger ledger(f.connection.db(), Dialect::Sqlite);
    REQUIRE(ledger.ensureTables().empty());
    REQUIRE(ledger.save({"0001_shop", "sha256:00", "", "0001_shop.sql", "", "", "2024-01-01T00:00:00Z", {}, "ann@box", 99,
                         0, 5, LedgerStatus::Running, {}, {}})
                .empty());
    const MigrationScript v1 = f.script("0001_shop.sql", plannedMigration(SchemaModel{}, specFromYaml(kShopV1), Dialect::Sqlite));
    const ApplyOutcome outcome = applyScript(f.connection, v1);
    REQUIRE(outcome.status == ApplyStatus::Applied);
    REQUIRE_FALSE(outcome.messages.empty());
    CHECK_THAT(outcome.messages.front(), Catch::Contains("did not finish"));
    CHECK_THAT(outcome.messages.front(), Catch::Contains("rolled the migration back"));
    CHECK(ledgerRow(f, "0001_shop")->status == LedgerStatus::Applied);
}
