#include "core/db/apply/apply_context.h"

#include "core/db/sql_exec.h"
#include "core/sql/migration_file.h"
#include "core/sql/statement_splitter.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace ss {

void ApplyContext::message(const std::string& text)
{
    outcome.messages.push_back(text);
    if (options.hooks.onMessage)
        options.hooks.onMessage(text);
}

void ApplyContext::progress(const StatementProgress& p) const
{
    if (options.hooks.onStatement)
        options.hooks.onStatement(p);
}

bool ApplyContext::cancelRequested() const
{
    return options.hooks.cancel && options.hooks.cancel->load();
}

void ApplyContext::finishEntry(LedgerStatus status, const std::string& error)
{
    entry.status = status;
    entry.error = error;
    entry.appliedAt = currentTimestampUtc();
    entry.durationMs = clock.elapsed();
    if (std::string e = ledger.save(entry); !e.empty())
        message("the ledger could not record the outcome: " + e);
}

std::string executeStatement(QSqlDatabase& db, const ScriptStatement& statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (std::string error = execBound(q, QString::fromStdString(statement.sql), {}, "the database said"); !error.empty())
        return error;
    if (!statement.mustReturnNoRows || !q.next())
        return {};
    std::string row;
    for (int i = 0; i < q.record().count(); ++i)
        row += (i ? ", " : "") + q.record().fieldName(i).toStdString() + "=" + q.value(i).toString().toStdString();
    return "the check found a problem: " + row;
}

std::string statementLabel(const MigrationScript& script, std::size_t index)
{
    return "statement " + std::to_string(index + 1) + " (" + firstLineOf(script.statements[index].sql) + ")";
}

}  // namespace ss
