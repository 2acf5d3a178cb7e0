#pragma once

#include "core/spec/schema_model.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace ss {

// Pairs of the same object on both sides of a diff; one side is null for an object that is only on the other.
struct TablePair {
    const Table* current = nullptr;
    const Table* target = nullptr;
    bool renamed = false;
};

struct ColumnPair {
    const Column* current = nullptr;
    const Column* target = nullptr;
    bool renamed = false;
};

// Target order first (with renames resolved), then current objects the target does not have. Names match
// whatever their case; a pair whose names differ, in case only too, is renamed.
std::vector<TablePair> matchTables(const SchemaModel& current, const SchemaModel& target);
std::vector<ColumnPair> matchColumns(const Table& current, const Table& target);

// The renames of a plan, to read the current side under the target's names.
class Renames {
public:
    void addTable(const std::string& currentName, const std::string& targetName);
    void addColumn(const std::string& targetTable, const std::string& currentColumn, const std::string& targetColumn);

    std::string table(const std::string& currentName) const;
    std::string column(const std::string& targetTable, const std::string& currentColumn) const;
    std::vector<std::string> columns(const std::string& targetTable, const std::vector<std::string>& currentColumns) const;

private:
    std::unordered_map<std::string, std::string> m_tables;
    std::unordered_map<std::string, std::unordered_map<std::string, std::string>> m_columns;
};

}  // namespace ss
