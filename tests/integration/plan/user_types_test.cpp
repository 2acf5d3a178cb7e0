// Declared types as a user meets them on every server dialect: a spec with an enum and a domain is applied to an
// empty database, enforced there, planned again without a difference, and evolved (a value added). PostgreSQL
// keeps them as types of its own (CREATE TYPE, CREATE DOMAIN) and inspects them back; MariaDB and SQLite hold
// them written out into the columns (ENUM, the base type with checks).
#include "apply/apply_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ss;

namespace {

std::string typedSpec(const char* values)
{
    return std::string("version: 1\n"
                       "types:\n"
                       "  - name: ticket_status\n"
                       "    description: Where a ticket stands\n"
                       "    enum: ") + values + "\n"
           "  - name: positive_amount\n"
           "    domain: DECIMAL(12,2)\n"
           "    checks:\n"
           "      - {expression: VALUE > 0}\n"
           "entities:\n"
           "  tables:\n"
           "    - name: ticket\n"
           "      primary_key: [id]\n"
           "      columns:\n"
           "        - {name: id, type: INTEGER, nullable: false}\n"
           "        - {name: status, type: ticket_status, nullable: false, default: open}\n"
           "        - {name: amount, type: positive_amount}\n";
}

bool inserts(ApplyTarget& db, const std::string& columnsAndValues)
{
    return execSql(db.scratch.db(), QString::fromStdString("INSERT INTO ticket " + columnsAndValues)).isEmpty();
}

}  // namespace

TEST_CASE("an enum and a domain are applied, enforced and planned again without a difference on every server dialect",
          "[plan][apply][converge][types]")
{
    for (const Dialect dialect : kAllDialects) {
        INFO("dialect " << toString(dialect));
        ApplyTarget db(dialect, "user_types");
        const QString v1 = db.write("v1.yml", typedSpec("[open, in_progress, closed]"));
        CHECK(dbxOk({"apply", "--db", db.url, "--target", v1}).out.contains("applied migration"));
        requireNoChanges(db, v1);

        CHECK(inserts(db, "(id, status, amount) VALUES (1, 'closed', 10.50)"));
        CHECK(db.text("SELECT status FROM ticket WHERE id = 1") == "closed");
        CHECK_FALSE(inserts(db, "(id, status, amount) VALUES (2, 'lost', 1)"));   // not a value of the enum
        CHECK_FALSE(inserts(db, "(id, status, amount) VALUES (3, 'open', -1)"));  // breaks the domain's check
        CHECK(inserts(db, "(id, amount) VALUES (4, 2)"));
        CHECK(db.text("SELECT status FROM ticket WHERE id = 4") == "open");

        // A value added in the middle: PostgreSQL adds it to the type, the others change the column.
        const QString v2 = db.write("v2.yml", typedSpec("[open, waiting, in_progress, closed]"));
        const DbxRun planned = dbxOk({"plan", "--db", db.url, "--target", v2, "--json"});
        const QJsonArray operations = QJsonDocument::fromJson(planned.out.toUtf8()).object().value("operations").toArray();
        REQUIRE(operations.size() >= 1);
        if (dialect == Dialect::PostgreSql) {
            REQUIRE(operations.size() == 1);
            CHECK(operations[0].toObject().value("kind").toString() == "add_enum_value");
            CHECK(operations[0].toObject().value("risk").toString() == "safe");
        }
        dbxOk({"apply", "--db", db.url, "--target", v2});
        requireNoChanges(db, v2);
        CHECK(inserts(db, "(id, status, amount) VALUES (5, 'waiting', 3)"));
        CHECK(db.text("SELECT count(*) FROM ticket") == "3");

        // Seeding draws from the enum's values and keeps to the domain's check: the database refuses anything else.
        dbxOk({"seed", "--spec", v2, "--db", db.url, "--replace"});
        CHECK(db.number("SELECT count(*) FROM ticket") > 10);
        CHECK(db.number("SELECT count(DISTINCT status) FROM ticket") > 1);
    }
}

TEST_CASE("PostgreSQL: enum and domain types are inspected into the spec, and a value removed is planned as high risk",
          "[plan][apply][converge][types]")
{
    ApplyTarget db(Dialect::PostgreSql, "user_types_pg");
    const QString v1 = db.write("v1.yml", typedSpec("[open, in_progress, closed]"));
    dbxOk({"apply", "--db", db.url, "--target", v1});
    CHECK(db.text("SELECT count(*) FROM pg_type WHERE typname IN ('ticket_status', 'positive_amount')") == "2");

    const QString inspectedPath = db.dir.filePath("inspected.yml");
    dbxOk({"inspect", "--db", db.url, "--no-cache", "--out", inspectedPath});
    const QString inspected = QString::fromUtf8(readFile(inspectedPath));
    CHECK(inspected.contains("- name: ticket_status"));
    CHECK(inspected.contains("Where a ticket stands"));
    CHECK(inspected.contains("enum: [open, in_progress, closed]"));
    CHECK(inspected.contains("domain: DECIMAL(12,2)"));
    CHECK(inspected.contains("expression: VALUE > 0}"));  // the spec's words, not PostgreSQL's 0::numeric
    CHECK(inspected.contains("{name: status, type: ticket_status, nullable: false, default: open}"));
    CHECK_FALSE(inspected.contains("user-defined type"));
    requireNoChanges(db, inspectedPath);

    // Removing a value the rows do not use: the type is replaced under its column, rated high.
    db.exec("INSERT INTO ticket (id, status) VALUES (1, 'closed')");
    const QString v2 = db.write("v2.yml", typedSpec("[open, closed]"));
    const DbxRun planned = dbxOk({"plan", "--db", db.url, "--target", v2});
    CHECK(planned.out.contains("replace enum ticket_status (open, in_progress, closed) with enum ticket_status (open, closed)"));
    CHECK(planned.out.contains("MF110"));
    const DbxRun refused = runDbx({"apply", "--db", db.url, "--target", v2});
    CHECK(refused.exitCode == 3);  // a high risk, refused without --allow-breaking
    dbxOk({"apply", "--db", db.url, "--target", v2, "--allow-breaking"});
    requireNoChanges(db, v2);
    CHECK(db.text("SELECT status FROM ticket WHERE id = 1") == "closed");
    CHECK(db.text("SELECT count(*) FROM pg_type WHERE typname LIKE '%replaced'") == "0");

    // Types the spec no longer declares are dropped after the tables that used them.
    const QString bare = db.write("bare.yml", "version: 1\nentities: {}\n");
    dbxOk({"apply", "--db", db.url, "--target", bare, "--allow-breaking"});
    CHECK(db.text("SELECT count(*) FROM pg_type WHERE typname IN ('ticket_status', 'positive_amount')") == "0");
}
