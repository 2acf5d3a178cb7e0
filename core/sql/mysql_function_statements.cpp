#include "core/sql/mysql_renderer.h"

namespace ss {

// MySQL has no CREATE OR REPLACE FUNCTION (MariaDB does, MySQL 8 does not): a replaced function is dropped and
// created again. Its description is the COMMENT characteristic, set after the statement the spec holds.
void MySqlRenderer::renderFunctionOperation(const Operation& op, int index, Migration& out) const
{
    const SqlFunction& f = op.function;
    if (op.kind != OpKind::CreateFunction)
        emit(out, index, "DROP FUNCTION IF EXISTS " + quote(f.name));
    if (op.kind == OpKind::DropFunction)
        return;
    emit(out, index, withoutTrailingSemicolons(f.sql));
    if (!f.description.empty())
        emit(out, index, "ALTER FUNCTION " + quote(f.name) + " COMMENT " + stringLiteral(f.description));
}

}  // namespace ss
