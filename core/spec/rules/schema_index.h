#pragma once

#include "core/spec/name_lookup.h"
#include "core/spec/schema_model.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ss::rules {

// A foreign key whose target table exists, with the columns it references (named, or the target's key).
struct ResolvedForeignKey {
    const Table& table;
    const ForeignKey& fk;
    const Table& target;
    const std::vector<std::string>& refColumns;
};

// The model plus name lookups (exact, else the one match ignoring case: core/spec/name_lookup.h) built once
// per validation, so rules that follow references stay
// linear on 2,000-table specs instead of scanning the table list for every foreign key.
class SchemaIndex {
public:
    explicit SchemaIndex(const SchemaModel& model);

    const SchemaModel& model() const { return model_; }
    // The first table so named in that PostgreSQL schema (empty: the current one), or nullptr.
    const Table* table(std::string_view schema, std::string_view name) const;
    const Table* referenced(const ForeignKey& fk) const { return table(fk.refSchema, fk.refTable); }
    const View* view(std::string_view name) const;
    // Resolved like Table::findColumn, but hashed for wide tables so that keys and foreign keys
    // over thousands of columns stay linear.
    const Column* column(const Table& table, std::string_view name) const;

    std::vector<std::string_view> tableNames() const;
    std::vector<std::string_view> tableAndViewNames() const;
    static std::vector<std::string_view> columnNames(const Table& table);

    // Foreign keys to missing tables are skipped: fk-missing-target reports those.
    void forEachResolvedForeignKey(const std::function<void(const ResolvedForeignKey&)>& visit) const;

private:
    const SchemaModel& model_;
    NameIndex tables_;
    NameIndex views_;
    std::unordered_map<const Table*, NameIndex> wideTables_;
};

// `preferred` when the loader recorded it, else `fallback` (models built in code have no locations).
SourceLocation locate(SourceLocation preferred, SourceLocation fallback);

// The columns a foreign key references: those it names, else the target's primary key.
const std::vector<std::string>& referencedColumns(const ForeignKey& fk, const Table& target);

// The column sets a database guarantees unique: primary key, natural key, unique constraints, unique indexes.
std::vector<const std::vector<std::string>*> uniqueKeys(const Table& table);

bool containsColumn(const std::vector<std::string>& columns, std::string_view name);

}  // namespace ss::rules
