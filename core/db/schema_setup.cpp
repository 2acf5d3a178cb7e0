#include "core/db/schema_setup.h"

#include "core/db/inspect/inspector.h"
#include "core/db/sql_exec.h"
#include "core/plan/plan.h"
#include "core/sql/migration.h"

#include <QSqlQuery>

namespace ss {

namespace {

std::string runPhase(QSqlDatabase& db, const Migration& migration, StatementPhase phase, int& count)
{
    for (const Statement& statement : migration.statements) {
        if (statement.phase != phase)
            continue;
        QSqlQuery query(db);
        const std::string firstLine = statement.sql.substr(0, statement.sql.find('\n'));
        if (std::string error = execBound(query, QString::fromStdString(statement.sql), {}, firstLine); !error.empty())
            return error;
        if (statement.mustReturnNoRows && query.next())
            return firstLine + ": reported " + query.value(0).toString().toStdString();
        ++count;
    }
    return {};
}

}  // namespace

SchemaSetupResult createMissingSchema(DatabaseConnection& connection, const SchemaModel& model)
{
    SchemaSetupResult result;
    const InspectResult live = inspectDatabase(connection);
    if (!live.ok()) {
        result.error = live.error;
        return result;
    }
    const Plan plan = diff(live.model, model);
    for (const Operation& op : plan.operations)
        if (op.risk() == RiskLevel::High) {
            result.error = "the database holds a schema that differs from the spec in ways that lose data: plan and apply "
                           "the change instead (dbx plan, dbx apply)";
            return result;
        }
    const Migration migration = renderMigration(plan, connection.dialect());
    QSqlDatabase& db = connection.db();
    result.error = runPhase(db, migration, StatementPhase::BeforeTransaction, result.statements);
    if (!result.error.empty())
        return result;
    if (migration.transactional && !db.transaction()) {
        result.error = "starting the transaction failed";
        return result;
    }
    result.error = runPhase(db, migration, StatementPhase::InTransaction, result.statements);
    if (!result.error.empty()) {
        if (migration.transactional)
            db.rollback();
        return result;
    }
    if (migration.transactional && !db.commit()) {
        result.error = "committing the schema failed";
        return result;
    }
    result.error = runPhase(db, migration, StatementPhase::AfterTransaction, result.statements);
    return result;
}

}  // namespace ss
