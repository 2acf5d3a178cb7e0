#pragma once

#include "core/sql/sql_renderer.h"

namespace ss {

class PostgreSqlRenderer : public SqlRenderer {
public:
    PostgreSqlRenderer();
    Dialect dialect() const override { return Dialect::PostgreSql; }
    std::string quote(std::string_view identifier) const override;
    std::string typeName(const DataType& type) const override;
    std::string tableName(std::string_view schema, std::string_view name) const override;

protected:
    void renderOperation(const Plan& plan, int index, Migration& out) const override;
    std::string identityClause(const Table& table, const Column& column) const override;
    std::vector<std::string> commentStatements(const Table& table) const override;

private:
    // A schema is created (if need be) with the first table of the plan that goes in it.
    static bool firstTableOfSchema(const Plan& plan, int index);
    // The declared types' statements (postgresql_type_statements.cpp).
    void renderTypeOperation(const Operation& op, int index, Migration& out) const;
    std::string createTypeStatement(const UserType& type) const;
    std::string commentTypeStatement(const UserType& type) const;
    // The spec's functions' statements (postgresql_function_statements.cpp).
    void renderFunctionOperation(const Operation& op, int index, Migration& out) const;
};

}  // namespace ss
