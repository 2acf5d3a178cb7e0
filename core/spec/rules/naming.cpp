#include "core/spec/rules/identifier.h"
#include "core/spec/rules/message_text.h"
#include "core/spec/rules/named_objects.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

void check(const SchemaIndex& schema, Findings& findings)
{
    forEachNamedObject(schema.model(), [&](const NamedObject& object) {
        // A name that is not even a usable identifier is reported by invalid-name alone.
        if (isSnakeCase(object.name) || !invalidNameReason(object.name).empty())
            return;
        const std::string suggestion = toSnakeCase(object.name);
        findings.report(object.loc, std::string(object.kind) + " name " + quoted(object.name) + " is not snake_case",
                        suggestion.empty()
                            ? std::string("Use lower-case letters, digits and underscores, starting with a letter.")
                            : "Rename it to " + quoted(suggestion)
                                + ": unquoted names fold case differently in PostgreSQL and MySQL.");
    });
}

}  // namespace

const Rule kNaming{"naming", Severity::Warning,
                   "a name that is not snake_case (lower-case letters, digits, underscores)", check};

}  // namespace ss::rules
