// What a database holds that the model cannot (triggers, generated columns, SQLite's table options, the other
// PostgreSQL schemas, shared sequences, collations) is said in inspection's notes, never silently lost; a generated column is kept as a plain one.
#include "inspect/inspect_support.h"

#include <algorithm>

using namespace ss;

namespace {

void run(ScratchDatabase& db, std::initializer_list<const char*> statements)
{
    for (const char* sql : statements) {
        const QString error = execSql(db.db(), sql);
        INFO(sql << "\n" << error.toStdString());
        REQUIRE(error.isEmpty());
    }
}

bool noted(const InspectResult& result, const std::string& words)
{
    return std::any_of(result.notes.begin(), result.notes.end(), [&](const std::string& n) { return n.find(words) != std::string::npos; });
}

std::string allNotes(const InspectResult& result)
{
    std::string out;
    for (const std::string& n : result.notes)
        out += n + "\n";
    return out;
}

}  // namespace

TEST_CASE("SQLite triggers, generated columns, STRICT and WITHOUT ROWID tables and collations are noted", "[inspect][unmodelled]")
{
    ScratchDatabase db(Dialect::Sqlite, "unmodelled");
    requireOpen(db);
    run(db, {"CREATE TABLE line (id INTEGER PRIMARY KEY, qty INT, price REAL, total REAL GENERATED ALWAYS AS (qty * price) STORED, "
             "half REAL AS (price / 2))",
             "CREATE TABLE doc (id INTEGER PRIMARY KEY, updated TEXT) STRICT",
             "CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID",
             "CREATE TABLE tag (id INTEGER PRIMARY KEY, label TEXT COLLATE NOCASE NOT NULL, code TEXT COLLATE BINARY, "
             "\"Short Name\" TEXT COLLATE \"RTRIM\")",
             "CREATE TRIGGER doc_touch AFTER UPDATE ON doc BEGIN UPDATE doc SET updated = 'now' WHERE id = NEW.id; END"});
    const InspectResult inspected = inspectScratch(db);
    INFO(allNotes(inspected));
    const Table* line = inspected.model.findTable("line");
    REQUIRE(line);
    CHECK(line->findColumn("total"));
    CHECK(line->findColumn("half"));
    CHECK(noted(inspected, "column line.total is a generated column; the model keeps it as a plain column"));
    CHECK(noted(inspected, "column line.half is a generated column"));
    CHECK(noted(inspected, "trigger doc_touch on doc is not part of the model"));
    CHECK(noted(inspected, "table doc is STRICT"));
    CHECK(noted(inspected, "table kv is WITHOUT ROWID"));
    CHECK_FALSE(noted(inspected, "table line is"));
    CHECK(noted(inspected, "column tag.label has the collation NOCASE; the model does not keep collations"));
    CHECK(noted(inspected, "column tag.Short Name has the collation RTRIM"));
    CHECK_FALSE(noted(inspected, "column tag.code has"));
    CHECK(inspected.model.views.empty());
}

TEST_CASE("PostgreSQL triggers, tables of other schemas, shared sequences and collations are noted", "[inspect][unmodelled]")
{
    ScratchDatabase db(Dialect::PostgreSql, "unmodelled");
    requireOpen(db);
    run(db, {"CREATE TABLE doc (id int PRIMARY KEY, updated timestamptz)",
             "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated := now(); RETURN NEW; END$$",
             "CREATE TRIGGER doc_touch BEFORE UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION touch()",
             "CREATE SCHEMA sales", "CREATE TABLE sales.orders (id int PRIMARY KEY)", "CREATE TABLE sales.items (id int)",
             "CREATE SEQUENCE shared_ids", "CREATE TABLE a (id bigint PRIMARY KEY DEFAULT nextval('shared_ids'))",
             "CREATE TABLE b (id bigint PRIMARY KEY DEFAULT nextval('shared_ids'), code text COLLATE \"C\")"});
    const InspectResult inspected = inspectScratch(db);
    INFO(allNotes(inspected));
    CHECK(noted(inspected, "trigger doc_touch on doc is not part of the model"));
    CHECK(noted(inspected, "schema sales holds 2 tables and views, which were not read (name it in the schemas inspected to read it)"));
    CHECK_FALSE(inspected.model.findTable("orders"));
    CHECK(noted(inspected, "the sequence of nextval('shared_ids'::regclass) feeds a.id, b.id; the model gives each its own identity"));
    CHECK(noted(inspected, "column b.code has the collation C; the model does not keep collations"));
    CHECK_FALSE(noted(inspected, "column a.id has the collation"));
    run(db, {"DROP SCHEMA sales CASCADE"});
}

TEST_CASE("MariaDB triggers are noted", "[inspect][unmodelled]")
{
    ScratchDatabase db(Dialect::MySql, "unmodelled");
    requireOpen(db);
    run(db, {"CREATE TABLE doc (id int PRIMARY KEY, edits int NOT NULL DEFAULT 0)",
             "CREATE TRIGGER doc_count BEFORE UPDATE ON doc FOR EACH ROW SET NEW.edits = OLD.edits + 1"});
    const InspectResult inspected = inspectScratch(db);
    INFO(allNotes(inspected));
    CHECK(noted(inspected, "trigger doc_count on doc is not part of the model"));
}
