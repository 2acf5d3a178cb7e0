#include "core/db/apply/resume_state.h"

namespace ss {

namespace {

std::size_t appliedPrefix(const std::vector<JournalStep>& steps)
{
    std::size_t k = 0;
    while (k < steps.size() && steps[k].index == static_cast<int>(k) + 1 && steps[k].status == LedgerStatus::Applied)
        ++k;
    return k;
}

// What the journal says happened after the statements that ran: the failure, or the statement in flight.
std::string stoppedAt(const std::vector<JournalStep>& steps, std::size_t applied)
{
    if (applied >= steps.size())
        return "no statement after them had started";
    const JournalStep& s = steps[applied];
    if (s.status == LedgerStatus::Failed)
        return "statement " + std::to_string(s.index) + " (" + s.firstLine + ") failed: " + s.error;
    return "statement " + std::to_string(s.index) + " (" + s.firstLine +
           ") was running when the process stopped, so whether it took effect is unknown; it runs again";
}

std::string ranText(std::size_t applied, int total)
{
    if (applied == 0)
        return "no statement had completed";
    return (applied == 1 ? "statement 1" : "statements 1 to " + std::to_string(applied)) + " of " + std::to_string(total) +
           " ran";
}

// The statements a journal shows as run, one "  N. first line" per line.
std::string ranStatementsText(const std::vector<JournalStep>& steps)
{
    std::string out;
    for (std::size_t i = 0; i < appliedPrefix(steps); ++i)
        out += "\n  " + std::to_string(steps[i].index) + ". " + steps[i].firstLine;
    return out;
}

}  // namespace

std::string closeAbandonedAttempts(ApplyContext& c)
{
    std::vector<LedgerEntry> entries;
    if (std::string e = c.ledger.history(entries); !e.empty())
        return e;
    for (auto& entry : entries) {
        if (entry.status != LedgerStatus::Running)
            continue;
        std::string what = "migration " + entry.id + " (started " + entry.startedAt + " by " + entry.appliedBy +
                           ", pid " + std::to_string(entry.pid) + ") did not finish: ";
        if (c.connection.dialect() == Dialect::MySql) {
            std::vector<JournalStep> steps;
            if (std::string e = c.ledger.steps(entry.id, steps); !e.empty())
                return e;
            const std::size_t applied = appliedPrefix(steps);
            what += ranText(applied, entry.statements) + "; " + stoppedAt(steps, applied);
        } else {
            what += "the process stopped before it committed, and the database rolled the migration back: none of it "
                    "was applied";
        }
        entry.status = LedgerStatus::Failed;
        entry.error = what;
        if (std::string e = c.ledger.save(entry); !e.empty())
            return e;
        c.message(what);
    }
    return {};
}

std::string decideResume(ApplyContext& c, const std::optional<LedgerEntry>& previous)
{
    const MigrationScript& script = c.script;
    if (c.connection.dialect() != Dialect::MySql) {
        if (previous)
            c.message("an earlier attempt of migration " + script.id + " failed and was rolled back (" + previous->error +
                      "); applying it again");
        return {};
    }

    std::vector<LedgerEntry> entries;
    if (std::string e = c.ledger.history(entries); !e.empty())
        return e;
    for (const auto& other : entries) {
        if (other.status == LedgerStatus::Applied || other.id == script.id)
            continue;
        std::vector<JournalStep> steps;
        if (std::string e = c.ledger.steps(other.id, steps); !e.empty())
            return e;
        const std::size_t applied = appliedPrefix(steps);
        if (applied == 0)
            continue;
        const std::string state = "migration " + other.id + " (" + other.source + ") stopped part-way: " +
                                  ranText(applied, other.statements) + ":" + ranStatementsText(steps) + "\n" +
                                  stoppedAt(steps, applied);
        if (!script.plannedAgainstLiveSchema)
            return state + "\nApply " + other.source + " again to finish it before applying " + script.id + ".";
        c.message(state + "\nThis migration was planned from the live schema, so it starts from what that one left.");
    }

    if (!previous)
        return {};
    std::vector<JournalStep> steps;
    if (std::string e = c.ledger.steps(script.id, steps); !e.empty())
        return e;
    const std::size_t applied = appliedPrefix(steps);
    if (applied == 0) {
        c.message("an earlier attempt of migration " + script.id + " stopped before any statement completed (" +
                  previous->error + "); applying it from the start");
        return {};
    }
    const std::string history = "migration " + script.id + " stopped part-way (" + previous->startedAt + " by " +
                                previous->appliedBy + "): " + ranText(applied, previous->statements) + ":" +
                                ranStatementsText(steps) + "\n" + stoppedAt(steps, applied);
    if (previous->checksum != script.checksum)
        return history + "\n" + script.source + " changed since: the ledger records checksum " + previous->checksum +
               ", the file now has " + script.checksum +
               ". Only the same file can resume it: restore that version, or repair the database by hand.";
    for (std::size_t i = 0; i < applied; ++i)
        if (i >= script.statements.size() || steps[i].checksum != script.statements[i].checksum)
            return history + "\nThe journal's statement " + std::to_string(i + 1) +
                   " is not the file's statement " + std::to_string(i + 1) + ": refusing to guess where to resume.";
    c.startAt = applied;
    c.outcome.resumedFrom = static_cast<int>(applied) + 1;
    c.message(history + "\nresuming from statement " + std::to_string(applied + 1));
    return {};
}

}  // namespace ss
