#pragma once

#include "core/sql/sql_renderer.h"

namespace ss {

class PostgreSqlRenderer : public SqlRenderer {
public:
    PostgreSqlRenderer();
    Dialect dialect() const override { return Dialect::PostgreSql; }
    std::string quote(std::string_view identifier) const override;
    std::string typeName(const DataType& type) const override;

protected:
    std::string identityClause(const Table& table, const Column& column) const override;
    std::vector<std::string> commentStatements(const Table& table) const override;
};

}  // namespace ss
