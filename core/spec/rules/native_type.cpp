#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

#include "core/spec/user_types.h"

namespace ss::rules {

namespace {

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const Table& t : schema.model().tables)
        for (const Column& c : t.columns)
            if (c.type.kind == TypeKind::Native && !typeOf(schema.model(), c))
                findings.report(locate(c.typeLoc, locate(c.loc, t.loc)),
                                "column " + quoted(t.name + "." + c.name) + " keeps the database-specific type "
                                    + quoted(c.type.native) + " verbatim",
                                "It renders only for the database it came from; replace it with a portable type "
                                "(INTEGER, DECIMAL(p,s), VARCHAR(n), TEXT, TIMESTAMP, JSON, ...) to keep the spec "
                                "portable.");
}

}  // namespace

const Rule kNativeType{"native-type", Severity::Warning,
                       "a non-portable database type kept verbatim from inspection", check};

}  // namespace ss::rules
