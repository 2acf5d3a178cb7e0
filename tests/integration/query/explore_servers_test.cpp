// Explore on the real servers: the demo's questions on PostgreSQL and MariaDB with the rows hand-written SQL
// gives; a SELECT that would write stopped by the read-only transaction; and Zabbix's own schema and data
// (Debian's zabbix-server-pgsql), a database nobody here designed, asked about in plain words.
#include "support/explore_demo.h"
#include "support/explore_questions.h"
#include "support/native_client.h"
#include "support/packaged_sql.h"
#include "support/scratch_database.h"

#include "core/query/explorer.h"

namespace {

std::unique_ptr<ss::query::Explorer> explorerFor(ss::DatabaseConnection& connection)
{
    ss::query::LoadedModel loaded = ss::query::loadSemanticModel(connection);
    INFO(loaded.error);
    REQUIRE(loaded.error.empty());
    return std::make_unique<ss::query::Explorer>(std::move(loaded.model), connection.dialect());
}

void checkDemoOn(ss::Dialect dialect)
{
    ScratchDatabase scratch(dialect, "explore_demo");
    REQUIRE(scratch.error().isEmpty());
    const std::string url = scratchDatabaseUrl(scratch);
    applyAndSeedDemo(QString::fromStdString(url));
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, url) == "");
    const auto explorer = explorerFor(connection);
    explore_test::checkDemoQuestions(connection, *explorer);
}

// A SELECT the guard lets through but that writes: nextval() advances a sequence.
void checkReadOnlyTransaction(ss::Dialect dialect, const char* create, const char* next)
{
    ScratchDatabase scratch(dialect, "explore_readonly");
    REQUIRE(scratch.error().isEmpty());
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, scratchDatabaseUrl(scratch)) == "");
    QSqlQuery q(connection.db());
    REQUIRE(q.exec(create));
    ss::query::BuiltQuery query;
    query.sql = next;
    query.columns = {"n"};
    const ss::query::ResultRows rows = ss::query::runReadOnly(connection, query);
    INFO(rows.error);
    CHECK(rows.rows.empty());
    CHECK(QString::fromStdString(rows.error).contains("read", Qt::CaseInsensitive));
    REQUIRE(q.exec(next));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

}  // namespace

TEST_CASE("Explore answers the demo's questions with the rows hand-written SQL gives, on PostgreSQL", "[query][postgresql]")
{
    checkDemoOn(ss::Dialect::PostgreSql);
}

TEST_CASE("Explore answers the demo's questions with the rows hand-written SQL gives, on MariaDB", "[query][mysql]")
{
    checkDemoOn(ss::Dialect::MySql);
}

TEST_CASE("a SELECT that would change something is stopped by the read-only transaction, on PostgreSQL and MariaDB", "[query][postgresql][mysql]")
{
    checkReadOnlyTransaction(ss::Dialect::PostgreSql, "CREATE SEQUENCE s", "SELECT nextval('s')");
    checkReadOnlyTransaction(ss::Dialect::MySql, "CREATE SEQUENCE s", "SELECT NEXTVAL(s)");
}

TEST_CASE("Explore answers questions about Zabbix's own database, schema and data as Debian ships them", "[query][postgresql][zabbix]")
{
    ScratchDatabase scratch(ss::Dialect::PostgreSql, "explore_zabbix");
    REQUIRE(scratch.error().isEmpty());
    for (const char* file : {"schema.sql.gz", "images.sql.gz", "data.sql.gz"})
        loadPackagedSql(scratch, packagedSql(QString("/usr/share/zabbix-server-pgsql/") + file, "zabbix-server-pgsql"));
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, scratchDatabaseUrl(scratch)) == "");
    const auto explorer = explorerFor(connection);
    const std::vector<explore_test::Case> cases = {
        {"how many items by host", "SELECT h.host, COUNT(*) FROM items i LEFT JOIN hosts h ON h.hostid = i.hostid GROUP BY h.host"},
        {"top 5 hosts by number of items",
         "SELECT h.name, COUNT(*) FROM items i JOIN hosts h ON h.hostid = i.hostid GROUP BY h.name ORDER BY 2 DESC, 1 LIMIT 5", true},
        {"how many triggers by priority", "SELECT priority, COUNT(*) FROM triggers GROUP BY priority"},
        {"number of items by value type", "SELECT value_type, COUNT(*) FROM items GROUP BY value_type"},
        {"how many media types", "SELECT COUNT(*) FROM media_type"},
        {"how many trigger tags by tag", "SELECT tag, COUNT(*) FROM trigger_tag GROUP BY tag"},
        {"number of graphs by graph type", "SELECT graphtype, COUNT(*) FROM graphs GROUP BY graphtype"},
    };
    explore_test::checkCases(connection, *explorer, cases);
    const std::vector<std::string> suggested = explorer->suggest("", 12);
    CHECK(suggested.size() == 12);
    for (const std::string& question : suggested) {
        INFO(question);
        CHECK(explorer->ask(question, &connection).status == ss::query::AnswerStatus::Answered);
    }
}

TEST_CASE("Explore takes an enum column for the category it is and finds its values, on PostgreSQL", "[query][postgresql][types]")
{
    ScratchDatabase scratch(ss::Dialect::PostgreSql, "explore_enum");
    REQUIRE(scratch.error().isEmpty());
    for (const char* sql : {"CREATE TYPE ticket_status AS ENUM ('open', 'waiting', 'closed')",
                            "CREATE TABLE ticket (id integer PRIMARY KEY, status ticket_status NOT NULL, hours integer)",
                            "INSERT INTO ticket VALUES (1, 'open', 3), (2, 'closed', 5), (3, 'closed', 8), (4, 'waiting', 1)"}) {
        QSqlQuery q(scratch.db());
        INFO(sql);
        REQUIRE(q.exec(sql));
    }
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, scratchDatabaseUrl(scratch)) == "");
    const auto explorer = explorerFor(connection);
    explore_test::checkCases(connection, *explorer,
                             {{"how many tickets by status", "SELECT status::text, COUNT(*) FROM ticket GROUP BY status"},
                              {"how many closed tickets", "SELECT COUNT(*) FROM ticket WHERE status = 'closed'"},
                              {"total hours of waiting tickets", "SELECT SUM(hours) FROM ticket WHERE status = 'waiting'"}});
}

TEST_CASE("on MediaWiki's SQLite schema a phrase whose exact matches lie elsewhere means the asked table's own column", "[query][mediawiki]")
{
    ScratchDatabase scratch(ss::Dialect::Sqlite, "explore_mediawiki");
    REQUIRE(scratch.error().isEmpty());
    loadPackagedSql(scratch, packagedSql("/usr/share/mediawiki/maintenance/sqlite/tables-generated.sql", "mediawiki"));
    ss::DatabaseConnection connection;
    REQUIRE(ss::openDatabase(connection, scratchDatabaseUrl(scratch)) == "");
    const auto explorer = explorerFor(connection);
    // "namespace" names qc_namespace and others exactly; the pages' own page_namespace is what is meant.
    const ss::query::Answer answer = explorer->ask("how many pages by namespace", &connection);
    INFO(answer.message);
    REQUIRE(answer.status == ss::query::AnswerStatus::Answered);
    REQUIRE(answer.plan);
    CHECK(explorer->model().qualified(answer.plan->groups.front().field) == "page.page_namespace");
    CHECK(answer.executed);
    CHECK(answer.result.error.empty());
}
