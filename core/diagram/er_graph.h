#pragma once

#include "core/spec/schema_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace ss {

// One column of a card, in the table's physical order.
struct ErRow {
    std::string name;
    std::string type;  // canonical spelling, e.g. VARCHAR(50)
    bool primaryKey = false;
    bool foreignKey = false;
    bool nullable = true;

    friend bool operator==(const ErRow&, const ErRow&) = default;
};

// One table of the diagram: a header (name and kind) over one row per column.
struct ErCard {
    std::string name;
    TableKind kind = TableKind::Table;
    std::vector<ErRow> rows;

    int rowIndex(std::string_view column) const;  // case-insensitive; -1 when absent
    friend bool operator==(const ErCard&, const ErCard&) = default;
};

// One end of a relationship in crow's-foot notation: how many rows of this side one row of the other side
// relates to (at most one or many) and whether that may be none.
struct ErEnd {
    bool many = false;
    bool optional = false;

    friend bool operator==(const ErEnd&, const ErEnd&) = default;
};

// One foreign key, drawn from the row of its (first) column to the row of the referenced column.
struct ErEdge {
    std::string name;  // constraint name, or "table(columns)" when the spec leaves it unnamed
    int fromCard = -1;
    int fromRow = -1;
    int toCard = -1;
    int toRow = -1;
    ErEnd fromEnd;  // the referencing side: zero or many children unless the key columns are unique
    ErEnd toEnd;    // the referenced side: exactly one parent, or zero or one when the key is nullable

    friend bool operator==(const ErEdge&, const ErEdge&) = default;
};

struct ErGraph {
    std::vector<ErCard> cards;
    std::vector<ErEdge> edges;

    int cardIndex(std::string_view table) const;  // case-insensitive; -1 when absent
    friend bool operator==(const ErGraph&, const ErGraph&) = default;
};

// Builds the graph of every table. Foreign keys whose target table or column does not exist are left out:
// the validator reports them, the diagram shows what can be drawn.
ErGraph buildErGraph(const SchemaModel& model);

// The cards within `depth` foreign-key hops of `table` (in either direction) and the edges among them;
// empty when the table does not exist.
ErGraph focusErGraph(const ErGraph& graph, std::string_view table, int depth);

}  // namespace ss
