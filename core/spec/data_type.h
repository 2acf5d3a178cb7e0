#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ss {

// The portable, whitelisted column types of the DSL (DESIGN.md §4). Native holds a database type that has
// no portable equivalent (only inspection produces it) and is kept verbatim rather than silently changed.
enum class TypeKind {
    Integer, BigInt, SmallInt, Decimal, Real, Double, Boolean, Char, Varchar, Text,
    Date, Time, Timestamp, TimestampTz, Blob, Json, Uuid, Native
};

struct DataType {
    TypeKind kind = TypeKind::Text;
    int length = 0;     // CHAR(n), VARCHAR(n)
    int precision = 0;  // DECIMAL(p,s)
    int scale = 0;
    std::string native; // verbatim database type when kind == Native

    static DataType of(TypeKind k) { DataType t; t.kind = k; return t; }
    static DataType varchar(int n) { DataType t; t.kind = TypeKind::Varchar; t.length = n; return t; }
    static DataType character(int n) { DataType t; t.kind = TypeKind::Char; t.length = n; return t; }
    static DataType decimal(int p, int s) { DataType t; t.kind = TypeKind::Decimal; t.precision = p; t.scale = s; return t; }
    static DataType nativeType(std::string text) { DataType t; t.kind = TypeKind::Native; t.native = std::move(text); return t; }

    bool isInteger() const { return kind == TypeKind::Integer || kind == TypeKind::BigInt || kind == TypeKind::SmallInt; }
    bool isNumeric() const { return isInteger() || kind == TypeKind::Decimal || kind == TypeKind::Real || kind == TypeKind::Double; }
    bool isText() const { return kind == TypeKind::Char || kind == TypeKind::Varchar || kind == TypeKind::Text; }
    bool isTemporal() const {
        return kind == TypeKind::Date || kind == TypeKind::Time || kind == TypeKind::Timestamp || kind == TypeKind::TimestampTz;
    }

    // Canonical spelling: INTEGER, VARCHAR(50), DECIMAL(18,2); a native type as written.
    std::string toString() const;

    friend bool operator==(const DataType&, const DataType&) = default;
};

struct TypeParseResult {
    std::optional<DataType> type;
    std::string error;  // why the text is not a portable type, with a hint where one helps
};

// Parses and normalises a type as written in the DSL (case-insensitive; INT -> INTEGER, NUMERIC -> DECIMAL,
// DATETIME -> TIMESTAMP, ...). Anything outside the whitelist is an error, never TEXT.
TypeParseResult parseDataType(std::string_view text);

}  // namespace ss
