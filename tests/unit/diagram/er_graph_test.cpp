#include "core/diagram/er_graph.h"
#include "unit/diagram/diagram_test_support.h"

#include <catch2/catch.hpp>

using namespace ss;

namespace {

const ErEdge& edgeBetween(const ErGraph& g, const std::string& from, const std::string& column, const std::string& to)
{
    for (const auto& e : g.edges) {
        const ErCard& f = g.cards[static_cast<std::size_t>(e.fromCard)];
        if (f.name == from && f.rows[static_cast<std::size_t>(e.fromRow)].name == column
            && g.cards[static_cast<std::size_t>(e.toCard)].name == to)
            return e;
    }
    FAIL("no edge " << from << "." << column << " -> " << to);
    throw;
}

}  // namespace

TEST_CASE("ER graph: one card per table with its kind and one row per column")
{
    const ErGraph g = buildErGraph(testing::loadStarSchema());
    REQUIRE(g.cards.size() == 7);
    const ErCard& company = g.cards[static_cast<std::size_t>(g.cardIndex("dim_company"))];
    CHECK(company.kind == TableKind::Dimension);
    REQUIRE(company.rows.size() == 4);
    CHECK(company.rows[0].name == "company_key");
    CHECK(company.rows[0].primaryKey);
    CHECK_FALSE(company.rows[0].nullable);
    CHECK(company.rows[1].type == "VARCHAR(50)");
    CHECK(company.rows[3].name == "industry");
    CHECK(company.rows[3].nullable);

    const ErCard& payments = g.cards[static_cast<std::size_t>(g.cardIndex("FACT_LOAN_PAYMENTS"))];
    CHECK(payments.kind == TableKind::Fact);
    const ErRow& loanKey = payments.rows[static_cast<std::size_t>(payments.rowIndex("loan_key"))];
    CHECK(loanKey.primaryKey);
    CHECK(loanKey.foreignKey);
    const ErRow& companyKey = payments.rows[static_cast<std::size_t>(payments.rowIndex("company_key"))];
    CHECK_FALSE(companyKey.primaryKey);
    CHECK(companyKey.foreignKey);
    CHECK(g.cards[static_cast<std::size_t>(g.cardIndex("review_note"))].kind == TableKind::Table);
}

TEST_CASE("ER graph: an edge per foreign key joins the key's row to the referenced row")
{
    const ErGraph g = buildErGraph(testing::loadStarSchema());
    CHECK(g.edges.size() == 8);
    const ErEdge& e = edgeBetween(g, "fact_risk_snapshot", "officer_key", "dim_officer");
    const ErCard& officer = g.cards[static_cast<std::size_t>(e.toCard)];
    CHECK(officer.rows[static_cast<std::size_t>(e.toRow)].name == "officer_key");
    CHECK(edgeBetween(g, "review_note", "loan_key", "dim_loan").name == "fk_note_loan");
    CHECK(edgeBetween(g, "fact_loan_payments", "company_key", "dim_company").name == "fact_loan_payments(company_key)");
}

TEST_CASE("ER graph: crow's-foot ends follow nullability and uniqueness")
{
    const ErGraph g = buildErGraph(testing::loadStarSchema());
    SECTION("a mandatory, non-unique key: zero or many children, exactly one parent")
    {
        const ErEdge& e = edgeBetween(g, "fact_loan_payments", "company_key", "dim_company");
        CHECK(e.fromEnd == ErEnd{true, true});
        CHECK(e.toEnd == ErEnd{false, false});
    }
    SECTION("part of a composite primary key is still many")
    {
        CHECK(edgeBetween(g, "fact_loan_payments", "loan_key", "dim_loan").fromEnd.many);
    }
    SECTION("a unique key: at most one child")
    {
        const ErEdge& e = edgeBetween(g, "review_note", "loan_key", "dim_loan");
        CHECK(e.fromEnd == ErEnd{false, true});
        CHECK(e.toEnd == ErEnd{false, false});
    }
    SECTION("a nullable key: the parent is optional")
    {
        const ErEdge& e = edgeBetween(g, "review_note", "reply_to", "review_note");
        CHECK(e.fromCard == e.toCard);
        CHECK(e.toEnd == ErEnd{false, true});
    }
}

TEST_CASE("ER graph: a foreign key to a missing table or column is left out")
{
    SchemaModel model = testing::loadStarSchema();
    Table* note = model.findTable("review_note");
    ForeignKey dangling;
    dangling.columns = {"body"};
    dangling.refTable = "no_such_table";
    note->foreignKeys.push_back(dangling);
    ForeignKey wrongColumn;
    wrongColumn.columns = {"body"};
    wrongColumn.refTable = "dim_date";
    wrongColumn.refColumns = {"no_such_column"};
    note->foreignKeys.push_back(wrongColumn);
    CHECK(buildErGraph(model).edges.size() == 8);
}

TEST_CASE("ER graph: focus keeps a table and its neighbours to the given depth")
{
    const ErGraph g = buildErGraph(testing::loadStarSchema());
    const ErGraph none = focusErGraph(g, "missing", 2);
    CHECK(none.cards.empty());

    const ErGraph alone = focusErGraph(g, "dim_officer", 0);
    REQUIRE(alone.cards.size() == 1);
    CHECK(alone.edges.empty());

    const ErGraph one = focusErGraph(g, "dim_officer", 1);
    REQUIRE(one.cards.size() == 2);
    CHECK(one.cardIndex("fact_risk_snapshot") >= 0);
    REQUIRE(one.edges.size() == 1);
    CHECK(one.cards[static_cast<std::size_t>(one.edges[0].fromCard)].name == "fact_risk_snapshot");

    const ErGraph two = focusErGraph(g, "dim_officer", 2);
    CHECK(two.cards.size() == 4);  // + dim_loan and dim_date through the snapshot
    CHECK(two.cardIndex("dim_company") < 0);
    for (const auto& e : two.edges) {
        CHECK(e.fromCard < static_cast<int>(two.cards.size()));
        CHECK(e.toCard < static_cast<int>(two.cards.size()));
    }
}
