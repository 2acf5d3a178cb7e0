// InnoDB keeps an index under every foreign key and refuses to drop the last one a key can use (error 1553);
// the index it makes for an unnamed key is named after the key's first column, so inspection reads it as an
// ordinary index. Plans that drop such an index still apply, and apply once: nothing is planned again after.
#include "plan/convergence.h"

using namespace ss;

namespace {

const char* const kParent = "CREATE TABLE parent (id INT PRIMARY KEY)";

}  // namespace

TEST_CASE("MariaDB: the index InnoDB made for an unnamed foreign key gives way to a covering index in one apply",
          "[plan][apply][converge][foreign-keys]")
{
    ConvergenceCase c(Dialect::MySql, "fk_implicit",
                      {kParent, "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT, x INT, "
                                 "FOREIGN KEY (parent_id) REFERENCES parent (id))"},
                      {kParent, "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT, x INT, "
                                 "KEY parent_x (parent_id, x), FOREIGN KEY (parent_id) REFERENCES parent (id))"});

    const InspectResult inspectedBefore = inspectScratch(c.current);
    const Table* before = inspectedBefore.model.findTable("child");
    REQUIRE(before);
    REQUIRE(before->indexes.size() == 1);
    CHECK(before->indexes[0].name == "parent_id");  // InnoDB's own index for child_ibfk_1

    const Converged converged = c.check();
    const Table* after = converged.applied.model.findTable("child");
    REQUIRE(after);
    REQUIRE(after->indexes.size() == 1);
    CHECK(after->indexes[0].name == "parent_x");
    REQUIRE(after->foreignKeys.size() == 1);
    CHECK(after->foreignKeys[0].name == "child_ibfk_1");
}

TEST_CASE("MariaDB: dropping the only index a foreign key can use drops and re-adds the key around it",
          "[plan][apply][converge][foreign-keys]")
{
    ConvergenceCase c(Dialect::MySql, "fk_needed",
                      {kParent, "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT, "
                                 "KEY by_parent (parent_id), UNIQUE KEY one_per_parent (parent_id, id), "
                                 "CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id))"},
                      {kParent, "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT, "
                                 "CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id))"});

    const Migration migration = c.check().migration;
    std::string sql;
    for (const auto& s : migration.statements)
        sql += s.sql + "\n";
    INFO(sql);
    CHECK(std::any_of(migration.notes.begin(), migration.notes.end(),
                      [](const std::string& note) { return note.find("foreign key fk_child_parent") != std::string::npos; }));
    CHECK(sql.find("DROP FOREIGN KEY `fk_child_parent`") != std::string::npos);
    CHECK(sql.find("ADD CONSTRAINT `fk_child_parent`") != std::string::npos);

    CHECK(firstValue(c.current, "SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS "
                                "WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'fk_child_parent'")
              .toInt() == 1);
}

TEST_CASE("MariaDB: replacing the key a foreign key references moves the reference to the new key",
          "[plan][apply][converge][foreign-keys]")
{
    ConvergenceCase c(Dialect::MySql, "fk_parent",
                      {"CREATE TABLE parent (id INT PRIMARY KEY, code INT NOT NULL, UNIQUE KEY uk (code))",
                       "CREATE TABLE child (id INT PRIMARY KEY, parent_code INT, "
                       "CONSTRAINT fk_child_code FOREIGN KEY (parent_code) REFERENCES parent (code))",
                       "INSERT INTO parent VALUES (1, 10)", "INSERT INTO child VALUES (1, 10)"},
                      {"CREATE TABLE parent (id INT PRIMARY KEY, code INT NOT NULL, UNIQUE KEY uq_parent_code (code))",
                       "CREATE TABLE child (id INT PRIMARY KEY, parent_code INT, "
                       "CONSTRAINT fk_child_code FOREIGN KEY (parent_code) REFERENCES parent (code))"});

    const Migration migration = c.check().migration;
    CHECK(std::any_of(migration.notes.begin(), migration.notes.end(),
                      [](const std::string& note) { return note.find("foreign key fk_child_code") != std::string::npos; }));
    CHECK(firstValue(c.current, "SELECT COUNT(*) FROM child JOIN parent ON parent.code = child.parent_code").toInt() == 1);
}
