#include "core/sql/postgresql_renderer.h"

#include "core/plan/object_names.h"
#include "core/spec/qualified_name.h"

namespace ss {

namespace {

const char* keyword(const UserType& type)
{
    return type.kind == UserType::Kind::Enum ? "TYPE" : "DOMAIN";
}

}  // namespace

std::string PostgreSqlRenderer::createTypeStatement(const UserType& type) const
{
    if (type.kind == UserType::Kind::Enum) {
        std::string values;
        for (const auto& v : type.values)
            values += (values.empty() ? "" : ", ") + stringLiteral(v);
        return "CREATE TYPE " + quote(type.name) + " AS ENUM (" + values + ")";
    }
    std::string sql = "CREATE DOMAIN " + quote(type.name) + " AS " + typeName(type.base);
    if (type.defaultValue)
        sql += " DEFAULT " + defaultExpression(*type.defaultValue);
    if (!type.nullable)
        sql += " NOT NULL";
    for (const auto& check : namedDomainChecks(type))
        sql += " CONSTRAINT " + quote(check.name) + " CHECK (" + check.expression + ")";
    return sql;
}

std::string PostgreSqlRenderer::commentTypeStatement(const UserType& type) const
{
    return std::string("COMMENT ON ") + keyword(type) + " " + quote(type.name) + " IS " +
           (type.description.empty() ? std::string("NULL") : stringLiteral(type.description));
}

// A value is added outside the migration's transaction: PostgreSQL refuses to use a value in the transaction
// that adds it, so a column default or a row of the same migration could not name it otherwise.
void PostgreSqlRenderer::renderTypeOperation(const Operation& op, int index, Migration& out) const
{
    const UserType& type = op.type;
    switch (op.kind) {
    case OpKind::CreateType:
        emit(out, index, createTypeStatement(type));
        if (!type.description.empty())
            emit(out, index, commentTypeStatement(type));
        break;
    case OpKind::CommentType: emit(out, index, commentTypeStatement(type)); break;
    case OpKind::DropType: emit(out, index, std::string("DROP ") + keyword(type) + " " + quote(type.name)); break;
    case OpKind::AddEnumValue: {
        std::string sql = "ALTER TYPE " + quote(type.name) + " ADD VALUE IF NOT EXISTS " + stringLiteral(op.enumValue);
        if (!op.enumValueAfter.empty())
            sql += " AFTER " + stringLiteral(op.enumValueAfter);
        else if (!op.typeBefore.values.empty())
            sql += " BEFORE " + stringLiteral(op.typeBefore.values.front());
        out.statements.push_back({std::move(sql), index, StatementPhase::BeforeTransaction, false});
        out.notes[static_cast<std::size_t>(index)] =
            "runs before the transaction: PostgreSQL cannot use an enum value in the transaction that adds it";
        break;
    }
    case OpKind::ReplaceType: {
        const UserType& old = op.typeBefore;
        const std::string replaced = quote(old.name + "__replaced");
        emit(out, index, std::string("ALTER ") + keyword(old) + " " + quote(old.name) + " RENAME TO " + replaced);
        emit(out, index, createTypeStatement(type));
        if (!type.description.empty())
            emit(out, index, commentTypeStatement(type));
        const std::string through =
            type.kind == UserType::Kind::Enum || old.kind == UserType::Kind::Enum ? "text" : typeName(type.base);
        for (const auto& [table, column] : op.typeColumns) {
            std::string schema;
            std::string name;
            splitQualifiedName(table, schema, name);
            const std::string alter = "ALTER TABLE " + tableName(schema, name) + " ALTER COLUMN " + quote(column.name);
            if (column.defaultValue)
                emit(out, index, alter + " DROP DEFAULT");
            emit(out, index, alter + " TYPE " + quote(type.name) + " USING " + quote(column.name) + "::" + through +
                                 "::" + quote(type.name));
            if (column.defaultValue)
                emit(out, index, alter + " SET DEFAULT " + defaultExpression(*column.defaultValue));
        }
        emit(out, index, std::string("DROP ") + keyword(old) + " " + replaced);
        break;
    }
    default: break;
    }
}

}  // namespace ss
