#include "core/sql/migration.h"

#include <algorithm>

namespace ss {

namespace {

// Comments carry names from the spec; a line break in one must not end the comment and start SQL.
std::string commentText(const std::string& text)
{
    std::string out = text;
    for (char& c : out)
        if (c == '\n' || c == '\r')
            c = ' ';
    return out;
}

void appendStatement(std::string& out, const Statement& s)
{
    out += s.sql;
    out += ";\n";
}

}  // namespace

std::vector<std::string> Migration::statementsOf(int operation) const
{
    std::vector<std::string> out;
    for (const auto& s : statements)
        if (s.operation == operation)
            out.push_back(s.sql);
    return out;
}

MigrationText Migration::bodyText(const Plan& plan) const
{
    MigrationText result;
    if (plan.operations.empty())
        return result;
    std::string& out = result.text;
    for (const auto& s : statements)
        if (s.phase == StatementPhase::BeforeTransaction)
            appendStatement(out, s);
    bool anyInTransaction = false;
    for (const auto& s : statements)
        anyInTransaction = anyInTransaction || s.phase == StatementPhase::InTransaction;
    if (transactional && anyInTransaction)
        out += "BEGIN;\n";

    std::size_t next = 0;
    std::size_t counted = 0;
    int lines = 0;
    const auto lineCount = [&] {
        lines += static_cast<int>(std::count(out.begin() + static_cast<std::ptrdiff_t>(counted), out.end(), '\n'));
        counted = out.size();
        return lines;
    };
    result.operations.reserve(plan.operations.size());
    for (std::size_t i = 0; i < plan.operations.size(); ++i) {
        const Operation& op = plan.operations[i];
        LineSpan span;
        span.first = lineCount() + 1;  // below the blank line that separates operations
        out += "\n-- " + std::to_string(i + 1) + ". " + commentText(op.describe()) + " [" + toString(op.risk()) + "]\n";
        if (i < notes.size() && !notes[i].empty())
            out += "-- " + commentText(notes[i]) + "\n";
        for (; next < statements.size(); ++next) {
            const Statement& s = statements[next];
            if (s.phase != StatementPhase::InTransaction || s.operation < 0)
                continue;
            if (s.operation != static_cast<int>(i))
                break;
            appendStatement(out, s);
        }
        span.end = lineCount();
        result.operations.push_back(span);
    }

    bool framingInTransaction = false;
    for (const auto& s : statements)
        if (s.phase == StatementPhase::InTransaction && s.operation < 0) {
            if (!framingInTransaction)
                out += "\n";
            framingInTransaction = true;
            appendStatement(out, s);
        }
    if (transactional && anyInTransaction)
        out += framingInTransaction ? "COMMIT;\n" : "\nCOMMIT;\n";
    for (const auto& s : statements)
        if (s.phase == StatementPhase::AfterTransaction)
            appendStatement(out, s);
    return result;
}

}  // namespace ss
