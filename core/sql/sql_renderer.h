#pragma once

#include "core/sql/migration.h"
#include "core/sql/sql_template.h"
#include "core/sql/sql_templates.h"

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ss {

// Turns a plan into one dialect's statements. The shared shapes live here; each dialect supplies its
// templates (sql/<dialect>_templates.h), its type names and quoting, and overrides what it does differently.
class SqlRenderer {
public:
    explicit SqlRenderer(const SqlTemplates& templates) : m_t(templates) {}
    virtual ~SqlRenderer() = default;

    virtual Dialect dialect() const = 0;
    virtual std::string quote(std::string_view identifier) const = 0;
    virtual std::string typeName(const DataType& type) const = 0;
    virtual std::string stringLiteral(std::string_view text) const;
    // A table (or an object that lives beside it: an index, a partition) of `schema`, quoted; the dialects
    // without schemas give the bare name, as the spec checks warned (core/sql/dialect_names.h).
    virtual std::string tableName(std::string_view schema, std::string_view name) const;

    virtual Migration render(const Plan& plan) const;

    // CREATE TABLE for `table`, without the foreign keys named in `leaveOutForeignKeys`; `createAs` names the
    // table differently (a rebuild's temporary table) while constraint names stay those of `table`.
    std::string createTableStatement(const Table& table, const std::vector<std::string>& leaveOutForeignKeys,
                                     std::string_view createAs = {}) const;

protected:
    // Appends the statements (or a note) of operation `index` to `out`.
    virtual void renderOperation(const Plan& plan, int index, Migration& out) const;
    static void emit(Migration& out, int index, std::string sql);
    static const Table& targetTableOf(const Plan& plan, const Operation& op);
    // A created partitioned table says in its note how its rows are partitioned, or that the dialect does not
    // partition and the table is created without.
    void notePartitioning(const Operation& op, std::string& note) const;
    // The partitions a new partitioned table starts with: a default one (RANGE, LIST) or the hash partitions.
    std::vector<std::string> partitionStatements(const Table& table) const;

    virtual std::string columnDefinition(const Table& table, const Column& column) const;
    virtual std::string identityClause(const Table& table, const Column& column) const = 0;
    virtual bool primaryKeyInline(const Table& table) const;  // true where the identity clause declares the key
    virtual std::string defaultExpression(const DefaultValue& value) const;
    virtual std::vector<std::string> commentStatements(const Table& table) const;
    // COMMENT ON TABLE and COMMENT ON COLUMN for every description of `table` (the templates commentTable and
    // commentColumn), for the dialects that describe through statements.
    std::vector<std::string> commentOnStatements(const Table& table) const;

    static std::string quoteWith(std::string_view identifier, char quoteChar);  // doubles the quote inside
    // A statement the spec holds, without the blanks around it and its closing semicolons.
    static std::string withoutTrailingSemicolons(const std::string& sql);
    std::string quotedList(const std::vector<std::string>& names) const;
    // A constraint clause (a template starting "CONSTRAINT {name} "), without its name where the dialect keeps
    // a constraint declared without one unnamed (SQLite) and `declaredName` is empty: inspection then reads it
    // back unnamed, as the spec has it.
    virtual bool keepsConstraintsUnnamed() const;
    std::string constraintClause(std::string_view tmpl, const std::string& declaredName,
                                 std::initializer_list<TemplateArg> args) const;
    virtual std::string foreignKeyClause(const ForeignKey& fk) const;
    std::string defaultClause(const Column& column) const;
    std::string createIndexStatement(std::string_view schema, const std::string& table, const Index& index) const;
    std::string createViewStatement(const View& view) const;

    const SqlTemplates& m_t;
};

std::unique_ptr<SqlRenderer> makeRenderer(Dialect dialect);

}  // namespace ss
