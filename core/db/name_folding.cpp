#include "core/db/name_folding.h"

#include "core/db/sql_exec.h"
#include "core/sql/dialect_names.h"

#include <QSqlQuery>

namespace ss {

std::string namesTheDatabaseCannotHold(DatabaseConnection& connection, const SchemaModel& model, std::vector<Diagnostic>& out)
{
    bool foldsTableNames = false;
    if (connection.dialect() == Dialect::MySql) {
        QSqlQuery query(connection.db());
        if (std::string error = execBound(query, "SELECT @@lower_case_table_names", {}, "reading lower_case_table_names");
            !error.empty())
            return error;
        foldsTableNames = query.next() && query.value(0).toInt() != 0;
    }
    out = namesTheDialectCannotHold(model, connection.dialect(), foldsTableNames);
    return {};
}

}  // namespace ss
