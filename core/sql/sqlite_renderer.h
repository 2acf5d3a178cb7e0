#pragma once

#include "core/sql/rebuilding_renderer.h"

namespace ss {

class SqliteRenderer : public RebuildingRenderer {
public:
    SqliteRenderer();
    Dialect dialect() const override { return Dialect::Sqlite; }
    std::string quote(std::string_view identifier) const override;
    std::string typeName(const DataType& type) const override;

protected:
    std::string columnDefinition(const Table& table, const Column& column) const override;
    std::string identityClause(const Table& table, const Column& column) const override;
    bool primaryKeyInline(const Table& table) const override;
    bool keepsConstraintsUnnamed() const override { return true; }
    bool altersInPlace(const Operation& op, const TableAlteration& alteration) const override;
    void renderInPlace(const Plan& plan, int index, Migration& out) const override;
    void frame(Migration& out) const override;
    const char* productName() const override { return "SQLite"; }
};

// True when SQLite can run the operation in place; otherwise its table is rebuilt.
bool sqliteAltersInPlace(const Operation& op, const TableAlteration& alteration);

}  // namespace ss
