#pragma once

#include "core/sql/sql_renderer.h"

namespace ss {

class MySqlRenderer : public SqlRenderer {
public:
    MySqlRenderer();
    Dialect dialect() const override { return Dialect::MySql; }
    std::string quote(std::string_view identifier) const override;
    std::string typeName(const DataType& type) const override;
    std::string stringLiteral(std::string_view text) const override;

protected:
    void renderOperation(const Plan& plan, int index, Migration& out) const override;
    std::string identityClause(const Table& table, const Column& column) const override;

private:
    // The spec's functions' statements (mysql_function_statements.cpp).
    void renderFunctionOperation(const Operation& op, int index, Migration& out) const;
    // One ALTER TABLE that drops the old key, adds the new one and makes its auto column AUTO_INCREMENT: MySQL
    // refuses each of those alone while the auto column is not keyed.
    std::string primaryKeyStatement(const Table& target, const Operation& op) const;
};

}  // namespace ss
