#include "core/spec/rules/message_text.h"
#include "core/spec/rules/named_objects.h"
#include "core/spec/rules/reserved_words.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

void check(const SchemaIndex& schema, Findings& findings)
{
    forEachNamedObject(schema.model(), [&](const NamedObject& object) {
        const unsigned dialects = reservingDialects(object.name);
        if (dialects == 0)
            return;
        findings.report(object.loc,
                        std::string(object.kind) + " name " + quoted(object.name) + " is a reserved word in "
                            + dialectNames(dialects),
                        "Choose a more specific name (sort_order rather than order): quoting makes it work, but "
                        "every hand-written query would have to quote it too.");
    });
}

}  // namespace

const Rule kReservedWord{"reserved-word", Severity::Warning,
                         "a name that SQLite, PostgreSQL or MySQL reserves as a keyword", check};

}  // namespace ss::rules
