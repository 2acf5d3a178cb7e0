#include "unit/rules/rule_test_support.h"

using namespace ss;
using namespace ss::test;

TEST_CASE("duplicate-name: two columns of one name are an error")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  tables:
    - name: customers
      primary_key: [customer_id]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
        - {name: full_name, type: VARCHAR(100)}
        - {name: full_name, type: TEXT}
)",
                                       "duplicate-name", Severity::Error, 9, 11);
    CHECK_THAT(d.message, Catch::Contains("column 'full_name' is defined twice (line 8)"));
}

TEST_CASE("duplicate-name: two columns differing only in case are a warning naming the dialects that fold them")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  tables:
    - name: customers
      primary_key: [customer_id]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
        - {name: full_name, type: VARCHAR(100)}
        - {name: Full_Name, type: VARCHAR(100)}
)",
                                       "duplicate-name", Severity::Warning, 9, 11);
    CHECK_THAT(d.message, Catch::Contains("column 'Full_Name' differs only in case from column 'full_name' (line 8) "
                                          "in table 'customers'"));
    CHECK_THAT(d.message, Catch::Contains("PostgreSQL keeps them apart, SQLite, DuckDB and MySQL/MariaDB take them for one name"));
}

TEST_CASE("duplicate-name: two tables differing only in case are a warning: MySQL folds table names only where set to")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  tables:
    - name: Users
      primary_key: [id]
      columns:
        - {name: id, type: INTEGER, nullable: false}
    - name: users
      primary_key: [id]
      columns:
        - {name: id, type: INTEGER, nullable: false}
)",
                                       "duplicate-name", Severity::Warning, 8, 7);
    CHECK_THAT(d.message, Catch::Contains("table 'users' differs only in case from table 'Users' (line 4)"));
    CHECK_THAT(d.message, Catch::Contains("SQLite and DuckDB, and MySQL/MariaDB where lower_case_table_names is set,"));
}

TEST_CASE("duplicate-name: an index named like a table is a warning: only MySQL and MariaDB accept it")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  tables:
    - name: customers
      primary_key: [customer_id]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
    - name: orders
      primary_key: [order_id]
      columns:
        - {name: order_id, type: INTEGER, nullable: false}
      indexes:
        - {name: customers, columns: [order_id]}
)",
                                       "duplicate-name", Severity::Warning, 13, 11);
    CHECK_THAT(d.message, Catch::Contains("index 'customers' has the same name as table 'customers'"));
    CHECK_THAT(d.message, Catch::Contains("PostgreSQL and SQLite"));
}

TEST_CASE("duplicate-name: one index name on two tables is a warning, as MySQL keeps index names per table")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  tables:
    - name: cache
      primary_key: [cache_id]
      columns:
        - {name: cache_id, type: INTEGER, nullable: false}
        - {name: expires, type: TIMESTAMP}
      indexes:
        - {name: expires_index, columns: [expires]}
    - name: session
      primary_key: [sess_id]
      columns:
        - {name: sess_id, type: INTEGER, nullable: false}
        - {name: expires, type: TIMESTAMP}
      indexes:
        - {name: expires_index, columns: [expires]}
)",
                                       "duplicate-name", Severity::Warning, 17, 11);
    CHECK_THAT(d.message, Catch::Contains("index 'expires_index' has the same name as index 'expires_index' (line 10)"));
    CHECK_THAT(d.message, Catch::Contains("MySQL and MariaDB keep index names per table"));
}

TEST_CASE("duplicate-name: two indexes of one name in one table, or two foreign keys in two tables, are errors")
{
    const Diagnostic index = requireSingle(R"(version: 1
entities:
  tables:
    - name: cache
      primary_key: [cache_id]
      columns:
        - {name: cache_id, type: INTEGER, nullable: false}
        - {name: expires, type: TIMESTAMP}
      indexes:
        - {name: expires_index, columns: [expires]}
      unique_constraints:
        - {name: expires_index, columns: [cache_id, expires]}
)",
                                           "duplicate-name", Severity::Error, 12, 11);
    CHECK_THAT(index.message, Catch::Contains("has the same name as index 'expires_index'"));
    CHECK_THAT(index.hint, Catch::Contains("table 'cache'"));

    const Diagnostic fk = requireSingle(R"(version: 1
entities:
  tables:
    - name: users
      primary_key: [user_id]
      columns:
        - {name: user_id, type: INTEGER, nullable: false}
    - name: cache
      primary_key: [cache_id]
      columns:
        - {name: cache_id, type: INTEGER, nullable: false}
        - {name: user_id, type: INTEGER}
      foreign_keys:
        - {name: user_id_fk, column: user_id, references: users(user_id)}
    - name: session
      primary_key: [sess_id]
      columns:
        - {name: sess_id, type: INTEGER, nullable: false}
        - {name: user_id, type: INTEGER}
      foreign_keys:
        - {name: user_id_fk, column: user_id, references: users(user_id)}
)",
                                        "duplicate-name", Severity::Error, 21, 11);
    CHECK_THAT(fk.message, Catch::Contains("foreign key 'user_id_fk' has the same name as foreign key 'user_id_fk'"));
}

TEST_CASE("duplicate-name: a column listed twice in a primary key")
{
    requireSingle(R"(version: 1
entities:
  tables:
    - name: customers
      primary_key: [customer_id, CUSTOMER_ID]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
)",
                  "duplicate-name", Severity::Error, 5, 7);
}

TEST_CASE("duplicate-name: distinct names pass")
{
    requireClean(R"(version: 1
entities:
  tables:
    - name: customers
      primary_key: [customer_id]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
        - {name: full_name, type: VARCHAR(100)}
      indexes:
        - {name: ix_customers_full_name, columns: [full_name]}
)");
}

TEST_CASE("invalid-name: quotes, semicolons and over-long names are errors")
{
    const Diagnostic quote = requireSingle(R"(version: 1
entities:
  tables:
    - name: "cust\"omers"
      primary_key: [customer_id]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
)",
                                           "invalid-name", Severity::Error, 4, 7);
    CHECK_THAT(quote.message, Catch::Contains("quote"));

    const Diagnostic semicolon = requireSingle(R"(version: 1
entities:
  tables:
    - name: customers
      primary_key: [customer_id]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
        - {name: "x; DROP TABLE customers", type: TEXT}
)",
                                               "invalid-name", Severity::Error, 8, 11);
    CHECK_THAT(semicolon.message, Catch::Contains("semicolon"));

    const std::string longName(64, 'a');
    const Diagnostic tooLong = requireSingle("version: 1\nentities:\n  tables:\n    - name: customers\n"
                                             "      primary_key: [customer_id]\n      columns:\n"
                                             "        - {name: customer_id, type: INTEGER, nullable: false}\n"
                                             "        - {name: " + longName + ", type: TEXT}\n",
                                             "invalid-name", Severity::Error, 8, 11);
    CHECK_THAT(tooLong.message, Catch::Contains("64 bytes") && Catch::Contains("63"));
}

TEST_CASE("invalid-name: a control character is shown escaped, never raw")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  tables:
    - name: customers
      primary_key: [customer_id]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
        - {name: "bell\a", type: TEXT}
)",
                                       "invalid-name", Severity::Error, 8, 11);
    CHECK_THAT(d.message, Catch::Contains("'bell\\x07'"));
}

TEST_CASE("invalid-name: a 63-byte name passes")
{
    requireClean("version: 1\nentities:\n  tables:\n    - name: " + std::string(63, 't') + "\n"
                 "      primary_key: [customer_id]\n      columns:\n"
                 "        - {name: customer_id, type: INTEGER, nullable: false}\n");
}

TEST_CASE("naming: a camel-case name is a warning with a snake_case suggestion")
{
    const Diagnostic d = requireSingle(R"(version: 1
entities:
  tables:
    - name: customers
      primary_key: [customer_id]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
        - {name: FullNameUTF8, type: VARCHAR(100)}
)",
                                       "naming", Severity::Warning, 8, 11);
    CHECK_THAT(d.hint, Catch::Contains("'full_name_utf8'"));
}

TEST_CASE("naming: snake_case names pass")
{
    requireClean(R"(version: 1
entities:
  tables:
    - name: customer_accounts_2024
      primary_key: [account_id]
      columns:
        - {name: account_id, type: INTEGER, nullable: false}
)");
}

TEST_CASE("reserved-word: the message says which dialects reserve the word")
{
    const Diagnostic all = requireSingle(R"(version: 1
entities:
  tables:
    - name: customers
      primary_key: [customer_id]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
        - {name: order, type: INTEGER}
)",
                                         "reserved-word", Severity::Warning, 8, 11);
    CHECK_THAT(all.message, Catch::EndsWith("reserved word in SQLite, PostgreSQL and MySQL"));

    const Diagnostic mysqlOnly = requireSingle(R"(version: 1
entities:
  tables:
    - name: customers
      primary_key: [customer_id]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
        - {name: rank, type: INTEGER}
)",
                                               "reserved-word", Severity::Warning, 8, 11);
    CHECK_THAT(mysqlOnly.message, Catch::EndsWith("reserved word in MySQL"));

    const Diagnostic sqliteAndPostgres = requireSingle(R"(version: 1
entities:
  tables:
    - name: customers
      primary_key: [customer_id]
      columns:
        - {name: customer_id, type: INTEGER, nullable: false}
        - {name: offset, type: INTEGER}
)",
                                                       "reserved-word", Severity::Warning, 8, 11);
    CHECK_THAT(sqliteAndPostgres.message, Catch::EndsWith("reserved word in SQLite and PostgreSQL"));
}

TEST_CASE("reserved-word: ordinary names, keywords no dialect reserves included, pass")
{
    requireClean(R"(version: 1
entities:
  tables:
    - name: calendar
      primary_key: [calendar_id]
      columns:
        - {name: calendar_id, type: INTEGER, nullable: false}
        - {name: year, type: SMALLINT}
        - {name: month, type: SMALLINT}
        - {name: status, type: VARCHAR(10)}
)");
}
