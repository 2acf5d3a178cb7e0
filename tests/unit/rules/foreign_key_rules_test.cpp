#include "unit/rules/rule_test_support.h"

using namespace ss;
using namespace ss::test;

namespace {

// Two plain tables; each test appends the foreign keys and columns it needs to `orders` (line 11 on, later
// by as many lines as `customerKeys` adds to `customers`).
std::string ordersSpec(const std::string& rest, const std::string& customerKeys = {})
{
    return "version: 1\n"
           "entities:\n"
           "  tables:\n"
           "    - name: customers\n"
           "      primary_key: [customer_id]\n"
           "      columns:\n"
           "        - {name: customer_id, type: INTEGER, nullable: false}\n"
           "        - {name: email, type: VARCHAR(254), nullable: false}\n"
           + customerKeys +
           "    - name: orders\n"
           "      primary_key: [order_id]\n"
           + rest;
}

}  // namespace

TEST_CASE("fk-missing-target: a missing table, with a suggestion")
{
    const std::string spec = ordersSpec("      foreign_keys:\n"
                                        "        - {column: customer_id, references: customer(customer_id)}\n"
                                        "      columns:\n"
                                        "        - {name: order_id, type: INTEGER, nullable: false}\n");
    const Diagnostic d = requireSingle(spec, "fk-missing-target", Severity::Error, 12, 45);
    CHECK_THAT(d.message, Catch::Contains("'customer'") && Catch::Contains("does not exist"));
    CHECK(d.hint == "Did you mean 'customers'?");
}

TEST_CASE("fk-missing-target: a table of another schema referenced without it, with the reference to write")
{
    const std::string spec = ordersSpec("      foreign_keys:\n"
                                        "        - {column: customer_id, references: customers(customer_id)}\n"
                                        "      columns:\n"
                                        "        - {name: order_id, type: INTEGER, nullable: false}\n",
                                        "      schema: crm\n");
    const Diagnostic d = requireSingle(spec, "fk-missing-target", Severity::Error, 13, 45);
    CHECK_THAT(d.message, Catch::Contains("'customers'") && Catch::Contains("does not exist"));
    CHECK(d.hint == "Write references: crm.customers(...): 'customers' is in schema 'crm'.");
}

TEST_CASE("fk-missing-target: a reference qualified with the table's schema passes")
{
    requireClean(ordersSpec("      foreign_keys:\n"
                            "        - {column: customer_id, references: crm.customers(customer_id)}\n"
                            "      columns:\n"
                            "        - {name: order_id, type: INTEGER, nullable: false}\n",
                            "      schema: crm\n"));
}

TEST_CASE("fk-missing-target: a missing column")
{
    const std::string spec = ordersSpec("      foreign_keys:\n"
                                        "        - {column: customer_id, references: customers(customer_key)}\n"
                                        "      columns:\n"
                                        "        - {name: order_id, type: INTEGER, nullable: false}\n");
    const Diagnostic d = requireSingle(spec, "fk-missing-target", Severity::Error, 12, 45);
    CHECK_THAT(d.message, Catch::Contains("'customers.customer_key'"));
}

TEST_CASE("fk-missing-target: an existing table and column pass")
{
    requireClean(ordersSpec("      foreign_keys:\n"
                            "        - {column: customer_id, references: customers(customer_id)}\n"
                            "      columns:\n"
                            "        - {name: order_id, type: INTEGER, nullable: false}\n"));
}

TEST_CASE("fk-column-count: two columns referencing one")
{
    const std::string spec = ordersSpec("      foreign_keys:\n"
                                        "        - {columns: [customer_id, shop], references: customers(customer_id)}\n"
                                        "      columns:\n"
                                        "        - {name: order_id, type: INTEGER, nullable: false}\n"
                                        "        - {name: customer_id, type: INTEGER, nullable: false}\n"
                                        "        - {name: shop, type: INTEGER, nullable: false}\n");
    const Diagnostic d = requireSingle(spec, "fk-column-count", Severity::Error, 12, 11);
    CHECK_THAT(d.message, Catch::Contains("has 2 column(s) but references 1"));
}

TEST_CASE("fk-column-count: matching counts pass")
{
    requireClean(ordersSpec("      foreign_keys:\n"
                            "        - {columns: [customer_id], references: customers(customer_id)}\n"
                            "      columns:\n"
                            "        - {name: order_id, type: INTEGER, nullable: false}\n"
                            "        - {name: customer_id, type: INTEGER, nullable: false}\n"));
}

TEST_CASE("fk-type-mismatch: an integer size differs (an error: MySQL refuses it)")
{
    const std::string spec = ordersSpec("      foreign_keys:\n"
                                        "        - {column: customer_id, references: customers(customer_id)}\n"
                                        "      columns:\n"
                                        "        - {name: order_id, type: INTEGER, nullable: false}\n"
                                        "        - {name: customer_id, type: BIGINT, nullable: false}\n");
    const Diagnostic d = requireSingle(spec, "fk-type-mismatch", Severity::Error, 15, 37);
    CHECK_THAT(d.message, Catch::Contains("is BIGINT but the referenced 'customers.customer_id' is INTEGER"));
}

TEST_CASE("fk-type-mismatch: a text length differs (a warning)")
{
    requireSingle(ordersSpec("      foreign_keys:\n"
                             "        - {column: customer_email, references: customers(email)}\n"
                             "      columns:\n"
                             "        - {name: order_id, type: INTEGER, nullable: false}\n"
                             "        - {name: customer_email, type: VARCHAR(300), nullable: false}\n",
                             "      unique_constraints:\n"
                             "        - {name: uq_customers_email, columns: [email]}\n"),
                  "fk-type-mismatch", Severity::Warning, 17, 40);
}

TEST_CASE("fk-type-mismatch: same types, and implied columns taking the referenced type, pass")
{
    requireClean(ordersSpec("      foreign_keys:\n"
                            "        - {column: customer_id, references: customers(customer_id)}\n"
                            "        - {column: billing_customer_id, references: customers(customer_id)}\n"
                            "      columns:\n"
                            "        - {name: order_id, type: INTEGER, nullable: false}\n"
                            "        - {name: customer_id, type: int, nullable: false}\n"));
}

TEST_CASE("fk-target-not-unique: referencing a column that is not a key")
{
    const std::string spec = ordersSpec("      foreign_keys:\n"
                                        "        - {column: customer_email, references: customers(email)}\n"
                                        "      columns:\n"
                                        "        - {name: order_id, type: INTEGER, nullable: false}\n"
                                        "        - {name: customer_email, type: VARCHAR(254), nullable: false}\n");
    const Diagnostic d = requireSingle(spec, "fk-target-not-unique", Severity::Error, 12, 48);
    CHECK_THAT(d.hint, Catch::Contains("primary key 'customers' (customer_id)"));
}

TEST_CASE("fk-target-not-unique: referencing a unique column passes")
{
    requireClean(ordersSpec("      foreign_keys:\n"
                            "        - {column: customer_email, references: customers(email)}\n"
                            "      columns:\n"
                            "        - {name: order_id, type: INTEGER, nullable: false}\n"
                            "        - {name: customer_email, type: VARCHAR(254), nullable: false}\n",
                            "      indexes:\n"
                            "        - {name: ux_customers_email, columns: [email], unique: true}\n"));
}

TEST_CASE("fk-cycle: a two-table cycle names its path, a self-reference does not count")
{
    const char* spec = R"(version: 1
entities:
  tables:
    - name: departments
      primary_key: [department_id]
      foreign_keys:
        - {column: head_employee_id, references: employees(employee_id)}
      columns:
        - {name: department_id, type: INTEGER, nullable: false}
    - name: employees
      primary_key: [employee_id]
      foreign_keys:
        - {column: department_id, references: departments(department_id)}
        - {column: manager_id, references: employees(employee_id)}
      columns:
        - {name: employee_id, type: INTEGER, nullable: false}
)";
    const Diagnostic d = requireSingle(spec, "fk-cycle", Severity::Warning, 7, 11);
    CHECK_THAT(d.message, Catch::EndsWith("departments -> employees -> departments"));
}

TEST_CASE("fk-cycle: the shortest path of a larger loop is reported once")
{
    const char* spec = R"(version: 1
entities:
  tables:
    - name: a
      primary_key: [id]
      foreign_keys:
        - {column: b_id, references: b(id)}
      columns:
        - {name: id, type: INTEGER, nullable: false}
    - name: b
      primary_key: [id]
      foreign_keys:
        - {column: c_id, references: c(id)}
      columns:
        - {name: id, type: INTEGER, nullable: false}
    - name: c
      primary_key: [id]
      foreign_keys:
        - {column: a_id, references: a(id)}
        - {column: b_id, references: b(id)}
      columns:
        - {name: id, type: INTEGER, nullable: false}
)";
    const Diagnostic d = requireSingle(spec, "fk-cycle", Severity::Warning, 7, 11);
    CHECK_THAT(d.message, Catch::Contains("a -> b -> c -> a"));
}

TEST_CASE("fk-cycle: a hierarchy and a chain pass")
{
    requireClean(R"(version: 1
entities:
  tables:
    - name: employees
      primary_key: [employee_id]
      foreign_keys:
        - {column: manager_id, references: employees(employee_id)}
      columns:
        - {name: employee_id, type: INTEGER, nullable: false}
    - name: timesheets
      primary_key: [timesheet_id]
      foreign_keys:
        - {column: employee_id, references: employees(employee_id)}
      columns:
        - {name: timesheet_id, type: INTEGER, nullable: false}
)");
}
