#include <catch2/catch.hpp>

#include "core/query/lexicon.h"

using ss::query::nameWords;

TEST_CASE("lexicon: names split into the words a question says", "[query][lexicon]")
{
    CHECK(nameWords("payment_date_key") == std::vector<std::string>{"payment", "date", "key"});
    CHECK(nameWords("BillingCountry") == std::vector<std::string>{"billing", "country"});
    CHECK(nameWords("InvoiceLineId") == std::vector<std::string>{"invoice", "line", "id"});
    CHECK(nameWords("HTTPServerName") == std::vector<std::string>{"http", "server", "name"});
    CHECK(nameWords("address2") == std::vector<std::string>{"address", "2"});
    CHECK(nameWords("dim_companies") == std::vector<std::string>{"dim", "company"});
    CHECK(nameWords("fact_loan_payments") == std::vector<std::string>{"fact", "loan", "payment"});
}

TEST_CASE("lexicon: abbreviations are spelled out, also glued to a word, but ordinary words are left whole", "[query][lexicon]")
{
    CHECK(nameWords("c_mktsegment", "c") == std::vector<std::string>{"market", "segment"});
    CHECK(nameWords("l_qty", "l") == std::vector<std::string>{"quantity"});
    CHECK(nameWords("cust_acct_bal") == std::vector<std::string>{"customer", "account", "balance"});
    CHECK(nameWords("products") == std::vector<std::string>{"product"});
    CHECK(nameWords("description") == std::vector<std::string>{"description"});
    CHECK(nameWords("extended_price") == std::vector<std::string>{"extended", "price"});
    CHECK(nameWords("category") == std::vector<std::string>{"category"});
}

TEST_CASE("lexicon: plurals become singular, short and irregular words are kept right", "[query][lexicon]")
{
    using ss::query::normalWord;
    CHECK(normalWord("Companies") == "company");
    CHECK(normalWord("classes") == "class");
    CHECK(normalWord("statuses") == "status");
    CHECK(normalWord("people") == "person");
    CHECK(normalWord("has") == "has");
    CHECK(normalWord("was") == "was");
    CHECK(normalWord("this") == "this");
    CHECK(normalWord("less") == "less");
    CHECK(normalWord("qty") == "quantity");
    CHECK(normalWord("no") == "no");  // "no" is a word in a question, though a column's "no" is a number
}

TEST_CASE("lexicon: a prefix most columns of a table share is the table's, TPC-H style", "[query][lexicon]")
{
    using ss::query::commonColumnPrefix;
    CHECK(commonColumnPrefix({"c_custkey", "c_name", "c_address", "c_mktsegment", "c_comment"}) == "c");
    CHECK(commonColumnPrefix({"l_orderkey", "l_partkey", "l_quantity", "l_shipmode", "comment"}) == "l");
    CHECK(commonColumnPrefix({"id", "name", "is_public", "created_at"}).empty());
    CHECK(commonColumnPrefix({"id"}).empty());
}
