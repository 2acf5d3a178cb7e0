#include "core/db/inspect/collation_note.h"
#include "core/db/inspect/dialect_readers.h"
#include "core/db/inspect/table_roles.h"
#include "core/db/inspect/type_mapping.h"
#include "core/spec/qualified_name.h"
#include "core/spec/user_types.h"
#include "core/sql/dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cctype>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace ss {

namespace {

// Types and functions are read from the connection's current schema (`public` unless search_path says
// otherwise); tables from it and from the schemas asked for, bound as a JSON array of their names.
constexpr const char* kSchema = "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())";
constexpr const char* kReadSchemas = "(SELECT oid FROM pg_namespace WHERE nspname = current_schema() "
                                     "OR nspname IN (SELECT json_array_elements_text(CAST(? AS json))))";

const QString kRelations = QStringLiteral(R"(
    SELECT c.oid, c.relname, c.relkind, COALESCE(ds.description, ''),
           CASE WHEN c.relkind = 'v' THEN pg_get_viewdef(c.oid, true) END,
           pt.partstrat, pt.partnatts, pa.attname,
           CASE WHEN n.nspname = current_schema() THEN '' ELSE n.nspname END
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
    LEFT JOIN pg_partitioned_table pt ON pt.partrelid = c.oid
    LEFT JOIN pg_attribute pa ON pa.attrelid = pt.partrelid AND pa.attnum = pt.partattrs[0]
    WHERE c.relnamespace IN %1 AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
    ORDER BY n.nspname <> current_schema(), n.nspname, c.relname)").arg(kReadSchemas);

// Triggers (and the functions they run) are not part of the model; nor are tables of the schemas not read.
const QString kTriggers = QStringLiteral(R"(
    SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE c.relnamespace IN %1 AND NOT t.tgisinternal ORDER BY c.relname, t.tgname)").arg(kReadSchemas);

const QString kOtherSchemas = QStringLiteral(R"(
    SELECT n.nspname, count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition AND n.oid NOT IN %1
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
    GROUP BY n.nspname ORDER BY n.nspname)").arg(kReadSchemas);

// Enum and domain types of the schema, in the order they were created (a domain over an enum comes after it);
// an extension's own types belong to the extension.
const QString kTypes = QStringLiteral(R"(
    SELECT t.oid, t.typname, t.typtype, format_type(t.typbasetype, t.typtypmod), t.typnotnull,
           COALESCE(t.typdefault, ''), COALESCE(ds.description, '')
    FROM pg_type t
    LEFT JOIN pg_description ds ON ds.objoid = t.oid AND ds.classoid = 'pg_type'::regclass AND ds.objsubid = 0
    WHERE t.typnamespace = %1 AND t.typtype IN ('e', 'd')
      AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_type'::regclass AND dep.objid = t.oid
                      AND dep.deptype = 'e')
    ORDER BY t.oid)").arg(kSchema);

const QString kEnumValues = QStringLiteral(R"(
    SELECT e.enumtypid, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
    WHERE t.typnamespace = %1 ORDER BY e.enumtypid, e.enumsortorder)").arg(kSchema);

const QString kDomainChecks = QStringLiteral(R"(
    SELECT co.contypid, co.conname, pg_get_constraintdef(co.oid, true)
    FROM pg_constraint co JOIN pg_type t ON t.oid = co.contypid
    WHERE t.typnamespace = %1 AND co.contype = 'c' ORDER BY co.contypid, co.conname)").arg(kSchema);

// Plain functions of the schema (not an extension's, not a trigger's: triggers are not part of the model), in
// the order they were created, each as the CREATE statement PostgreSQL writes for it.
const QString kFunctions = QStringLiteral(R"(
    SELECT p.proname, oidvectortypes(p.proargtypes), pg_get_functiondef(p.oid), COALESCE(ds.description, '')
    FROM pg_proc p
    LEFT JOIN pg_description ds ON ds.objoid = p.oid AND ds.classoid = 'pg_proc'::regclass AND ds.objsubid = 0
    WHERE p.pronamespace = %1 AND p.prokind = 'f' AND p.prorettype <> 'trigger'::regtype
      AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_proc'::regclass AND dep.objid = p.oid
                      AND dep.deptype = 'e')
    ORDER BY p.oid)").arg(kSchema);

// Procedures and aggregates are not part of the model: said in a note.
const QString kOtherRoutines = QStringLiteral(R"(
    SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'window function' END, p.proname
    FROM pg_proc p
    WHERE p.pronamespace = %1 AND p.prokind <> 'f'
      AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_proc'::regclass AND dep.objid = p.oid
                      AND dep.deptype = 'e')
    ORDER BY p.proname)").arg(kSchema);

// Functions and procedures of the other schemas read are not part of the model (trigger functions go with
// their triggers): said in a note per schema.
const QString kOtherSchemaRoutines = QStringLiteral(R"(
    SELECT n.nspname, count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE p.pronamespace IN %1 AND n.nspname <> current_schema() AND p.prorettype <> 'trigger'::regtype
      AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_proc'::regclass AND dep.objid = p.oid
                      AND dep.deptype = 'e')
    GROUP BY n.nspname ORDER BY n.nspname)").arg(kReadSchemas);

const QString kColumns = QStringLiteral(R"(
    SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity,
           COALESCE(pg_get_expr(d.adbin, d.adrelid), ''), COALESCE(ds.description, ''), a.attgenerated, ty.typtype,
           CASE WHEN a.attcollation <> ty.typcollation THEN (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_type ty ON ty.oid = a.atttypid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    LEFT JOIN pg_description ds ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
    WHERE c.relnamespace IN %1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY a.attrelid, a.attnum)").arg(kReadSchemas);

const QString kConstraints = QStringLiteral(R"(
    SELECT co.conrelid, co.conname, co.contype, co.conkey::text, co.confrelid, co.confkey::text, co.confupdtype,
           co.confdeltype, CASE WHEN co.contype IN ('c', 'x') THEN pg_get_constraintdef(co.oid, true) END,
           co.confrelid::regclass::text
    FROM pg_constraint co JOIN pg_class c ON c.oid = co.conrelid
    WHERE c.relnamespace IN %1 AND co.contype IN ('p', 'u', 'f', 'c', 'x') AND NOT c.relispartition
    ORDER BY co.conrelid, co.conname)").arg(kReadSchemas);

// Indexes behind a primary key, unique or exclusion constraint are that constraint, not indexes of their own.
const QString kIndexes = QStringLiteral(R"(
    SELECT ix.indrelid, i.relname, ix.indisunique, ix.indkey::text, ix.indexprs IS NOT NULL, ix.indpred IS NOT NULL,
           am.amname, ix.indnkeyatts < ix.indnatts, ix.indoption::text
    FROM pg_index ix
    JOIN pg_class i ON i.oid = ix.indexrelid
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_am am ON am.oid = i.relam
    WHERE t.relnamespace IN %1 AND t.relkind IN ('r', 'p') AND NOT t.relispartition
      AND NOT EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conindid = ix.indexrelid AND co.conrelid = ix.indrelid
                      AND co.contype IN ('p', 'u', 'x'))
    ORDER BY ix.indrelid, i.relname)").arg(kReadSchemas);

const QString kViewDependencies = QStringLiteral(R"(
    SELECT DISTINCT r.ev_class, d.refobjid
    FROM pg_rewrite r
    JOIN pg_depend d ON d.objid = r.oid AND d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
    JOIN pg_class v ON v.oid = r.ev_class
    WHERE v.relnamespace = %1 AND v.relkind = 'v' AND d.refobjid <> r.ev_class)").arg(kSchema);

QVariantList schemasParameter(const std::vector<std::string>& schemas)
{
    QJsonArray names;
    for (const std::string& schema : schemas)
        names.append(QString::fromStdString(schema));
    return {QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact))};
}

FkAction fkAction(const std::string& code)
{
    switch (code.empty() ? 'a' : code[0]) {
    case 'r': return FkAction::Restrict;
    case 'c': return FkAction::Cascade;
    case 'n': return FkAction::SetNull;
    case 'd': return FkAction::SetDefault;
    default: return FkAction::NoAction;
    }
}

// pg_get_constraintdef writes "CHECK (expr)" followed by the options the model does not hold (NO INHERIT,
// NOT VALID, NOT ENFORCED): keeping one would leave the expression unbalanced and the apply would send
// CHECK (CHECK (...
std::string checkExpression(std::string def)
{
    static const std::string_view kOptions[] = {" NOT VALID", " NO INHERIT", " NOT ENFORCED"};
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const std::string_view option : kOptions)
            if (def.size() > option.size() && def.compare(def.size() - option.size(), option.size(), option) == 0) {
                def.resize(def.size() - option.size());
                stripped = true;
            }
    }
    if (def.compare(0, 7, "CHECK (") == 0 && def.back() == ')')
        return def.substr(7, def.size() - 8);
    return def;
}

std::string trimmedViewSql(std::string sql)
{
    while (!sql.empty() && (sql.back() == ';' || std::isspace(static_cast<unsigned char>(sql.back()))))
        sql.pop_back();
    std::size_t start = 0;
    while (start < sql.size() && std::isspace(static_cast<unsigned char>(sql[start])))
        ++start;
    return sql.substr(start);
}

class Reader {
public:
    Reader(CatalogSession& session, CatalogSnapshot& out, const std::vector<std::string>& schemas)
        : m_session(session), m_out(out), m_tables(out.model), m_schemas(schemasParameter(schemas))
    {
    }

    bool read()
    {
        return readRelations() && readTypes() && readFunctions() && readColumns() && readConstraints() && readIndexes() && readViewDependencies()
               && readUnmodelled();
    }

private:
    bool readRelations()
    {
        return m_session.each("tables and views", kRelations, m_schemas, [&](const QSqlQuery& q) {
            const std::string oid = textAt(q, 0);
            const std::string kind = textAt(q, 2);
            const std::string schema = textAt(q, 8);
            const std::string shown = qualifiedName(schema, textAt(q, 1));
            if (kind == "m") {
                m_out.notes.push_back("materialized view " + shown + " is not part of the model");
                return;
            }
            m_names[oid] = textAt(q, 1);
            m_schemaOf[oid] = schema;
            if (kind == "v" && !schema.empty()) {
                m_out.notes.push_back("view " + shown + " is not part of the model: views are read from the current schema only");
                return;
            }
            if (kind == "v") {
                View v;
                v.name = textAt(q, 1);
                v.description = textAt(q, 3);
                v.sql = trimmedViewSql(textAt(q, 4));
                m_views[oid] = m_out.model.views.size();
                m_out.model.views.push_back(std::move(v));
                return;
            }
            Table t;
            t.name = textAt(q, 1);
            t.schema = schema;
            t.description = textAt(q, 3);
            if (kind == "p")
                t.partitioning = partitioningOf(t.name, textAt(q, 5), q.value(6).toInt(), textAt(q, 7));
            m_tables.add(oid, std::move(t));
        });
    }

    // The model partitions by one column; a key of several columns or an expression is left out, with a note.
    std::optional<Partitioning> partitioningOf(const std::string& table, const std::string& strategy, int keyColumns,
                                               const std::string& column)
    {
        static const std::unordered_map<std::string, std::string> kStrategies = {
            {"r", "RANGE"}, {"l", "LIST"}, {"h", "HASH"}};
        const auto it = kStrategies.find(strategy);
        if (it == kStrategies.end() || keyColumns != 1 || column.empty()) {
            m_out.notes.push_back("table " + table + " is partitioned by more than one column or an expression; "
                                  "the model keeps a single partitioning column, so the partitioning is left out");
            return std::nullopt;
        }
        return Partitioning{it->second, column, {}};
    }

    bool readTypes()
    {
        std::unordered_map<std::string, std::size_t> byOid;
        auto& types = m_out.model.types;
        return m_session.each("types", kTypes, [&](const QSqlQuery& q) {
            UserType t;
            t.name = textAt(q, 1);
            t.kind = textAt(q, 2) == "e" ? UserType::Kind::Enum : UserType::Kind::Domain;
            if (t.kind == UserType::Kind::Domain) {
                const std::string base = textAt(q, 3);
                t.base = postgreSqlType(base);
                t.nullable = !q.value(4).toBool();
                t.defaultValue = postgreSqlDefault(textAt(q, 5), base);
            }
            t.description = textAt(q, 6);
            byOid[textAt(q, 0)] = types.size();
            types.push_back(std::move(t));
        }) && m_session.each("enum values", kEnumValues, [&](const QSqlQuery& q) {
            if (const auto it = byOid.find(textAt(q, 0)); it != byOid.end())
                types[it->second].values.push_back(textAt(q, 1));
        }) && m_session.each("domain checks", kDomainChecks, [&](const QSqlQuery& q) {
            if (const auto it = byOid.find(textAt(q, 0)); it != byOid.end())
                types[it->second].checks.push_back({textAt(q, 1), canonicalCheckExpression(checkExpression(textAt(q, 2))), {}});
        });
    }

    bool readFunctions()
    {
        return m_session.each("functions", kFunctions, [&](const QSqlQuery& q) {
            SqlFunction f;
            f.name = textAt(q, 0);
            f.dialect = toString(Dialect::PostgreSql);
            f.signature = textAt(q, 1);
            f.sql = trimmedViewSql(textAt(q, 2));
            f.description = textAt(q, 3);
            m_out.model.functions.push_back(std::move(f));
        }) && m_session.each("other routines", kOtherRoutines, [&](const QSqlQuery& q) {
            m_out.notes.push_back(textAt(q, 0) + " " + textAt(q, 1) + " is not part of the model: the spec does not re-create it");
        }) && m_session.each("routines of the other schemas", kOtherSchemaRoutines, m_schemas, [&](const QSqlQuery& q) {
            m_out.notes.push_back("schema " + textAt(q, 0) + " holds " + textAt(q, 1) +
                                  " functions or procedures, which are not part of the model: functions are read from the "
                                  "current schema only");
        });
    }

    bool readColumns()
    {
        std::map<std::string, std::vector<std::string>> sequenceUsers;  // by nextval(...) default
        const bool ok = m_session.each("columns", kColumns, m_schemas, [&](const QSqlQuery& q) {
            Table* t = m_tables.find(textAt(q, 0));
            if (!t)
                return;
            Column c;
            c.name = textAt(q, 2);
            c.type = postgreSqlType(textAt(q, 3));
            c.nullable = !q.value(4).toBool();
            const std::string def = textAt(q, 6);
            c.identity = !textAt(q, 5).empty() || isSequenceDefault(def);
            if (textAt(q, 5).empty() && isSequenceDefault(def))
                sequenceUsers[def].push_back(t->name + "." + c.name);
            if (const std::string collation = textAt(q, 10); !collation.empty())
                m_out.notes.push_back(collationNote(t->name, c.name, collation));
            if (!textAt(q, 8).empty())
                m_out.notes.push_back("column " + t->name + "." + c.name + " is generated (" + def +
                                      "); the model keeps it as a plain column");
            else if (!c.identity)
                c.defaultValue = postgreSqlDefault(def, textAt(q, 3));
            c.description = textAt(q, 7);
            if ((textAt(q, 9) == "e" || textAt(q, 9) == "d") && !findType(m_out.model, c.type.native))
                m_out.notes.push_back("column " + t->name + "." + c.name + " has the user-defined type " +
                                      c.type.native + ", kept by name: create it before applying the spec elsewhere");
            m_columnNames[textAt(q, 0)][q.value(1).toInt()] = c.name;
            t->columns.push_back(std::move(c));
        });
        for (const auto& [next, users] : sequenceUsers) {
            if (users.size() < 2)
                continue;
            std::string list;
            for (const std::string& user : users)
                list += (list.empty() ? "" : ", ") + user;
            m_out.notes.push_back("the sequence of " + next + " feeds " + list +
                                  "; the model gives each its own identity: their keys are no longer drawn from one sequence");
        }
        return ok;
    }

    std::vector<std::string> columnNames(const std::string& oid, const std::string& keys)
    {
        std::vector<std::string> out;
        const auto& names = m_columnNames[oid];
        for (int n : numberList(keys)) {
            const auto it = names.find(n);
            out.push_back(it == names.end() ? std::string() : it->second);
        }
        return out;
    }

    bool readConstraints()
    {
        return m_session.each("constraints", kConstraints, m_schemas, [&](const QSqlQuery& q) {
            const std::string oid = textAt(q, 0);
            Table* t = m_tables.find(oid);
            if (!t)
                return;
            const std::string name = textAt(q, 1);
            const std::string type = textAt(q, 2);
            if (type == "p") {
                t->primaryKey = columnNames(oid, textAt(q, 3));
            } else if (type == "u") {
                t->uniques.push_back({name, columnNames(oid, textAt(q, 3)), {}});
            } else if (type == "c") {
                t->checks.push_back({name, canonicalCheckExpression(checkExpression(textAt(q, 8))), {}});
            } else if (type == "x") {
                m_out.notes.push_back("exclusion constraint " + name + " on " + t->name + " (" + textAt(q, 8) +
                                      ") is not part of the model");
            } else {
                ForeignKey fk;
                fk.name = name;
                fk.columns = columnNames(oid, textAt(q, 3));
                const std::string refOid = textAt(q, 4);
                const auto ref = m_names.find(refOid);
                fk.refTable = ref != m_names.end() ? ref->second : textAt(q, 9);
                if (ref != m_names.end())
                    fk.refSchema = m_schemaOf[refOid];
                else
                    m_out.notes.push_back("foreign key " + name + " on " + t->name + " references " + fk.refTable +
                                          " in a schema not read (add it to the schemas inspected)");
                fk.refColumns = columnNames(refOid, textAt(q, 5));
                fk.onUpdate = fkAction(textAt(q, 6));
                fk.onDelete = fkAction(textAt(q, 7));
                t->foreignKeys.push_back(std::move(fk));
            }
        });
    }

    bool readIndexes()
    {
        return m_session.each("indexes", kIndexes, m_schemas, [&](const QSqlQuery& q) {
            const std::string oid = textAt(q, 0);
            Table* t = m_tables.find(oid);
            if (!t)
                return;
            const std::string name = textAt(q, 1);
            std::string unsupported;
            if (q.value(4).toBool())
                unsupported = "indexes an expression";
            else if (q.value(5).toBool())
                unsupported = "is partial (WHERE ...)";
            else if (textAt(q, 6) != "btree")
                unsupported = "uses the " + textAt(q, 6) + " method";
            else if (q.value(7).toBool())
                unsupported = "has INCLUDE columns";
            else
                for (int option : numberList(textAt(q, 8)))
                    if (option != 0)
                        unsupported = "has a descending or NULLS FIRST column";
            if (!unsupported.empty()) {
                m_out.notes.push_back("index " + name + " on " + t->name + " " + unsupported +
                                      ", which the model cannot hold: left out");
                return;
            }
            Index ix;
            ix.name = name;
            ix.unique = q.value(2).toBool();
            ix.columns = columnNames(oid, textAt(q, 3));
            t->indexes.push_back(std::move(ix));
        });
    }

    bool readUnmodelled()
    {
        return m_session.each("triggers", kTriggers, m_schemas, [&](const QSqlQuery& q) {
            if (!isBookkeepingTable(textAt(q, 1)))
                m_out.notes.push_back("trigger " + textAt(q, 0) + " on " + textAt(q, 1) +
                                      " is not part of the model: the spec does not re-create it (nor its function)");
        }) && m_session.each("other schemas", kOtherSchemas, m_schemas, [&](const QSqlQuery& q) {
            m_out.notes.push_back("schema " + textAt(q, 0) + " holds " + textAt(q, 1) +
                                  " tables and views, which were not read (name it in the schemas inspected to read it)");
        });
    }

    bool readViewDependencies()
    {
        return m_session.each("view dependencies", kViewDependencies, [&](const QSqlQuery& q) {
            const auto view = m_views.find(textAt(q, 0));
            const auto used = m_names.find(textAt(q, 1));
            if (view != m_views.end() && used != m_names.end())
                m_out.model.views[view->second].dependsOn.push_back(
                    qualifiedReference(m_schemaOf[textAt(q, 1)], used->second));
        });
    }

    CatalogSession& m_session;
    CatalogSnapshot& m_out;
    const QVariantList m_schemas;  // the schemas read beside the current one, as the queries bind them
    std::unordered_map<std::string, std::string> m_names;  // oid -> name, tables and views
    std::unordered_map<std::string, std::string> m_schemaOf;  // oid -> schema, empty for the current one
    TableRegistry m_tables;
    std::unordered_map<std::string, std::size_t> m_views;
    std::unordered_map<std::string, std::unordered_map<int, std::string>> m_columnNames;  // oid -> attnum -> name
};

}  // namespace

bool readPostgreSqlCatalog(CatalogSession& session, CatalogSnapshot& out, const std::vector<std::string>& schemas)
{
    return Reader(session, out, schemas).read();
}

// Every schema change writes new row versions into these catalogs (new xmin) or removes rows (count), so
// the summary changes with the schema; data changes leave it alone.
std::string postgreSqlFingerprint(CatalogSession& session, const std::vector<std::string>& schemas)
{
    const QString sql = QStringLiteral(R"(
        WITH ns AS %2, rel AS (SELECT oid, xmin FROM pg_class WHERE relnamespace IN (SELECT oid FROM ns))
        SELECT concat_ws('/',
          (SELECT oid FROM pg_database WHERE datname = current_database()),
          (SELECT count(*) || ':' || COALESCE(sum(xmin::text::bigint), 0) FROM rel),
          (SELECT count(*) || ':' || COALESCE(sum(a.xmin::text::bigint), 0) FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid),
          (SELECT count(*) || ':' || COALESCE(sum(d.xmin::text::bigint), 0) FROM pg_attrdef d JOIN rel ON rel.oid = d.adrelid),
          (SELECT count(*) || ':' || COALESCE(sum(co.xmin::text::bigint), 0) FROM pg_constraint co WHERE co.connamespace IN (SELECT oid FROM ns)),
          (SELECT count(*) || ':' || COALESCE(sum(i.xmin::text::bigint), 0) FROM pg_index i JOIN rel ON rel.oid = i.indrelid),
          (SELECT count(*) || ':' || COALESCE(sum(r.xmin::text::bigint), 0) FROM pg_rewrite r JOIN rel ON rel.oid = r.ev_class),
          (SELECT count(*) || ':' || COALESCE(sum(ds.xmin::text::bigint), 0) FROM pg_description ds JOIN rel ON rel.oid = ds.objoid
             AND ds.classoid = 'pg_class'::regclass),
          (SELECT count(*) || ':' || COALESCE(sum(t.xmin::text::bigint), 0) FROM pg_type t WHERE t.typnamespace = %1
             AND t.typtype IN ('e', 'd')),
          (SELECT count(*) || ':' || COALESCE(sum(p.xmin::text::bigint), 0) FROM pg_proc p WHERE p.pronamespace = %1),
          (SELECT count(*) || ':' || COALESCE(sum(ds.xmin::text::bigint), 0) FROM pg_description ds JOIN pg_proc p
             ON p.oid = ds.objoid AND ds.classoid = 'pg_proc'::regclass WHERE p.pronamespace = %1),
          (SELECT count(*) || ':' || COALESCE(sum(e.xmin::text::bigint), 0) FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
             WHERE t.typnamespace = %1),
          (SELECT count(*) || ':' || COALESCE(sum(ds.xmin::text::bigint), 0) FROM pg_description ds JOIN pg_type t
             ON t.oid = ds.objoid AND ds.classoid = 'pg_type'::regclass WHERE t.typnamespace = %1))
    )").arg(kSchema, kReadSchemas);
    std::string fingerprint;
    session.each("catalog fingerprint", sql, schemasParameter(schemas), [&](const QSqlQuery& q) { fingerprint = textAt(q, 0); });
    return fingerprint;
}

}  // namespace ss
