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

// What a reader handed on, kept beyond the sink's call (the attributes as a Qt object).
struct Read {
    std::string type;
    std::string key;
    std::string name;
    QJsonObject attributes;
};

std::vector<Read> readAll(const EntityFile& file, std::string& error)
{
    std::vector<Read> out;
    error = readEntityFile(file, [&](Entity&& e) {
        out.push_back({e.type, e.key, e.name, evolve_test::attributesOf(e)});
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

TEST_CASE("integers past 64 bits are read as numbers, as any JSON reader does, and strings that look like them are left alone", "[evolve][sources]")
{
    QTemporaryDir dir;
    std::string error;
    const auto r = readAll({write(dir, "stars.ndjson",
                                  "{\"id\": 1, \"mass\": 123456789012345678901234567890, \"code\": \"123456789012345678901234567890\"}\n"
                                  "{\"id\": 2, \"mass\": [-98765432109876543210987], \"code\": \"x\"}\n"),
                            {}, {}},
                           error);
    INFO(error);
    REQUIRE(r.size() == 2);
    CHECK(r[0].attributes.value("mass").toDouble() == Approx(1.2345678901234568e29));
    CHECK(r[0].attributes.value("code").toString() == QStringLiteral("123456789012345678901234567890"));
    CHECK(r[1].attributes.value("mass").toArray().at(0).toDouble() == Approx(-9.8765432109876543e22));
}

TEST_CASE("broken input is an error naming the file, line and column", "[evolve][sources]")
{
    QTemporaryDir dir;
    std::string error;
    readAll({write(dir, "bad.ndjson", "{\"a\": 1}\n{\"a\": 2,}\n"), {}, {}}, error);
    CHECK(error.find("bad.ndjson:2:") != std::string::npos);
    readAll({write(dir, "blank_first.ndjson", "\n\n{\"a\": 1}\n{\"a\": 2,}\n"), {}, {}}, error);  // blank lines count
    CHECK(error.find("blank_first.ndjson:4:") != std::string::npos);
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
