#include "core/spec/rules/identifier.h"
#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const Table& t : schema.model().tables) {
        if (t.kind != TableKind::Dimension)
            continue;
        if (t.surrogateKey.empty()) {
            std::string subject = toSnakeCase(t.name);
            if (subject.rfind("dim_", 0) == 0)
                subject.erase(0, 4);
            findings.report(t.loc,
                            "dimension " + quoted(t.name) + " has no surrogate key"
                                + (t.primaryKey.empty() ? std::string(" (and so no primary key)") : std::string()),
                            "Add surrogate_key: " + (subject.empty() ? std::string("row") : subject)
                                + "_key (it becomes the primary key): facts should join on a generated integer, "
                                  "not on a business key that can change.");
            continue;
        }
        const Column* key = schema.column(t, t.surrogateKey);
        if (key && !key->type.isInteger())
            findings.report(locate(key->typeLoc, locate(key->loc, t.surrogateKeyLoc)),
                            "surrogate key " + quoted(t.name + "." + key->name) + " is " + key->type.toString()
                                + ", not an integer",
                            "Make it INTEGER (or BIGINT), or leave it out of columns so it is generated as one.");
    }
}

}  // namespace

const Rule kDimensionSurrogateKey{"dimension-surrogate-key", Severity::Warning,
                                  "a dimension without an integer surrogate key", check};

}  // namespace ss::rules
