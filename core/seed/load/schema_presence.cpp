#include "core/seed/load/schema_presence.h"

#include "core/db/sql_exec.h"
#include "core/sql/sql_renderer.h"
#include "core/spec/schema_model.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace ss::seed {

std::string listNames(const std::vector<std::string>& names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

std::string SchemaPresence::missingMessage() const
{
    if (complete())
        return {};
    if (!inOtherSchemas.empty())
        return "seeding fills the tables of the database's current schema only, and " + listNames(inOtherSchemas) +
               (inOtherSchemas.size() == 1 ? " is" : " are") +
               " in another: seed a spec without them (their schemas' tables are left to other tools)";
    std::string message = "the database lacks ";
    if (!missingTables.empty())
        message += std::string(missingTables.size() == 1 ? "the table " : "the tables ") + listNames(missingTables);
    if (!missingColumns.empty())
        message += std::string(missingTables.empty() ? "" : " and ") + (missingColumns.size() == 1 ? "the column " : "the columns ") +
                   listNames(missingColumns);
    return message + " of the spec: create or update the schema first (dbx plan, then dbx apply)";
}

SchemaPresence checkSchemaPresence(DatabaseConnection& connection, const SeedPlan& plan)
{
    SchemaPresence presence;
    QSqlDatabase& db = connection.db();
    const auto renderer = makeRenderer(connection.dialect());
    for (const PlannedTable& table : plan.tables) {
        if (!table.schema.empty() && connection.dialect() == Dialect::PostgreSql) {
            presence.inOtherSchemas.push_back(qualifiedName(table.schema, table.name));
            continue;
        }
        // Qt's drivers take a quoted name as it is, so record() finds the table whatever its case.
        const QString quoted = QString::fromStdString(renderer->quote(table.name));
        const QSqlRecord record = db.record(quoted);
        if (record.isEmpty()) {
            presence.missingTables.push_back(table.name);
            continue;
        }
        for (const PlannedColumn& column : table.columns) {
            bool found = false;
            for (int f = 0; f < record.count() && !found; ++f)
                found = equalsIgnoreCase(record.fieldName(f).toStdString(), column.name);
            if (!found)
                presence.missingColumns.push_back(table.name + "." + column.name);
        }
        QSqlQuery query(db);
        if (std::string error = execBound(query, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted), {},
                                          "reading " + table.name);
            !error.empty()) {
            presence.error = error;
            return presence;
        }
        if (query.next())
            presence.tablesWithRows.push_back(table.name);
    }
    return presence;
}

}  // namespace ss::seed
