#include "core/db/inspect/type_mapping.h"

#include <catch2/catch.hpp>

using namespace ss;

namespace {

DefaultValue value(DefaultValue::Kind kind, std::string text)
{
    return DefaultValue{kind, std::move(text)};
}

using K = DefaultValue::Kind;

}  // namespace

TEST_CASE("PostgreSQL types map back to portable ones, the rest stays verbatim", "[db][types]")
{
    CHECK(postgreSqlType("integer") == DataType::of(TypeKind::Integer));
    CHECK(postgreSqlType("character varying(50)") == DataType::varchar(50));
    CHECK(postgreSqlType("character(2)") == DataType::character(2));
    CHECK(postgreSqlType("numeric(18,2)") == DataType::decimal(18, 2));
    CHECK(postgreSqlType("timestamp with time zone") == DataType::of(TypeKind::TimestampTz));
    CHECK(postgreSqlType("jsonb") == DataType::of(TypeKind::Json));
    CHECK(postgreSqlType("json") == DataType::nativeType("json"));
    CHECK(postgreSqlType("numeric") == DataType::nativeType("numeric"));
    CHECK(postgreSqlType("character varying") == DataType::nativeType("character varying"));
    CHECK(postgreSqlType("integer[]") == DataType::nativeType("integer[]"));
    CHECK(postgreSqlType("timestamp(3) without time zone") == DataType::nativeType("timestamp(3) without time zone"));
}

TEST_CASE("PostgreSQL defaults: literals, casts, NULL, sequences and expressions", "[db][types]")
{
    CHECK(postgreSqlDefault("0", "integer") == value(K::Number, "0"));
    CHECK(postgreSqlDefault("'-1'::integer", "bigint") == value(K::Number, "-1"));
    CHECK(postgreSqlDefault("'open'::character varying", "character varying(20)") == value(K::String, "open"));
    CHECK(postgreSqlDefault("'it''s'::text", "text") == value(K::String, "it's"));
    CHECK(postgreSqlDefault("'5'::character varying", "character varying(5)") == value(K::String, "5"));
    CHECK(postgreSqlDefault("'abc'::bpchar", "character(3)") == value(K::String, "abc"));
    CHECK(postgreSqlDefault("'2020-01-01 00:00:00'::timestamp without time zone", "timestamp(3) without time zone") ==
          value(K::String, "2020-01-01 00:00:00"));
    CHECK(postgreSqlDefault("false", "boolean") == value(K::Boolean, "false"));
    CHECK(postgreSqlDefault("NULL::character varying", "character varying(5)") == value(K::Null, ""));
    CHECK(postgreSqlDefault("CURRENT_TIMESTAMP", "timestamp with time zone") == value(K::Expression, "CURRENT_TIMESTAMP"));
    CHECK(postgreSqlDefault("('a'::text || 'b'::text)", "text") == value(K::Expression, "('a'::text || 'b'::text)"));
    // A literal of another type than the column's is converted as rows take it: it stays an expression.
    CHECK(postgreSqlDefault("'0001-01-01 00:00:00+00'::timestamp with time zone", "timestamp without time zone") ==
          value(K::Expression, "'0001-01-01 00:00:00+00'::timestamp with time zone"));
    CHECK_FALSE(postgreSqlDefault("", "text"));
    CHECK(isSequenceDefault("nextval('t_id_seq'::regclass)"));
}

TEST_CASE("PostgreSQL's IN-list checks are written in the form it prints back", "[db][types]")
{
    CHECK(canonicalCheckExpression("rate_type::text = ANY (ARRAY['fixed'::character varying, 'it''s'::character "
                                   "varying]::text[])") ==
          "rate_type::text = ANY (ARRAY['fixed'::character varying::text, 'it''s'::character varying::text])");
    CHECK(canonicalCheckExpression("quarter >= 1 AND quarter <= 4") == "quarter >= 1 AND quarter <= 4");
}

TEST_CASE("MySQL and MariaDB column types and defaults", "[db][types]")
{
    CHECK(mySqlType("int(11)") == DataType::of(TypeKind::Integer));
    CHECK(mySqlType("int") == DataType::of(TypeKind::Integer));
    CHECK(mySqlType("bigint(20)") == DataType::of(TypeKind::BigInt));
    CHECK(mySqlType("tinyint(1)") == DataType::of(TypeKind::Boolean));
    CHECK(mySqlType("decimal(7,4)") == DataType::decimal(7, 4));
    CHECK(mySqlType("varchar(255)") == DataType::varchar(255));
    CHECK(mySqlType("datetime") == DataType::of(TypeKind::Timestamp));
    CHECK(mySqlType("longtext") == DataType::of(TypeKind::Text));
    CHECK(mySqlType("int(10) unsigned") == DataType::nativeType("int(10) unsigned"));
    CHECK(mySqlType("varbinary(255)") == DataType::nativeType("varbinary(255)"));
    CHECK(mySqlType("enum('a','b')") == DataType::nativeType("enum('a','b')"));

    CHECK_FALSE(mySqlDefault("", true, true, false));
    CHECK_FALSE(mySqlDefault("NULL", false, true, false));
    CHECK(mySqlDefault("0", false, true, false) == value(K::Number, "0"));
    CHECK(mySqlDefault("'it''s'", false, true, false) == value(K::String, "it's"));
    CHECK(mySqlDefault("current_timestamp()", false, true, false) == value(K::Expression, "CURRENT_TIMESTAMP"));
    CHECK(mySqlDefault("uuid()", false, true, false) == value(K::Expression, "uuid()"));
    // MySQL 8 prints literals bare and marks expressions.
    CHECK(mySqlDefault("open", false, false, false) == value(K::String, "open"));
    CHECK(mySqlDefault("(now() + interval 1 day)", false, false, true) == value(K::Expression, "(now() + interval 1 day)"));
}

TEST_CASE("SQLite declared types and defaults", "[db][types]")
{
    CHECK(sqliteType("VARCHAR(40)") == DataType::varchar(40));
    CHECK(sqliteType("int") == DataType::of(TypeKind::Integer));
    CHECK(sqliteType("DECIMAL(18,2)") == DataType::decimal(18, 2));
    CHECK(sqliteType("") == DataType::of(TypeKind::Blob));
    CHECK(sqliteType("BIGINT UNSIGNED") == DataType::nativeType("BIGINT UNSIGNED"));

    CHECK_FALSE(sqliteDefault("", true));
    CHECK(sqliteDefault("NULL", false) == value(K::Null, ""));
    CHECK(sqliteDefault("'x''y'", false) == value(K::String, "x'y"));
    CHECK(sqliteDefault("-2.5", false) == value(K::Number, "-2.5"));
    CHECK(sqliteDefault("TRUE", false) == value(K::Boolean, "true"));
    CHECK(sqliteDefault("CURRENT_TIMESTAMP", false) == value(K::Expression, "CURRENT_TIMESTAMP"));
    CHECK(sqliteDefault("(datetime('now'))", false) == value(K::Expression, "datetime('now')"));
    CHECK(sqliteDefault("(1) + (2)", false) == value(K::Expression, "(1) + (2)"));
}
