#pragma once

#include "core/spec/data_type.h"
#include "core/spec/source_location.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ss {

enum class TableKind { Dimension, Fact, Table };

enum class FkAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

enum class Aggregation { None, Sum, Avg, Count, CountDistinct, Min, Max };

// Where a column came from: written in `columns`/`measures`, or implied by the DSL's shorthand
// (a dimension's surrogate key, a foreign key column not declared explicitly). Implied columns are real
// columns of the table; the saver leaves them out again so the user's file keeps its shorthand.
enum class ColumnOrigin { Declared, SurrogateKey, ForeignKey };

// A column default: the YAML scalar `0`, `true`, `open` or `CURRENT_TIMESTAMP`, or `{sql: "..."}`.
struct DefaultValue {
    enum class Kind { Number, Boolean, String, Null, Expression };
    Kind kind = Kind::String;
    std::string text;  // the number, "true"/"false", the string's content, or the SQL expression

    friend bool operator==(const DefaultValue&, const DefaultValue&) = default;
};

struct Column {
    std::string name;
    DataType type;
    bool nullable = true;
    bool identity = false;  // generated integer (surrogate keys)
    std::optional<DefaultValue> defaultValue;
    std::string description;
    std::string renamedFrom;
    Aggregation aggregation = Aggregation::None;  // not None: a measure of a fact
    ColumnOrigin origin = ColumnOrigin::Declared;
    SourceLocation loc;
    SourceLocation typeLoc;

    bool isMeasure() const { return aggregation != Aggregation::None; }
    friend bool operator==(const Column&, const Column&) = default;
};

struct ForeignKey {
    std::string name;  // optional constraint name
    std::vector<std::string> columns;
    std::string refTable;
    std::string refSchema;  // the referenced table's PostgreSQL schema; empty: the connection's current schema
    std::vector<std::string> refColumns;
    FkAction onDelete = FkAction::NoAction;
    FkAction onUpdate = FkAction::NoAction;
    SourceLocation loc;
    SourceLocation referencesLoc;

    friend bool operator==(const ForeignKey&, const ForeignKey&) = default;
};

struct Index {
    std::string name;
    std::vector<std::string> columns;
    bool unique = false;
    SourceLocation loc;

    friend bool operator==(const Index&, const Index&) = default;
};

struct UniqueConstraint {
    std::string name;
    std::vector<std::string> columns;
    SourceLocation loc;

    friend bool operator==(const UniqueConstraint&, const UniqueConstraint&) = default;
};

struct CheckConstraint {
    std::string name;
    std::string expression;  // SQL boolean expression, kept verbatim
    SourceLocation loc;

    friend bool operator==(const CheckConstraint&, const CheckConstraint&) = default;
};

struct Partitioning {
    std::string strategy;  // RANGE, LIST or HASH
    std::string column;
    SourceLocation loc;

    friend bool operator==(const Partitioning&, const Partitioning&) = default;
};

struct Table {
    TableKind kind = TableKind::Table;
    std::string name;
    std::string schema;  // the PostgreSQL schema (namespace) holding it; empty: the connection's current schema
    std::string description;
    std::string renamedFrom;
    std::string surrogateKey;               // column name; an implied identity INTEGER column unless declared
    std::vector<std::string> naturalKey;    // unique business key
    std::vector<std::string> primaryKey;    // defaults to [surrogateKey]
    std::vector<std::string> grain;         // facts: the columns one row stands for
    // Physical order: implied surrogate key, implied FK columns, declared columns, then measures.
    std::vector<Column> columns;
    std::vector<ForeignKey> foreignKeys;
    std::vector<Index> indexes;
    std::vector<UniqueConstraint> uniques;
    std::vector<CheckConstraint> checks;
    std::optional<Partitioning> partitioning;
    SourceLocation loc;
    SourceLocation grainLoc;
    SourceLocation primaryKeyLoc;
    SourceLocation naturalKeyLoc;
    SourceLocation surrogateKeyLoc;

    const Column* findColumn(std::string_view columnName) const;  // case-insensitive
    Column* findColumn(std::string_view columnName);
    friend bool operator==(const Table&, const Table&) = default;
};

struct View {
    std::string name;
    std::string description;
    std::string sql;
    std::vector<std::string> dependsOn;
    SourceLocation loc;
    SourceLocation dependsOnLoc;

    friend bool operator==(const View&, const View&) = default;
};

// A type the schema names and columns use by that name (`type: mood`): an enum with its values, rendered as
// PostgreSQL's and DuckDB's CREATE TYPE, MySQL's ENUM or a CHECK elsewhere; or a domain, a base type with
// checks (on VALUE) and an optional default and NOT NULL, rendered as PostgreSQL's CREATE DOMAIN or the base
// type with the checks on each column elsewhere.
struct UserType {
    enum class Kind { Enum, Domain };
    Kind kind = Kind::Enum;
    std::string name;
    std::vector<std::string> values;   // Enum: the labels in their order
    DataType base;                     // Domain: the type it constrains
    bool nullable = true;              // Domain: false for NOT NULL
    std::optional<DefaultValue> defaultValue;
    std::vector<CheckConstraint> checks;  // Domain: expressions on VALUE
    std::string description;
    SourceLocation loc;

    friend bool operator==(const UserType&, const UserType&) = default;
};

// A function of one dialect that defaults, checks or views call, kept as the database holds it: its whole
// CREATE statement verbatim. Created before the tables and views that use it, replaced when its text changes.
struct SqlFunction {
    std::string name;
    std::string dialect;     // the dialect whose SQL `sql` is: "postgresql", "mysql", "duckdb"
    std::string signature;   // the argument types as the database names them ("integer, text"); "" for none
    std::string sql;         // the complete CREATE FUNCTION statement
    std::string description;
    SourceLocation loc;

    friend bool operator==(const SqlFunction&, const SqlFunction&) = default;
};

// The one schema model that flows through every stage (DESIGN.md §2). Plain data: no back-pointers to views,
// no I/O. Tables keep the order they were written in (dimensions, facts, then plain tables on save).
struct SchemaModel {
    int version = 1;               // DSL version
    std::string schemaVersion;     // optional semantic version of this schema
    std::string warehouse;
    std::string description;
    std::vector<UserType> types;
    std::vector<SqlFunction> functions;
    std::vector<Table> tables;
    std::vector<View> views;

    const Table* findTable(std::string_view name) const;  // case-insensitive
    Table* findTable(std::string_view name);
    // The table so named in that PostgreSQL schema (empty: the current one), resolved like findTable.
    const Table* findTable(std::string_view schema, std::string_view name) const;
    const Table* referencedTable(const ForeignKey& fk) const { return findTable(fk.refSchema, fk.refTable); }
    const View* findView(std::string_view name) const;
    friend bool operator==(const SchemaModel&, const SchemaModel&) = default;
};

const char* toString(TableKind kind);
const char* toString(FkAction action);           // "no action", "cascade", ...
const char* toString(Aggregation aggregation);   // "sum", "count_distinct", ...
std::optional<FkAction> parseFkAction(std::string_view text);
std::optional<Aggregation> parseAggregation(std::string_view text);

// The primary key as the database holds it: the declared one, else the surrogate key.
std::vector<std::string> primaryKeyOf(const Table& table);

// The PostgreSQL schemas besides the current one that the model's tables are in, sorted, each once.
std::vector<std::string> schemasOf(const SchemaModel& model);
// "billing.invoices" for a table of schema billing, the bare name in the current schema: how messages and
// the DSL's references name a table.
std::string qualifiedName(std::string_view schema, std::string_view name);

bool equalsIgnoreCase(std::string_view a, std::string_view b);
std::string toLower(std::string_view text);

}  // namespace ss
