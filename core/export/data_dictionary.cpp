#include "core/export/data_dictionary.h"

#include "core/diagram/er_graph.h"
#include "core/diagram/mermaid_export.h"
#include "core/plan/object_names.h"
#include "core/spec/rules/schema_index.h"
#include "core/spec/user_types.h"

#include <algorithm>

namespace ss {

namespace {

// Text inside a Markdown table cell: one line, no cell separators.
std::string cell(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            out.push_back(' ');
        else
            out.push_back(c);
    }
    return out;
}

std::string code(const std::string& text)
{
    return text.empty() ? std::string() : "`" + text + "`";
}

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + code(n);
    return out;
}

std::string defaultText(const Column& c)
{
    if (c.identity)
        return "generated";
    if (!c.defaultValue)
        return {};
    return c.defaultValue->kind == DefaultValue::Kind::String ? "'" + c.defaultValue->text + "'" : c.defaultValue->text;
}

std::string keyText(const Table& table, const Column& c)
{
    std::vector<std::string> keys;
    if (rules::containsColumn(primaryKeyOf(table), c.name))
        keys.push_back("PK");
    for (const auto& fk : table.foreignKeys)
        if (rules::containsColumn(fk.columns, c.name)) {
            keys.push_back("FK → " + qualifiedName(fk.refSchema, fk.refTable));
            break;
        }
    if (rules::containsColumn(table.naturalKey, c.name))
        keys.push_back("natural key");
    std::string out;
    for (const auto& k : keys)
        out += (out.empty() ? "" : ", ") + k;
    return out;
}

void renderTable(const Table& table, std::string& out)
{
    out += "\n### " + qualifiedName(table.schema, table.name) + "\n\n";
    if (!table.description.empty())
        out += table.description + "\n\n";
    if (!table.grain.empty())
        out += "Grain: one row per " + joined(table.grain) + ".\n\n";
    out += "| Column | Type | Null | Key | Default | Measure | Description |\n";
    out += "|---|---|---|---|---|---|---|\n";
    for (const auto& c : table.columns)
        out += "| " + code(c.name) + " | " + cell(c.type.toString()) + " | " + (c.nullable ? "yes" : "no") + " | " +
               cell(keyText(table, c)) + " | " + cell(code(defaultText(c))) + " | " +
               (c.isMeasure() ? toString(c.aggregation) : "") + " | " + cell(c.description) + " |\n";

    const auto fks = namedForeignKeys(table);
    if (!fks.empty()) {
        out += "\nForeign keys:\n\n";
        for (const auto& fk : fks) {
            out += "- " + code(fk.name) + ": " + joined(fk.columns) + " → " + code(qualifiedName(fk.refSchema, fk.refTable)) + " (" +
                   joined(fk.refColumns) + ")";
            if (fk.onDelete != FkAction::NoAction)
                out += std::string(", on delete ") + toString(fk.onDelete);
            if (fk.onUpdate != FkAction::NoAction)
                out += std::string(", on update ") + toString(fk.onUpdate);
            out += "\n";
        }
    }
    const auto uniques = effectiveUniques(table);
    if (!uniques.empty()) {
        out += "\nUnique:\n\n";
        for (const auto& u : uniques)
            out += "- " + code(u.name) + ": " + joined(u.columns) + "\n";
    }
    const auto indexes = namedIndexes(table);
    if (!indexes.empty()) {
        out += "\nIndexes:\n\n";
        for (const auto& ix : indexes)
            out += "- " + code(ix.name) + ": " + joined(ix.columns) + (ix.unique ? " (unique)" : "") + "\n";
    }
    const auto checks = namedChecks(table);
    if (!checks.empty()) {
        out += "\nChecks:\n\n";
        for (const auto& ck : checks)
            out += "- " + code(ck.name) + ": " + code(cell(ck.expression)) + "\n";
    }
}

std::string sqlBlock(std::string sql)
{
    while (!sql.empty() && (sql.back() == '\n' || sql.back() == ' '))
        sql.pop_back();
    return "```sql\n" + sql + "\n```\n";
}

// An enum by its values, a domain by its base type and what it adds to it.
std::string typeDefinition(const UserType& type)
{
    if (type.kind == UserType::Kind::Enum)
        return "one of " + joined(type.values);
    std::string out = code(type.base.toString());
    if (!type.nullable)
        out += ", not null";
    if (type.defaultValue)
        out += ", default " + code(type.defaultValue->kind == DefaultValue::Kind::String ? "'" + type.defaultValue->text + "'"
                                                                                        : type.defaultValue->text);
    for (const auto& check : type.checks)
        out += ", check " + code(check.expression);
    return out;
}

void renderTypes(const SchemaModel& model, std::string& out)
{
    out += "\n## Types\n\n| Type | Kind | Definition | Description |\n|---|---|---|---|\n";
    for (const auto& type : model.types)
        out += "| " + code(type.name) + " | " + toString(type.kind) + " | " + cell(typeDefinition(type)) + " | " +
               cell(type.description) + " |\n";
}

void renderFunctions(const SchemaModel& model, std::string& out)
{
    out += "\n## Functions\n";
    for (const auto& f : model.functions) {
        out += "\n### " + f.name + "(" + f.signature + ")\n\n";
        if (!f.description.empty())
            out += f.description + "\n\n";
        out += "In " + f.dialect + "'s SQL:\n\n" + sqlBlock(f.sql);
    }
}

}  // namespace

std::string dataDictionary(const SchemaModel& model)
{
    const std::string title = model.warehouse.empty() ? std::string("Schema") : model.warehouse;
    std::string out = "# " + title + ": data dictionary\n\n";
    out += "<!-- Generated by dbx docs. Do not edit: regenerate from the spec. -->\n\n";
    if (!model.description.empty())
        out += model.description + "\n\n";
    if (!model.schemaVersion.empty())
        out += "Schema version " + model.schemaVersion + ". ";
    out += std::to_string(model.tables.size()) + " tables, " + std::to_string(model.views.size()) + " views.\n";

    out += "\n## Diagram\n\n```mermaid\n" + exportMermaid(buildErGraph(model));
    if (out.back() != '\n')
        out.push_back('\n');
    out += "```\n";
    if (!model.types.empty())
        renderTypes(model, out);

    const std::pair<TableKind, const char*> roles[] = {
        {TableKind::Dimension, "Dimensions"}, {TableKind::Fact, "Facts"}, {TableKind::Table, "Tables"}};
    for (const auto& [kind, heading] : roles) {
        const bool any = std::any_of(model.tables.begin(), model.tables.end(), [&](const Table& t) { return t.kind == kind; });
        if (!any)
            continue;
        out += "\n## " + std::string(heading) + "\n";
        for (const auto& table : model.tables)
            if (table.kind == kind)
                renderTable(table, out);
    }

    if (!model.views.empty()) {
        out += "\n## Views\n";
        for (const auto& view : model.views) {
            out += "\n### " + view.name + "\n\n";
            if (!view.description.empty())
                out += view.description + "\n\n";
            if (!view.dependsOn.empty())
                out += "Reads " + joined(view.dependsOn) + ".\n\n";
            out += sqlBlock(view.sql);
        }
    }
    if (!model.functions.empty())
        renderFunctions(model, out);
    return out;
}

}  // namespace ss
