#include "core/sql/sql_renderer.h"

#include "core/plan/object_names.h"
#include "core/spec/default_value.h"
#include "core/sql/duckdb_renderer.h"
#include "core/sql/mysql_renderer.h"
#include "core/sql/postgresql_renderer.h"
#include "core/sql/sql_template.h"
#include "core/sql/sqlite_renderer.h"

#include <cctype>

namespace ss {

namespace {

// Expressions a DEFAULT clause takes bare in every dialect; anything else is parenthesised.
bool isBareDefaultKeyword(const std::string& text)
{
    static const char* const kKeywords[] = {"CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "NULL", "TRUE", "FALSE"};
    for (const char* k : kKeywords)
        if (equalsIgnoreCase(text, k))
            return true;
    return false;
}

std::string upper(const char* text)
{
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::string SqlRenderer::withoutTrailingSemicolons(const std::string& sql)
{
    std::string out = sql;
    while (!out.empty() && (out.back() == ';' || std::isspace(static_cast<unsigned char>(out.back()))))
        out.pop_back();
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.front())))
        out.erase(out.begin());
    return out;
}

std::unique_ptr<SqlRenderer> makeRenderer(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Sqlite: return std::make_unique<SqliteRenderer>();
    case Dialect::PostgreSql: return std::make_unique<PostgreSqlRenderer>();
    case Dialect::MySql: return std::make_unique<MySqlRenderer>();
    case Dialect::DuckDb: return std::make_unique<DuckDbRenderer>();
    }
    return std::make_unique<SqliteRenderer>();
}

Migration renderMigration(const Plan& plan, Dialect dialect)
{
    return makeRenderer(dialect)->render(plan);
}

std::string SqlRenderer::stringLiteral(std::string_view text) const
{
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "''";
        else
            out.push_back(c);
    }
    out.push_back('\'');
    return out;
}

void SqlRenderer::emit(Migration& out, int index, std::string sql)
{
    Statement s;
    s.sql = std::move(sql);
    s.operation = index;
    out.statements.push_back(std::move(s));
}

const Table& SqlRenderer::targetTableOf(const Plan& plan, const Operation& op)
{
    if (op.alteration >= 0)
        return plan.alteredTables[static_cast<std::size_t>(op.alteration)].target;
    return op.tableDef;
}

void SqlRenderer::notePartitioning(const Operation& op, std::string& note) const
{
    if (op.kind != OpKind::CreateTable || !op.tableDef.partitioning)
        return;
    const Partitioning& p = *op.tableDef.partitioning;
    std::string text;
    if (m_t.partitionClause.empty())
        text = "partitioning (" + p.strategy + " on " + p.column + ") is kept in the spec only: " +
               toString(dialect()) + " gets the table unpartitioned";
    else if (p.strategy == "HASH")
        text = "partitioned by HASH on " + p.column + " into " + std::to_string(kHashPartitions) + " partitions";
    else
        text = "partitioned by " + p.strategy + " on " + p.column + ": rows go to the default partition " +
               defaultPartitionName(op.tableDef.name) + " until partitions for their values are added";
    note += (note.empty() ? "" : "; ") + text;
}

std::vector<std::string> SqlRenderer::partitionStatements(const Table& table) const
{
    std::vector<std::string> out;
    if (!table.partitioning || m_t.partitionClause.empty())
        return out;
    if (table.partitioning->strategy != "HASH") {
        out.push_back(fillTemplate(m_t.defaultPartition, {{"partition", tableName(table.schema, defaultPartitionName(table.name))},
                                                          {"table", tableName(table.schema, table.name)}}));
        return out;
    }
    for (int i = 0; i < kHashPartitions; ++i)
        out.push_back(fillTemplate(m_t.hashPartition, {{"partition", tableName(table.schema, hashPartitionName(table.name, i))},
                                                       {"table", tableName(table.schema, table.name)},
                                                       {"modulus", std::to_string(kHashPartitions)},
                                                       {"remainder", std::to_string(i)}}));
    return out;
}

Migration SqlRenderer::render(const Plan& plan) const
{
    Migration m;
    m.dialect = dialect();
    m.transactional = dialect() != Dialect::MySql;
    m.notes.resize(plan.operations.size());
    for (std::size_t i = 0; i < plan.operations.size(); ++i) {
        renderOperation(plan, static_cast<int>(i), m);
        notePartitioning(plan.operations[i], m.notes[i]);
    }
    return m;
}

std::string SqlRenderer::quoteWith(std::string_view identifier, char quoteChar)
{
    std::string out(1, quoteChar);
    for (char c : identifier) {
        out.push_back(c);
        if (c == quoteChar)
            out.push_back(c);
    }
    out.push_back(quoteChar);
    return out;
}

std::string SqlRenderer::tableName(std::string_view, std::string_view name) const
{
    return quote(name);
}

std::string SqlRenderer::quotedList(const std::vector<std::string>& names) const
{
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + quote(n);
    return out;
}

std::string SqlRenderer::foreignKeyClause(const ForeignKey& fk) const
{
    std::string actions;
    if (fk.onDelete != FkAction::NoAction)
        actions += " ON DELETE " + upper(toString(fk.onDelete));
    if (fk.onUpdate != FkAction::NoAction)
        actions += " ON UPDATE " + upper(toString(fk.onUpdate));
    return constraintClause(m_t.foreignKeyClause, fk.name,
                            {{"name", quote(fk.name)},
                             {"columns", quotedList(fk.columns)},
                             {"ref_table", tableName(fk.refSchema, fk.refTable)},
                             {"ref_columns", quotedList(fk.refColumns)},
                             {"actions", actions}});
}

bool SqlRenderer::keepsConstraintsUnnamed() const
{
    return false;
}

std::string SqlRenderer::constraintClause(std::string_view tmpl, const std::string& declaredName,
                                          std::initializer_list<TemplateArg> args) const
{
    static constexpr std::string_view kNamed = "CONSTRAINT {name} ";
    if (declaredName.empty() && keepsConstraintsUnnamed() && tmpl.substr(0, kNamed.size()) == kNamed)
        tmpl.remove_prefix(kNamed.size());
    return fillTemplate(tmpl, args);
}

std::string SqlRenderer::defaultExpression(const DefaultValue& value) const
{
    switch (value.kind) {
    case DefaultValue::Kind::Number: return isNumberLiteral(value.text) ? value.text : stringLiteral(value.text);
    case DefaultValue::Kind::Boolean: return equalsIgnoreCase(value.text, "true") ? "TRUE" : "FALSE";
    case DefaultValue::Kind::String: return stringLiteral(value.text);
    case DefaultValue::Kind::Null: return "NULL";
    case DefaultValue::Kind::Expression:
        return isBareDefaultKeyword(value.text) ? value.text : "(" + withoutTrailingSemicolons(value.text) + ")";
    }
    return "NULL";
}

std::string SqlRenderer::defaultClause(const Column& column) const
{
    return column.defaultValue ? " DEFAULT " + defaultExpression(*column.defaultValue) : std::string();
}

std::string SqlRenderer::columnDefinition(const Table& table, const Column& column) const
{
    std::string def = quote(column.name) + " " + typeName(column.type);
    if (!column.nullable)
        def += " NOT NULL";
    def += defaultClause(column);
    if (column.identity)
        def += identityClause(table, column);
    if (!column.description.empty() && !m_t.columnComment.empty())
        def += fillTemplate(m_t.columnComment, {{"comment", stringLiteral(column.description)}});
    return def;
}

bool SqlRenderer::primaryKeyInline(const Table&) const
{
    return false;
}

std::string SqlRenderer::createTableStatement(const Table& table, const std::vector<std::string>& leaveOutForeignKeys,
                                              std::string_view createAs) const
{
    std::vector<std::string> parts;
    for (const auto& c : table.columns)
        parts.push_back(columnDefinition(table, c));
    const auto pk = primaryKeyOf(table);
    if (!pk.empty() && !primaryKeyInline(table))
        parts.push_back(fillTemplate(m_t.primaryKeyClause, {{"columns", quotedList(pk)}}));
    // effectiveUniques, namedChecks and namedForeignKeys keep the declared ones first and in order; a natural key
    // that becomes a unique constraint comes after them and is not declared with a name.
    const auto uniques = effectiveUniques(table);
    for (std::size_t i = 0; i < uniques.size(); ++i)
        parts.push_back(constraintClause(m_t.uniqueClause, i < table.uniques.size() ? table.uniques[i].name : std::string(),
                                         {{"name", quote(uniques[i].name)}, {"columns", quotedList(uniques[i].columns)}}));
    const auto checks = namedChecks(table);
    for (std::size_t i = 0; i < checks.size(); ++i)
        parts.push_back(constraintClause(m_t.checkClause, table.checks[i].name,
                                         {{"name", quote(checks[i].name)}, {"expression", checks[i].expression}}));
    const auto foreignKeys = namedForeignKeys(table);
    for (std::size_t i = 0; i < foreignKeys.size(); ++i) {
        bool leaveOut = false;
        for (const auto& name : leaveOutForeignKeys)
            leaveOut = leaveOut || equalsIgnoreCase(name, foreignKeys[i].name);
        const bool unnamed = keepsConstraintsUnnamed() && table.foreignKeys[i].name.empty();
        if (!leaveOut)
            parts.push_back(foreignKeyClause(unnamed ? table.foreignKeys[i] : foreignKeys[i]));
    }
    std::string body;
    for (const auto& p : parts)
        body += (body.empty() ? "  " : ",\n  ") + p;
    const std::string commentOption = table.description.empty() || m_t.tableCommentOption.empty()
                                          ? std::string()
                                          : fillTemplate(m_t.tableCommentOption, {{"comment", stringLiteral(table.description)}});
    std::string options = fillTemplate(m_t.tableOptions, {{"comment_option", commentOption}});
    if (table.partitioning && !m_t.partitionClause.empty())
        options += fillTemplate(m_t.partitionClause, {{"strategy", table.partitioning->strategy},
                                                      {"column", quote(table.partitioning->column)}});
    return fillTemplate(m_t.createTable,
                        {{"table", createAs.empty() ? tableName(table.schema, table.name) : quote(createAs)},
                         {"body", body},
                         {"options", options}});
}

std::vector<std::string> SqlRenderer::commentStatements(const Table&) const
{
    return {};
}

std::vector<std::string> SqlRenderer::commentOnStatements(const Table& table) const
{
    std::vector<std::string> out;
    const std::string name = tableName(table.schema, table.name);
    if (!table.description.empty())
        out.push_back(fillTemplate(m_t.commentTable, {{"table", name}, {"comment", stringLiteral(table.description)}}));
    for (const auto& c : table.columns)
        if (!c.description.empty())
            out.push_back(fillTemplate(m_t.commentColumn, {{"table", name}, {"column", quote(c.name)},
                                                           {"comment", stringLiteral(c.description)}}));
    return out;
}

std::string SqlRenderer::createIndexStatement(std::string_view schema, const std::string& table, const Index& index) const
{
    return fillTemplate(index.unique ? m_t.createUniqueIndex : m_t.createIndex,
                        {{"name", quote(index.name)}, {"table", tableName(schema, table)}, {"columns", quotedList(index.columns)}});
}

std::string SqlRenderer::createViewStatement(const View& view) const
{
    return fillTemplate(m_t.createView, {{"view", quote(view.name)}, {"sql", withoutTrailingSemicolons(view.sql)}});
}

void SqlRenderer::renderOperation(const Plan& plan, int index, Migration& out) const
{
    const Operation& op = plan.operations[static_cast<std::size_t>(index)];
    const std::string table = tableName(op.schema, op.table);
    // A template may hold several statements separated by a blank line.
    auto put = [&](std::string_view tmpl, std::initializer_list<TemplateArg> args) {
        while (!tmpl.empty()) {
            const auto end = tmpl.find("\n\n");
            emit(out, index, fillTemplate(tmpl.substr(0, end), args));
            tmpl = end == std::string_view::npos ? std::string_view() : tmpl.substr(end + 2);
        }
    };
    auto columnArgs = [&](std::string_view tmpl) {
        const Table& t = targetTableOf(plan, op);
        const std::string def = columnDefinition(t, op.after);
        const std::string defaultText = op.after.defaultValue ? defaultExpression(*op.after.defaultValue) : std::string();
        put(tmpl, {{"table", table}, {"column", quote(op.after.name)}, {"type", typeName(op.after.type)},
                   {"column_def", def}, {"default", defaultText}});
    };

    switch (op.kind) {
    case OpKind::CreateTable:
        emit(out, index, createTableStatement(op.tableDef, op.deferredForeignKeys));
        for (auto& s : partitionStatements(op.tableDef))
            emit(out, index, std::move(s));
        for (auto& s : commentStatements(op.tableDef))
            emit(out, index, std::move(s));
        break;
    case OpKind::DropTable: put(m_t.dropTable, {{"table", table}}); break;
    // The new name is bare: a table is renamed within its schema.
    case OpKind::RenameTable: put(m_t.renameTable, {{"old", tableName(op.schema, op.oldName)}, {"table", quote(op.table)}}); break;
    case OpKind::AddColumn:
        put(m_t.addColumn, {{"table", table}, {"column_def", columnDefinition(targetTableOf(plan, op), op.after)}});
        if (!op.after.description.empty() && m_t.columnComment.empty())
            put(m_t.commentColumn, {{"table", table}, {"column", quote(op.after.name)},
                                    {"comment", stringLiteral(op.after.description)}});
        break;
    case OpKind::DropColumn: put(m_t.dropColumn, {{"table", table}, {"column", quote(op.before.name)}}); break;
    case OpKind::RenameColumn:
        put(m_t.renameColumn, {{"table", table}, {"old", quote(op.before.name)}, {"column", quote(op.after.name)}});
        break;
    case OpKind::AlterColumnType: {
        columnArgs(m_t.alterColumnType);
        // The quoted name: the literal is parsed as an identifier, which would fold "Users" to users.
        const std::string tableLiteral = stringLiteral(table);
        const std::string columnLiteral = stringLiteral(op.after.name);
        if (op.after.identity && !op.before.identity)
            put(m_t.addIdentity, {{"table", table}, {"column", quote(op.after.name)}, {"table_literal", tableLiteral},
                                  {"column_literal", columnLiteral}});
        if (!op.after.identity && op.before.identity)
            put(m_t.dropIdentity, {{"table", table}, {"column", quote(op.after.name)}});
        break;
    }
    case OpKind::AlterColumnNullability: columnArgs(op.after.nullable ? m_t.dropNotNull : m_t.setNotNull); break;
    case OpKind::AlterColumnDefault: columnArgs(op.after.defaultValue ? m_t.setDefault : m_t.dropDefault); break;
    case OpKind::AlterPrimaryKey:
        if (!op.primaryKeyBefore.empty())
            put(m_t.dropPrimaryKey, {{"table", table}, {"table_literal", stringLiteral(table)}});
        if (!op.primaryKeyAfter.empty())
            put(m_t.addPrimaryKey, {{"table", table}, {"columns", quotedList(op.primaryKeyAfter)}});
        break;
    case OpKind::CommentTable:
        put(m_t.commentTable, {{"table", table}, {"comment", stringLiteral(op.tableDef.description)}});
        break;
    case OpKind::CommentColumn:
        put(m_t.commentColumn, {{"table", table}, {"column", quote(op.after.name)}, {"comment", stringLiteral(op.after.description)},
                                {"column_def", columnDefinition(targetTableOf(plan, op), op.after)}});
        break;
    case OpKind::AddIndex: emit(out, index, createIndexStatement(op.schema, op.table, op.index)); break;
    case OpKind::DropIndex: put(m_t.dropIndex, {{"name", tableName(op.schema, op.index.name)}, {"table", table}}); break;
    case OpKind::AddUnique: {
        const std::string clause =
            fillTemplate(m_t.uniqueClause, {{"name", quote(op.unique.name)}, {"columns", quotedList(op.unique.columns)}});
        put(m_t.addConstraint, {{"table", table}, {"clause", clause}});
        break;
    }
    case OpKind::DropUnique: put(m_t.dropUnique, {{"table", table}, {"name", quote(op.unique.name)}}); break;
    case OpKind::AddCheck: {
        const std::string clause =
            fillTemplate(m_t.checkClause, {{"name", quote(op.check.name)}, {"expression", op.check.expression}});
        put(m_t.addConstraint, {{"table", table}, {"clause", clause}});
        break;
    }
    case OpKind::DropCheck: put(m_t.dropCheck, {{"table", table}, {"name", quote(op.check.name)}}); break;
    case OpKind::AddForeignKey: put(m_t.addConstraint, {{"table", table}, {"clause", foreignKeyClause(op.foreignKey)}}); break;
    case OpKind::DropForeignKey: put(m_t.dropForeignKey, {{"table", table}, {"name", quote(op.foreignKey.name)}}); break;
    case OpKind::CreateView:
    case OpKind::ReplaceView:
        if (op.kind == OpKind::CreateView) {
            emit(out, index, createViewStatement(op.view));
        } else if (m_t.replaceView.empty()) {
            put(m_t.dropView, {{"view", table}});
            emit(out, index, createViewStatement(op.view));
        } else {
            put(m_t.replaceView, {{"view", table}, {"sql", withoutTrailingSemicolons(op.view.sql)}});
        }
        if (!op.view.description.empty() && !m_t.commentView.empty())
            put(m_t.commentView, {{"view", table}, {"comment", stringLiteral(op.view.description)}});
        break;
    case OpKind::DropView: put(m_t.dropView, {{"view", table}}); break;
    case OpKind::CreateType:
    case OpKind::AddEnumValue:
    case OpKind::ReplaceType:
    case OpKind::CommentType:
    case OpKind::DropType:
        out.notes[static_cast<std::size_t>(index)] =
            std::string(productName(dialect())) + " has no declared types: a plan for it writes each type out into the "
            "columns that use it, so this operation runs nothing";
        break;
    case OpKind::CreateFunction:
    case OpKind::ReplaceFunction:
    case OpKind::DropFunction:
        out.notes[static_cast<std::size_t>(index)] =
            "function " + op.function.name + " is written in " + op.function.dialect + "'s SQL: " +
            productName(dialect()) + " does not run it";
        break;
    }
}

}  // namespace ss
