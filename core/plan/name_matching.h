#pragma once

#include "core/spec/name_lookup.h"
#include "core/spec/schema_model.h"

#include <string>
#include <unordered_map>
#include <utility>
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

// The renames of a plan, to read the current side under the target's names. Names resolve as the model
// resolves them: exact first, else the one recorded name that matches ignoring case.
class Renames {
public:
    void addTable(const std::string& currentName, const std::string& targetName);
    void addColumn(const std::string& targetTable, const std::string& currentColumn, const std::string& targetColumn);

    std::string table(const std::string& currentName) const;
    std::string column(const std::string& targetTable, const std::string& currentColumn) const;
    std::vector<std::string> columns(const std::string& targetTable, const std::vector<std::string>& currentColumns) const;

private:
    // Old name to new name, found exactly or, failing that, by the only key equal to it ignoring case.
    class NameMap {
    public:
        void add(const std::string& from, const std::string& to);
        const std::string* find(const std::string& from) const;

    private:
        NameIndex m_index;
        std::vector<std::pair<std::string, std::string>> m_entries;  // old name, new name
    };

    NameMap m_tables;
    std::unordered_map<std::string, NameMap> m_columns;  // by the target table's exact name
    NameMap m_columnTables;                              // the target table names, to resolve other spellings
};

}  // namespace ss
