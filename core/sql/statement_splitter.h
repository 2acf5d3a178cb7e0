#pragma once

#include "core/sql/dialect.h"

#include <string>
#include <string_view>
#include <vector>

namespace ss {

// One statement of a SQL script, without its terminating semicolon and without the comments and blanks
// around it; `line` is where it starts (1-based) in the script.
struct ScriptStatementText {
    std::string sql;
    int line = 1;
};

// A line comment found between statements ("-- ..." with the dashes and one blank removed), with its line.
struct ScriptComment {
    std::string text;
    int line = 1;
};

struct SplitScript {
    std::vector<ScriptStatementText> statements;
    std::vector<ScriptComment> comments;
};

// Splits a script on the semicolons that end statements: not those inside string literals, quoted names,
// comments or (PostgreSQL) dollar-quoted bodies; MySQL's backslash escapes and # comments are honoured.
SplitScript splitSqlScript(std::string_view script, Dialect dialect);

// The first line of a statement, cut to `maxLength` characters with "..." when longer: what logs show.
std::string firstLineOf(std::string_view sql, std::size_t maxLength = 120);

}  // namespace ss
