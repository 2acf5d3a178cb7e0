#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"
#include "core/spec/rules/suggest.h"

namespace ss::rules {

namespace {

class TableColumns {
public:
    TableColumns(const SchemaIndex& schema, const Table& table, Findings& findings)
        : schema_(schema), table_(table), findings_(findings)
    {
    }

    void require(const std::string& column, const std::string& what, SourceLocation loc)
    {
        if (schema_.column(table_, column))
            return;
        const std::string guess =
            findings_.wantsSuggestion() ? didYouMean(column, SchemaIndex::columnNames(table_)) : "";
        findings_.report(locate(loc, table_.loc),
                         what + " of " + quoted(table_.name) + " names column " + quoted(column) + ", which "
                             + quoted(table_.name) + " does not have",
                         guess.empty() ? "Declare " + quoted(column) + " under columns, or correct the name."
                                       : guess + " Otherwise declare " + quoted(column) + " under columns.");
    }

    void require(const std::vector<std::string>& columns, const std::string& what, SourceLocation loc)
    {
        for (const std::string& c : columns)
            require(c, what, loc);
    }

private:
    const SchemaIndex& schema_;
    const Table& table_;
    Findings& findings_;
};

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const Table& t : schema.model().tables) {
        TableColumns columns(schema, t, findings);
        if (!t.surrogateKey.empty())
            columns.require(t.surrogateKey, "the surrogate key", t.surrogateKeyLoc);
        columns.require(t.primaryKey, "the primary key", t.primaryKeyLoc);
        columns.require(t.naturalKey, "the natural key", t.naturalKeyLoc);
        columns.require(t.grain, "the grain", t.grainLoc);
        for (const Index& ix : t.indexes)
            columns.require(ix.columns, "index " + quoted(ix.name), ix.loc);
        for (const UniqueConstraint& u : t.uniques)
            columns.require(u.columns, "a unique constraint", u.loc);
        for (const ForeignKey& fk : t.foreignKeys)
            columns.require(fk.columns, "a foreign key", fk.loc);
        if (t.partitioning)
            columns.require(t.partitioning->column, "the partitioning", t.partitioning->loc);
    }
}

}  // namespace

const Rule kMissingColumn{"missing-column", Severity::Error,
                          "a key, grain, index, constraint or partitioning over a column the table does not have",
                          check};

}  // namespace ss::rules
