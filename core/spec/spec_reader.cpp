#include "core/spec/spec_reader.h"

#include "core/spec/default_value.h"
#include "core/spec/name_lookup.h"
#include "core/spec/qualified_name.h"
#include "core/spec/yaml_map_reader.h"

#include <cctype>
#include <optional>

namespace ss {

namespace {

class SpecReader {
public:
    SpecReader(const YamlDocument& doc, std::vector<Diagnostic>& out) : m_doc(doc), m_out(out) {}

    SchemaModel read()
    {
        SchemaModel model;
        if (m_doc.root < 0 || m_doc.node(m_doc.root).kind == YamlNode::Kind::Null) {
            Diagnostic d;
            d.ruleId = "structure";
            d.message = "the file is empty: a spec needs at least `version` and `entities`";
            d.loc = {1, 1};
            m_out.push_back(std::move(d));
            return model;
        }
        YamlMapReader top(m_doc, m_doc.root, "spec", m_out);
        if (!top.isMap())
            return model;
        if (auto v = top.integer("version")) {
            model.version = *v;
            if (*v != 1)
                top.error("unsupported-version", "DSL version " + std::to_string(*v) + " is not supported",
                          top.find("version"), "this release reads `version: 1`");
        } else if (top.find("version") < 0) {
            top.error("structure", "the spec needs `version: 1` at the top", m_doc.root);
        }
        model.schemaVersion = top.string("schema_version").value_or("");
        model.warehouse = top.string("warehouse").value_or("");
        model.description = top.string("description").value_or("");
        for (int t : top.sequence("types"))
            if (auto type = readType(t))
                model.types.push_back(std::move(*type));
        m_types = &model.types;
        for (int f : top.sequence("functions"))
            if (auto function = readFunction(f))
                model.functions.push_back(std::move(*function));

        const int entities = top.find("entities");
        if (entities < 0) {
            top.error("structure", "the spec needs an `entities` mapping with dimensions, facts or tables",
                      m_doc.root);
        } else if (m_doc.node(m_doc.resolve(entities)).kind != YamlNode::Kind::Null) {
            YamlMapReader e(m_doc, entities, "entities section", m_out);
            readTables(e, "dimensions", TableKind::Dimension, model);
            readTables(e, "facts", TableKind::Fact, model);
            readTables(e, "tables", TableKind::Table, model);
            e.reportUnknownKeys({"dimensions", "facts", "tables"});
        }
        for (int v : top.sequence("views"))
            model.views.push_back(readView(v));
        top.reportUnknownKeys({"version", "schema_version", "warehouse", "description", "types", "functions", "entities",
                              "views"});
        return model;
    }

    void useTypes(const std::vector<UserType>& types) { m_types = &types; }

    void readTableItems(const std::vector<int>& items, TableKind kind, std::vector<Table>& tables)
    {
        for (int t : items) {
            YamlMapReader r(m_doc, t, std::string(toString(kind)), m_out);
            if (r.isMap())
                tables.push_back(readTable(r, kind));
        }
    }

private:
    void readTables(YamlMapReader& entities, const char* key, TableKind kind, SchemaModel& model)
    {
        readTableItems(entities.sequence(key), kind, model.tables);
    }

    Table readTable(YamlMapReader& r, TableKind kind)
    {
        Table t;
        t.kind = kind;
        t.loc = r.location();
        t.name = r.string("name", true).value_or("");
        t.schema = r.string("schema").value_or("");
        t.description = r.string("description").value_or("");
        t.renamedFrom = r.string("renamed_from").value_or("");
        t.surrogateKeyLoc = r.keyLocation("surrogate_key");
        t.surrogateKey = r.string("surrogate_key").value_or("");
        t.naturalKeyLoc = r.keyLocation("natural_key");
        t.naturalKey = r.stringList("natural_key", true).value_or(std::vector<std::string>{});
        t.primaryKeyLoc = r.keyLocation("primary_key");
        t.primaryKey = r.stringList("primary_key", true).value_or(std::vector<std::string>{});
        t.grainLoc = r.keyLocation("grain");
        t.grain = r.stringList("grain", true).value_or(std::vector<std::string>{});

        for (int c : r.sequence("columns"))
            if (auto col = readColumn(c, false))
                t.columns.push_back(std::move(*col));
        for (int m : r.sequence("measures"))
            if (auto col = readColumn(m, true))
                t.columns.push_back(std::move(*col));
        for (int f : r.sequence("foreign_keys"))
            if (auto fk = readForeignKey(f))
                t.foreignKeys.push_back(std::move(*fk));
        for (int i : r.sequence("indexes")) {
            YamlMapReader ir(m_doc, i, "index", m_out);
            if (!ir.isMap())
                continue;
            Index index;
            index.loc = ir.location();
            index.name = ir.string("name").value_or("");
            index.columns = ir.stringList("columns", true).value_or(std::vector<std::string>{});
            if (index.columns.empty())
                ir.error("structure", "an index needs `columns`", i);
            index.unique = ir.boolean("unique").value_or(false);
            ir.reportUnknownKeys({"name", "columns", "unique"});
            t.indexes.push_back(std::move(index));
        }
        for (int u : r.sequence("unique_constraints")) {
            YamlMapReader ur(m_doc, u, "unique constraint", m_out);
            if (!ur.isMap())
                continue;
            UniqueConstraint uc;
            uc.loc = ur.location();
            uc.name = ur.string("name").value_or("");
            uc.columns = ur.stringList("columns", true).value_or(std::vector<std::string>{});
            if (uc.columns.empty())
                ur.error("structure", "a unique constraint needs `columns`", u);
            ur.reportUnknownKeys({"name", "columns"});
            t.uniques.push_back(std::move(uc));
        }
        for (int c : r.sequence("checks"))
            if (auto check = readCheck(c))
                t.checks.push_back(std::move(*check));
        if (const int p = r.find("partitioning"); p >= 0) {
            YamlMapReader pr(m_doc, p, "partitioning", m_out);
            if (pr.isMap()) {
                Partitioning part;
                part.loc = pr.location();
                part.strategy = pr.string("strategy", true).value_or("");
                for (char& ch : part.strategy)
                    ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
                if (!part.strategy.empty() && part.strategy != "RANGE" && part.strategy != "LIST" &&
                    part.strategy != "HASH")
                    pr.error("structure", "partitioning strategy must be RANGE, LIST or HASH", pr.find("strategy"));
                part.column = pr.string("column", true).value_or("");
                pr.reportUnknownKeys({"strategy", "column"});
                t.partitioning = std::move(part);
            }
        }
        r.reportUnknownKeys({"name", "schema", "description", "renamed_from", "surrogate_key", "natural_key", "primary_key",
                             "grain", "columns", "measures", "foreign_keys", "indexes", "unique_constraints",
                             "checks", "partitioning"});
        return t;
    }

    std::optional<Column> readColumn(int node, bool measure)
    {
        YamlMapReader r(m_doc, node, measure ? "measure" : "column", m_out);
        if (!r.isMap())
            return std::nullopt;
        Column c;
        c.loc = r.location();
        c.name = r.string("name", true).value_or("");
        c.description = r.string("description").value_or("");
        c.renamedFrom = r.string("renamed_from").value_or("");
        c.nullable = r.boolean("nullable").value_or(true);
        c.identity = r.boolean("identity").value_or(false);

        const int typeNode = r.find("type");
        const int nativeNode = r.find("native_type");
        if (typeNode >= 0 && nativeNode >= 0) {
            r.error("structure", "give either `type` or `native_type`, not both", nativeNode);
        } else if (nativeNode >= 0) {
            c.typeLoc = locationOf(m_doc, nativeNode);
            if (auto text = r.string("native_type"))
                c.type = DataType::nativeType(*text);
        } else if (typeNode >= 0) {
            c.typeLoc = locationOf(m_doc, typeNode);
            if (auto text = r.parenthesisedString("type")) {
                TypeParseResult parsed = parseDataType(*text);
                const UserType* declared = m_types ? findByName(*m_types, *text) : nullptr;
                if (declared)
                    c.type = DataType::nativeType(declared->name);
                else if (parsed.type)
                    c.type = *parsed.type;
                else
                    r.error("unknown-type", parsed.error + (m_types && !m_types->empty() ? ", nor a type of `types`" : ""),
                            typeNode);
            }
        } else {
            r.error("structure", "column '" + c.name + "' needs a `type`", node,
                    "for example `type: VARCHAR(50)` or `type: INTEGER`");
        }

        if (const int d = r.find("default"); d >= 0)
            c.defaultValue = readDefault(r, d);

        if (measure) {
            c.aggregation = Aggregation::Sum;
            if (auto agg = r.string("aggregation")) {
                if (auto parsed = parseAggregation(*agg); parsed && *parsed != Aggregation::None)
                    c.aggregation = *parsed;
                else
                    r.error("structure", "unknown aggregation '" + *agg + "'", r.find("aggregation"),
                            "use sum, avg, count, count_distinct, min or max");
            }
            r.reportUnknownKeys({"name", "type", "native_type", "aggregation", "nullable", "default", "description",
                                 "renamed_from"});
        } else {
            r.reportUnknownKeys({"name", "type", "native_type", "nullable", "default", "description", "renamed_from",
                                 "identity"});
        }
        return c;
    }

    DefaultValue readDefault(YamlMapReader& r, int node)
    {
        const YamlNode& n = m_doc.node(m_doc.resolve(node));
        DefaultValue d;
        if (n.kind == YamlNode::Kind::Null) {
            d.kind = DefaultValue::Kind::Null;
            return d;
        }
        if (n.kind == YamlNode::Kind::Map) {
            YamlMapReader mr(m_doc, node, "default", m_out);
            d.kind = DefaultValue::Kind::Expression;
            d.text = mr.string("sql", true).value_or("");
            mr.reportUnknownKeys({"sql"});
            return d;
        }
        if (n.kind != YamlNode::Kind::Scalar) {
            r.error("structure", "a default must be a single value or {sql: EXPRESSION}", node);
            return d;
        }
        d = classifyDefault(n.value, n.plain);
        return d;
    }

    std::optional<ForeignKey> readForeignKey(int node)
    {
        YamlMapReader r(m_doc, node, "foreign key", m_out);
        if (!r.isMap())
            return std::nullopt;
        ForeignKey fk;
        fk.loc = r.location();
        fk.name = r.string("name").value_or("");
        if (auto one = r.string("column"))
            fk.columns.push_back(*one);
        if (auto many = r.stringList("columns", true))
            fk.columns.insert(fk.columns.end(), many->begin(), many->end());
        if (fk.columns.empty())
            r.error("structure", "a foreign key needs `column` (or `columns`)", node);
        const int refNode = r.find("references");
        fk.referencesLoc = locationOf(m_doc, refNode);
        if (auto ref = r.string("references", true)) {
            if (!parseReference(*ref, fk))
                r.error("structure",
                        "`references` must read TABLE(COLUMN), SCHEMA.TABLE(COLUMN) or TABLE(COL1, COL2), not '" + *ref + "'",
                        refNode, "for example `references: dim_company(company_key)`");
        }
        fk.onDelete = readAction(r, "on_delete");
        fk.onUpdate = readAction(r, "on_update");
        r.reportUnknownKeys({"name", "column", "columns", "references", "on_delete", "on_update"});
        return fk;
    }

    FkAction readAction(YamlMapReader& r, const char* key)
    {
        auto text = r.string(key);
        if (!text)
            return FkAction::NoAction;
        if (auto a = parseFkAction(*text))
            return *a;
        r.error("structure", "unknown action '" + *text + "'", r.find(key),
                "use no action, restrict, cascade, set null or set default");
        return FkAction::NoAction;
    }

    static bool parseReference(const std::string& text, ForeignKey& fk)
    {
        const auto open = text.find('(');
        const auto close = text.rfind(')');
        if (open == std::string::npos || close == std::string::npos || close < open || close != text.size() - 1)
            return false;
        auto trim = [](std::string s) {
            const auto b = s.find_first_not_of(" \t");
            const auto e = s.find_last_not_of(" \t");
            return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
        };
        if (!splitQualifiedName(trim(text.substr(0, open)), fk.refSchema, fk.refTable))
            return false;
        std::string inner = text.substr(open + 1, close - open - 1);
        std::size_t start = 0;
        while (true) {
            const auto comma = inner.find(',', start);
            std::string part = trim(inner.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (part.empty())
                return false;
            fk.refColumns.push_back(part);
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
        return !fk.refTable.empty();
    }

    // `- {name: mood, enum: [happy, sad]}` or `- {name: amount, domain: DECIMAL(12,2), nullable: false,
    // default: 0, checks: [{expression: VALUE >= 0}]}`.
    std::optional<UserType> readType(int node)
    {
        YamlMapReader r(m_doc, node, "type", m_out);
        if (!r.isMap())
            return std::nullopt;
        UserType t;
        t.loc = r.location();
        t.name = r.string("name", true).value_or("");
        t.description = r.string("description").value_or("");
        const int enumNode = r.find("enum");
        const int domainNode = r.find("domain");
        const int nativeNode = r.find("native_domain");
        if ((enumNode >= 0) + (domainNode >= 0) + (nativeNode >= 0) != 1) {
            r.error("structure", "type '" + t.name + "' needs one of `enum` (its values) or `domain` (its base type)",
                    node, "for example `enum: [open, closed]` or `domain: DECIMAL(12,2)`");
            return std::nullopt;
        }
        if (enumNode >= 0) {
            t.kind = UserType::Kind::Enum;
            t.values = r.stringList("enum").value_or(std::vector<std::string>{});
            r.reportUnknownKeys({"name", "description", "enum"});
            return t;
        }
        t.kind = UserType::Kind::Domain;
        if (nativeNode >= 0) {
            t.base = DataType::nativeType(r.string("native_domain").value_or(""));
        } else if (auto text = r.parenthesisedString("domain")) {
            TypeParseResult parsed = parseDataType(*text);
            if (parsed.type)
                t.base = *parsed.type;
            else
                r.error("unknown-type", parsed.error, domainNode);
        }
        t.nullable = r.boolean("nullable").value_or(true);
        if (const int d = r.find("default"); d >= 0)
            t.defaultValue = readDefault(r, d);
        for (int c : r.sequence("checks"))
            if (auto check = readCheck(c))
                t.checks.push_back(std::move(*check));
        r.reportUnknownKeys({"name", "description", "enum", "domain", "native_domain", "nullable", "default", "checks"});
        return t;
    }

    // `- {name: next_id, dialect: postgresql, signature: "", sql: "CREATE OR REPLACE FUNCTION ..."}`.
    std::optional<SqlFunction> readFunction(int node)
    {
        YamlMapReader r(m_doc, node, "function", m_out);
        if (!r.isMap())
            return std::nullopt;
        SqlFunction f;
        f.loc = r.location();
        f.name = r.string("name", true).value_or("");
        f.dialect = r.string("dialect", true).value_or("");
        f.signature = r.string("signature").value_or("");
        f.sql = r.string("sql", true).value_or("");
        f.description = r.string("description").value_or("");
        r.reportUnknownKeys({"name", "dialect", "signature", "sql", "description"});
        return f;
    }

    std::optional<CheckConstraint> readCheck(int node)
    {
        YamlMapReader cr(m_doc, node, "check constraint", m_out);
        if (!cr.isMap())
            return std::nullopt;
        CheckConstraint ck;
        ck.loc = cr.location();
        ck.name = cr.string("name").value_or("");
        ck.expression = cr.string("expression", true).value_or("");
        cr.reportUnknownKeys({"name", "expression"});
        return ck;
    }

    View readView(int node)
    {
        View v;
        YamlMapReader r(m_doc, node, "view", m_out);
        if (!r.isMap())
            return v;
        v.loc = r.location();
        v.name = r.string("name", true).value_or("");
        v.description = r.string("description").value_or("");
        v.sql = r.string("sql", true).value_or("");
        v.dependsOnLoc = r.keyLocation("depends_on");
        v.dependsOn = r.stringList("depends_on").value_or(std::vector<std::string>{});
        r.reportUnknownKeys({"name", "description", "sql", "depends_on"});
        return v;
    }

private:
    const YamlDocument& m_doc;
    std::vector<Diagnostic>& m_out;
    const std::vector<UserType>* m_types = nullptr;  // the spec's `types`, once read
};

}  // namespace

void readTableEntry(const YamlDocument& doc, int node, TableKind kind, const std::vector<UserType>& types,
                    std::vector<Table>& tables, std::vector<Diagnostic>& diagnostics)
{
    SpecReader reader(doc, diagnostics);
    reader.useTypes(types);
    reader.readTableItems({node}, kind, tables);
}

SchemaModel readSpec(const YamlDocument& doc, std::vector<Diagnostic>& diagnostics)
{
    SpecReader reader(doc, diagnostics);
    SchemaModel model = reader.read();
    materializeImpliedColumns(model);
    return model;
}

}  // namespace ss
