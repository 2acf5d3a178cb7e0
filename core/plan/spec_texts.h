#pragma once

#include "core/plan/plan.h"

#include <string>
#include <string_view>
#include <vector>

namespace ss {

// A check's or view's text as the spec wrote it (databases reword them: see core/db/schema_texts.h).
struct SchemaText {
    std::string kind;   // "check", "type_check" (a domain's), "function", "view" or "schema" (one the spec's
                        // tables are in: `name` and `specText` are its name)
    std::string table;  // the check's table (qualifiedName) or domain, the function's name; empty for a view
                        // (`name` is a function's argument types)
    std::string name;
    std::string specText;

    friend bool operator==(const SchemaText&, const SchemaText&) = default;
};

// Every check (with its derived name), domain check, function, view and schema of a spec.
std::vector<SchemaText> schemaTextsOf(const SchemaModel& spec);
// The checks and views a plan creates or replaces, and the schemas of the tables it creates.
std::vector<SchemaText> schemaTextsCreatedBy(const Plan& plan);

// The texts as comment lines closing a migration file's body, and read back from such a body:
//   -- Spec texts: ...
//   -- check "dim_date" "ck_dim_date_quarter"
//   -- | quarter BETWEEN 1 AND 4
std::string specTextsSection(const std::vector<SchemaText>& texts);
std::vector<SchemaText> parseSpecTextsSection(std::string_view body);

}  // namespace ss
