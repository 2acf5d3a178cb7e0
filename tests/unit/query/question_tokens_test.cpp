#include <catch2/catch.hpp>

#include "core/query/question_tokens.h"

using ss::query::Token;
using ss::query::tokenizeQuestion;

TEST_CASE("question tokens: numbers as people write them", "[query][tokens]")
{
    const auto tokens = tokenizeQuestion("over $1,500.50 or 2k, 3.5m and 40% in 2024");
    std::vector<double> numbers;
    for (const Token& t : tokens)
        if (t.kind == Token::Kind::Number)
            numbers.push_back(*t.number);
    CHECK(numbers == std::vector<double>{1500.5, 2000, 3500000, 40, 2024});
}

TEST_CASE("question tokens: a list of numbers is not one number, and a word starting with digits is a word", "[query][tokens]")
{
    const auto list = tokenizeQuestion("quarters 1,2 and 3");
    REQUIRE(list.size() == 6);
    CHECK(list[1].kind == Token::Kind::Number);
    CHECK(*list[1].number == 1);
    CHECK(list[2].kind == Token::Kind::Separator);
    CHECK(*list[3].number == 2);
    const auto word = tokenizeQuestion("the 3rd quarter");
    CHECK(word[1].kind == Token::Kind::Word);
    CHECK(word[1].raw == "3rd");
}

TEST_CASE("question tokens: quoted values keep their case, words are normalized, comparisons are symbols", "[query][tokens]")
{
    const auto tokens = tokenizeQuestion("Orders shipped by 'AIR' with totals >= 10?");
    REQUIRE(tokens.size() == 9);
    CHECK(tokens[0].norm == "order");
    CHECK(tokens[3].kind == Token::Kind::Quoted);
    CHECK(tokens[3].raw == "AIR");
    CHECK(tokens[5].norm == "total");
    CHECK(tokens[6].kind == Token::Kind::Symbol);
    CHECK(tokens[6].raw == ">=");
    CHECK(tokens[8].kind == Token::Kind::Separator);
}

TEST_CASE("question tokens: possessives and non-ASCII words", "[query][tokens]")
{
    const auto tokens = tokenizeQuestion("customer's orders in Zürich");
    REQUIRE(tokens.size() == 4);
    CHECK(tokens[0].norm == "customer");
    CHECK(tokens[3].raw == "Zürich");
}
