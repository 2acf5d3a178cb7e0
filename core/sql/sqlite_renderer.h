#pragma once

#include "core/sql/sql_renderer.h"

namespace ss {

class SqliteRenderer : public SqlRenderer {
public:
    SqliteRenderer();
    Dialect dialect() const override { return Dialect::Sqlite; }
    std::string quote(std::string_view identifier) const override;
    std::string typeName(const DataType& type) const override;

    Migration render(const Plan& plan) const override;

    // The statements that rebuild `alteration.current` into `alteration.target`, indexes included.
    std::vector<std::string> rebuildStatements(const TableAlteration& alteration) const;

protected:
    std::string columnDefinition(const Table& table, const Column& column) const override;
    std::string identityClause(const Table& table, const Column& column) const override;
    bool primaryKeyInline(const Table& table) const override;
};

// True when SQLite can run the operation in place; otherwise its table is rebuilt.
bool sqliteAltersInPlace(const Operation& op, const TableAlteration& alteration);

}  // namespace ss
