#include "core/spec/rules/identifier.h"
#include "core/spec/rules/message_text.h"
#include "core/spec/rules/named_objects.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

void check(const SchemaIndex& schema, Findings& findings)
{
    forEachNamedObject(schema.model(), [&](const NamedObject& object) {
        const std::string reason = invalidNameReason(object.name);
        if (!reason.empty())
            findings.report(object.loc, std::string(object.kind) + " name " + quoted(object.name) + " " + reason,
                            "Use letters, digits and underscores, at most 63 bytes, e.g. "
                                + quoted(toSnakeCase(object.name).substr(0, kMaxIdentifierBytes)) + ".");
    });
}

}  // namespace

const Rule kInvalidName{"invalid-name", Severity::Error,
                        "a name that would break SQL: empty, quotes, semicolons, control characters, over 63 bytes",
                        check};

}  // namespace ss::rules
