#include "core/spec/yaml_writer.h"

#include "core/spec/default_value.h"
#include "core/spec/qualified_name.h"
#include "core/spec/user_types.h"
#include "core/spec/yaml_scalar.h"
#include "core/util/atomic_file.h"
#include "core/util/joined.h"

namespace ss {

namespace {

std::string flow(std::string_view text) { return yamlScalar(text, YamlContext::Flow); }

std::string flowList(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + flow(items[i]);
    return out + "]";
}

// One name stays a plain value; several become a flow list.
std::string nameOrList(const std::vector<std::string>& items)
{
    return items.size() == 1 ? flow(items.front()) : flowList(items);
}

std::string defaultText(const DefaultValue& d)
{
    switch (d.kind) {
    case DefaultValue::Kind::Number:
    case DefaultValue::Kind::Boolean:
        return d.text;
    case DefaultValue::Kind::Null:
        return "null";
    case DefaultValue::Kind::Expression:
        if (classifyDefault(d.text, true) == d)
            return d.text;
        return "{sql: " + flow(d.text) + "}";
    case DefaultValue::Kind::String: {
        // A plain scalar that would read back as a number, boolean or keyword must be quoted to stay a string.
        const std::string plain = flow(d.text);
        if (plain == d.text && classifyDefault(d.text, true).kind != DefaultValue::Kind::String)
            return "\"" + d.text + "\"";
        return plain;
    }
    }
    return {};
}

class Writer {
public:
    std::string write(const SchemaModel& m)
    {
        out += "version: " + std::to_string(m.version) + "\n";
        if (!m.schemaVersion.empty())
            out += "schema_version: " + yamlScalar(m.schemaVersion, YamlContext::Block) + "\n";
        if (!m.warehouse.empty())
            out += "warehouse: " + yamlScalar(m.warehouse, YamlContext::Block) + "\n";
        if (!m.description.empty()) {
            out += "description:";
            appendBlockValue(out, m.description, 0);
        }
        if (!m.types.empty()) {
            out += "types:\n";
            for (const UserType& t : m.types)
                writeType(t);
        }
        if (!m.functions.empty()) {
            out += "functions:\n";
            for (const SqlFunction& f : m.functions)
                writeFunction(f);
        }
        m_model = &m;
        out += m.tables.empty() ? "entities: {}\n" : "entities:\n";
        writeKind(m, TableKind::Dimension, "dimensions");
        writeKind(m, TableKind::Fact, "facts");
        writeKind(m, TableKind::Table, "tables");
        if (!m.views.empty()) {
            out += "views:\n";
            for (const View& v : m.views)
                writeView(v);
        }
        return std::move(out);
    }

private:
    void writeKind(const SchemaModel& m, TableKind kind, const char* key)
    {
        bool first = true;
        for (const Table& t : m.tables) {
            if (t.kind != kind)
                continue;
            if (first)
                out += std::string("  ") + key + ":\n";
            first = false;
            writeTable(t);
        }
    }

    void field(const char* key, std::string_view value, int indent)
    {
        out.append(static_cast<std::size_t>(indent), ' ');
        out += key;
        out += ':';
        appendBlockValue(out, value, indent);
    }

    void line(int indent, const std::string& text)
    {
        out.append(static_cast<std::size_t>(indent), ' ');
        out += text;
        out += '\n';
    }

    void writeType(const UserType& t)
    {
        line(2, "- name: " + yamlScalar(t.name, YamlContext::Block));
        if (!t.description.empty())
            field("description", t.description, 4);
        if (t.kind == UserType::Kind::Enum) {
            line(4, "enum: " + flowList(t.values));
            return;
        }
        if (t.base.kind == TypeKind::Native)
            line(4, "native_domain: " + yamlScalar(t.base.native, YamlContext::Block));
        else
            line(4, "domain: " + yamlScalar(t.base.toString(), YamlContext::Block));
        if (!t.nullable)
            line(4, "nullable: false");
        if (t.defaultValue)
            line(4, "default: " + defaultText(*t.defaultValue));
        if (!t.checks.empty()) {
            line(4, "checks:");
            for (const CheckConstraint& c : t.checks)
                line(6, "- " + checkText(c));
        }
    }

    void writeFunction(const SqlFunction& f)
    {
        line(2, "- name: " + yamlScalar(f.name, YamlContext::Block));
        if (!f.description.empty())
            field("description", f.description, 4);
        line(4, "dialect: " + yamlScalar(f.dialect, YamlContext::Block));
        line(4, "signature: " + (f.signature.empty() ? std::string("\"\"") : yamlScalar(f.signature, YamlContext::Block)));
        field("sql", f.sql, 4);
    }

    static std::string checkText(const CheckConstraint& c)
    {
        return "{" + (c.name.empty() ? std::string() : "name: " + flow(c.name) + ", ") + "expression: " +
               flow(c.expression) + "}";
    }

    void writeTable(const Table& t)
    {
        line(4, "- name: " + yamlScalar(t.name, YamlContext::Block));
        if (!t.schema.empty())
            line(6, "schema: " + yamlScalar(t.schema, YamlContext::Block));
        if (!t.description.empty())
            field("description", t.description, 6);
        if (!t.renamedFrom.empty())
            line(6, "renamed_from: " + yamlScalar(t.renamedFrom, YamlContext::Block));
        if (!t.surrogateKey.empty())
            line(6, "surrogate_key: " + yamlScalar(t.surrogateKey, YamlContext::Block));
        if (!t.naturalKey.empty())
            line(6, "natural_key: " + nameOrList(t.naturalKey));
        const bool pkIsSurrogate = t.primaryKey.size() == 1 && !t.surrogateKey.empty() && t.primaryKey[0] == t.surrogateKey;
        if (!t.primaryKey.empty() && !pkIsSurrogate)
            line(6, "primary_key: " + flowList(t.primaryKey));
        if (!t.grain.empty())
            line(6, "grain: " + yamlScalar(joined(t.grain, ", "), YamlContext::Block));

        bool anyColumn = false;
        bool anyMeasure = false;
        for (const Column& c : t.columns) {
            if (c.origin != ColumnOrigin::Declared)
                continue;
            (c.isMeasure() ? anyMeasure : anyColumn) = true;
        }
        if (anyColumn) {
            line(6, "columns:");
            for (const Column& c : t.columns)
                if (c.origin == ColumnOrigin::Declared && !c.isMeasure())
                    line(8, "- " + columnText(c, t));
        }
        if (anyMeasure) {
            line(6, "measures:");
            for (const Column& c : t.columns)
                if (c.origin == ColumnOrigin::Declared && c.isMeasure())
                    line(8, "- " + columnText(c, t));
        }
        if (!t.foreignKeys.empty()) {
            line(6, "foreign_keys:");
            for (const ForeignKey& fk : t.foreignKeys)
                line(8, "- " + foreignKeyText(fk));
        }
        if (!t.indexes.empty()) {
            line(6, "indexes:");
            for (const Index& i : t.indexes) {
                std::string text = "{";
                if (!i.name.empty())
                    text += "name: " + flow(i.name) + ", ";
                text += "columns: " + flowList(i.columns);
                if (i.unique)
                    text += ", unique: true";
                line(8, "- " + text + "}");
            }
        }
        if (!t.uniques.empty()) {
            line(6, "unique_constraints:");
            for (const UniqueConstraint& u : t.uniques)
                line(8, "- {" + (u.name.empty() ? std::string() : "name: " + flow(u.name) + ", ") +
                            "columns: " + flowList(u.columns) + "}");
        }
        if (!t.checks.empty()) {
            line(6, "checks:");
            for (const CheckConstraint& c : t.checks)
                line(8, "- " + checkText(c));
        }
        if (t.partitioning)
            line(6, "partitioning: {strategy: " + flow(t.partitioning->strategy) +
                        ", column: " + flow(t.partitioning->column) + "}");
    }

    std::string columnText(const Column& c, const Table& t) const
    {
        std::string text = "{name: " + flow(c.name);
        if (const UserType* declared = typeOf(*m_model, c))
            text += ", type: " + flow(declared->name);
        else if (c.type.kind == TypeKind::Native)
            text += ", native_type: " + flow(c.type.native);
        else
            text += ", type: " + flow(c.type.toString());
        if (!c.nullable)
            text += ", nullable: false";
        // A surrogate key is an identity column by definition; saying so again would only add noise.
        if (c.identity && !equalsIgnoreCase(c.name, t.surrogateKey))
            text += ", identity: true";
        if (c.defaultValue)
            text += ", default: " + defaultText(*c.defaultValue);
        if (c.isMeasure())
            text += std::string(", aggregation: ") + toString(c.aggregation);
        if (!c.renamedFrom.empty())
            text += ", renamed_from: " + flow(c.renamedFrom);
        if (!c.description.empty())
            text += ", description: " + flow(c.description);
        return text + "}";
    }

    static std::string foreignKeyText(const ForeignKey& fk)
    {
        std::string text = "{";
        if (!fk.name.empty())
            text += "name: " + flow(fk.name) + ", ";
        text += fk.columns.size() == 1 ? "column: " + flow(fk.columns[0]) : "columns: " + flowList(fk.columns);
        text += ", references: " + flow(qualifiedReference(fk.refSchema, fk.refTable) + "(" + joined(fk.refColumns, ", ") + ")");
        if (fk.onDelete != FkAction::NoAction)
            text += std::string(", on_delete: ") + flow(toString(fk.onDelete));
        if (fk.onUpdate != FkAction::NoAction)
            text += std::string(", on_update: ") + flow(toString(fk.onUpdate));
        return text + "}";
    }

    void writeView(const View& v)
    {
        line(2, "- name: " + yamlScalar(v.name, YamlContext::Block));
        if (!v.description.empty())
            field("description", v.description, 4);
        if (!v.dependsOn.empty())
            line(4, "depends_on: " + flowList(v.dependsOn));
        field("sql", v.sql, 4);
    }

    std::string out;
    const SchemaModel* m_model = nullptr;
};

}  // namespace

std::string saveSchemaYaml(const SchemaModel& model)
{
    return Writer().write(model);
}

std::string saveSchemaFile(const std::string& path, const SchemaModel& model)
{
    return writeFileAtomically(path, saveSchemaYaml(model));
}

}  // namespace ss
