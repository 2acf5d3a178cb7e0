#include "core/sql/postgresql_renderer.h"

namespace ss {

// A function is created before the tables whose defaults and checks call it, so a LANGUAGE sql body that reads
// one of those tables could not be checked yet: the check waits for the first call, as in a restore.
void PostgreSqlRenderer::renderFunctionOperation(const Operation& op, int index, Migration& out) const
{
    const SqlFunction& f = op.function;
    const std::string identity = quote(f.name) + "(" + f.signature + ")";
    if (op.kind == OpKind::DropFunction) {
        emit(out, index, "DROP FUNCTION " + identity);
        return;
    }
    emit(out, index, "SET LOCAL check_function_bodies = off");
    emit(out, index, withoutTrailingSemicolons(f.sql));
    if (!f.description.empty() || op.kind == OpKind::ReplaceFunction)
        emit(out, index, "COMMENT ON FUNCTION " + identity + " IS " +
                             (f.description.empty() ? std::string("NULL") : stringLiteral(f.description)));
}

}  // namespace ss
