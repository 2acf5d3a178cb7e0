#pragma once

#include "core/seed/row_batch.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ss::seed {

// Which values a generator is asked for. Value i is the value of row rows[i] (0-based row numbers of the
// table). Generators that follow other columns of the same row read them from `batch` at position at(i).
struct FillRequest {
    const std::int64_t* rows = nullptr;
    std::size_t count = 0;
    const RowBatch* batch = nullptr;            // null when values are wanted without their rows (parent keys)
    const std::uint32_t* positions = nullptr;   // null: value i is at position i of the batch

    std::size_t at(std::size_t i) const { return positions ? positions[i] : i; }
};

// One column's values. A value depends only on the column's stream, the row number and the row's other
// columns, so batches can be cut anywhere and any row can be produced alone (which is how a child table
// finds the keys that exist in its parent).
class ColumnGenerator {
public:
    virtual ~ColumnGenerator() = default;
    // Writes values 0..count-1 of `out`, which the caller has reset to count values of the column's kind.
    // Nulls are the caller's (the column's null rate); fill only writes values.
    virtual void fill(const FillRequest& request, ColumnBuffer& out) const = 0;
};

// What a generator may know about its column and table when it is built.
struct GeneratorContext {
    std::uint64_t globalSeed = 0;
    std::string table;
    std::string column;
    std::uint64_t stream = 0;                    // the column's own random stream
    ColumnShape shape;
    std::int64_t rows = 0;                       // rows the table gets
    std::optional<std::int64_t> calendarStart;   // a date dimension's first day
    std::vector<std::string> columnNames;        // the table's columns, in batch order
    std::vector<ColumnShape> columnShapes;
    std::vector<int> dependencies;               // filled by the builder: the batch columns it reads

    int findColumn(std::string_view name) const;  // case-insensitive; -1 when absent
    // Looks a column up for a generator that reads it, recording the dependency; sets error when absent.
    int dependOn(std::string_view name, std::string& error);
};

}  // namespace ss::seed
