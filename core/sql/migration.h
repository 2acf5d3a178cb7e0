#pragma once

#include "core/plan/plan.h"
#include "core/sql/dialect.h"

#include <string>
#include <vector>

namespace ss {

// Where a statement runs relative to the migration's transaction. SQLite's foreign-key switch only takes
// effect outside a transaction, so its table rebuilds need statements before and after it.
enum class StatementPhase { BeforeTransaction, InTransaction, AfterTransaction };

struct Statement {
    std::string sql;           // one statement, without the terminating semicolon
    int operation = -1;        // index into Plan::operations, -1 for the migration's own framing
    StatementPhase phase = StatementPhase::InTransaction;
    bool mustReturnNoRows = false;  // a check (PRAGMA foreign_key_check): any row returned means failure
};

// Where one operation stands in a migration's body: from its "-- N. ..." comment to its last statement.
struct LineSpan {
    int first = 0;  // 0-based
    int end = 0;    // one past the last line
};

// A migration's body with the lines of each operation, so that a view of the SQL can show one operation's
// statements without searching the text.
struct MigrationText {
    std::string text;
    std::vector<LineSpan> operations;  // one per operation of the plan
};

// The SQL of a plan for one dialect: statements in order, plus for each operation a note when its effect is
// produced by another operation's statements (SQLite rebuilds) or needs none.
struct Migration {
    Dialect dialect = Dialect::Sqlite;
    bool transactional = true;  // false for MySQL, whose DDL commits statement by statement
    std::vector<Statement> statements;
    std::vector<std::string> notes;  // one per operation, often empty

    // The executable text: the statements with the transaction around them and a comment naming each
    // operation and its risk. This is what the migration file holds below its header.
    std::string body(const Plan& plan) const { return bodyText(plan).text; }
    MigrationText bodyText(const Plan& plan) const;
    std::vector<std::string> statementsOf(int operation) const;
};

Migration renderMigration(const Plan& plan, Dialect dialect);

}  // namespace ss
