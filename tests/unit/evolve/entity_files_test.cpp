// Reading JSON collections: arrays, wrapped arrays, NDJSON streamed, types, and errors with their location.
#include "support/evolve_support.h"

#include "core/evolve/entity_files.h"

using namespace evolve_test;
using namespace ss::evolve;

namespace {

std::string write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return dir.filePath(name).toStdString();
}

std::vector<Entity> readAll(const EntityFile& file, std::string& error)
{
    std::vector<Entity> out;
    error = readEntityFile(file, [&](Entity&& e) {
        out.push_back(std::move(e));
        return true;
    });
    return out;
}

}  // namespace

TEST_CASE("a JSON array, an object holding one array and NDJSON are all collections", "[evolve][sources]")
{
    QTemporaryDir dir;
    std::string error;
    auto a = readAll({write(dir, "countries.json", R"([{"id": "NL", "name": "Netherlands"}, {"id": "BE"}])"), {}, {}}, error);
    CHECK(error.empty());
    REQUIRE(a.size() == 2);
    CHECK(a[0].type == "country");
    CHECK(a[0].key == "NL");
    CHECK(a[0].name == "Netherlands");
    auto wrapped = readAll({write(dir, "iso.json", R"({"3166-1": [{"alpha_2": "NL"}]})"), "code", {}}, error);
    CHECK(error.empty());
    REQUIRE(wrapped.size() == 1);
    CHECK(wrapped[0].type == "code");
    auto lines = readAll({write(dir, "events.ndjson", "{\"type\": \"click\", \"x\": 1}\n\n{\"type\": \"view\"}\n{\"x\": 2}\n"), {}, "type"}, error);
    CHECK(error.empty());
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].type == "click");
    CHECK_FALSE(lines[0].attributes.contains("type"));
    CHECK(lines[2].type == "event");  // no type member: the file's name
}

TEST_CASE("a record's own type member is an attribute unless a type field is named", "[evolve][sources]")
{
    QTemporaryDir dir;
    std::string error;
    auto r = readAll({write(dir, "subdivisions.json", R"([{"code": "AD-02", "type": "Parish"}])"), {}, {}}, error);
    REQUIRE(r.size() == 1);
    CHECK(r[0].type == "subdivision");
    CHECK(r[0].attributes.value("type").toString() == QStringLiteral("Parish"));
}

TEST_CASE("broken input is an error naming the file, line and column", "[evolve][sources]")
{
    QTemporaryDir dir;
    std::string error;
    readAll({write(dir, "bad.ndjson", "{\"a\": 1}\n{\"a\": 2,}\n"), {}, {}}, error);
    CHECK(error.find("bad.ndjson:2:") != std::string::npos);
    readAll({write(dir, "bad.json", "[{\"a\": 1},\n {\"a\" 2}]"), {}, {}}, error);
    CHECK(error.find("bad.json:2:") != std::string::npos);
    readAll({write(dir, "text.json", "hello"), {}, {}}, error);
    CHECK(error.find("not JSON") != std::string::npos);
    readAll({write(dir, "scalars.json", "[1, 2]"), {}, {}}, error);
    CHECK(error.find("record 1 is not a JSON object") != std::string::npos);
    readAll({"/nonexistent/file.json", {}, {}}, error);
    CHECK(error.find("/nonexistent/file.json") != std::string::npos);
}

TEST_CASE("TYPE=PATH names the type, and a path may hold an equals sign after a slash", "[evolve][sources]")
{
    CHECK(parseEntityFile("person=people.json").type == "person");
    CHECK(parseEntityFile("dir/a=b.json").type.empty());
    CHECK(parseEntityFile("people.json", "kind").typeField == "kind");
    CHECK(parseEntityFile("person=people.json", "kind").typeField.empty());
}
