#pragma once

namespace ss {

// 1-based line and column in the file a node was read from; 0 means "not from a file"
// (a model built in code or read from a database).
struct SourceLocation {
    int line = 0;
    int column = 0;

    bool known() const { return line > 0; }

    // Where a node stood in a file says nothing about what the schema means: two models that differ only
    // in layout are equal, so load(save(m)) == m holds and diffs ignore formatting.
    friend bool operator==(const SourceLocation&, const SourceLocation&) { return true; }
};

}  // namespace ss
