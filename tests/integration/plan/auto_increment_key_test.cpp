// MySQL and MariaDB accept an AUTO_INCREMENT column only while it is keyed ("there can be only one auto column
// and it must be defined as a key"): a plan that moves the auto column or the primary key under it applies.
#include "plan/convergence.h"

using namespace ss;

TEST_CASE("MariaDB: moving the auto-increment primary key to another column applies and converges",
          "[plan][apply][converge][identity]")
{
    ConvergenceCase c(Dialect::MySql, "auto_key",
                      {"CREATE TABLE event (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, seq INT, legacy INT NOT NULL)",
                       "INSERT INTO event (seq, legacy) VALUES (10, 1), (20, 2)"},
                      {"CREATE TABLE event (id INT NOT NULL, seq INT NOT NULL AUTO_INCREMENT PRIMARY KEY, legacy INT NOT NULL)"});
    c.check();
}

TEST_CASE("MariaDB: a table gains an auto-increment primary key, and an auto column's key widens",
          "[plan][apply][converge][identity]")
{
    ConvergenceCase c(Dialect::MySql, "auto_gain",
                      {"CREATE TABLE gain (id INT NOT NULL, note INT)",
                       "CREATE TABLE widen (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, part INT NOT NULL)",
                       "INSERT INTO gain (id, note) VALUES (1, 10), (2, 20)"},
                      {"CREATE TABLE gain (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, note INT)",
                       "CREATE TABLE widen (id INT NOT NULL AUTO_INCREMENT, part INT NOT NULL, PRIMARY KEY (id, part))"});
    c.check();
}
