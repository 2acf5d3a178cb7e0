#include "core/export/export_bundle.h"
#include "core/spec/yaml_loader.h"
#include "core/util/atomic_file.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace ss;

namespace {

SchemaModel demo()
{
    std::string text;
    std::string error;
    REQUIRE(readWholeFile(SS_SOURCE_DIR "/schema_specs/loan_risk.yml", text, error, 1 << 20));
    LoadResult loaded = loadSchemaYaml(text);
    REQUIRE(loaded.ok());
    return loaded.model;
}

}  // namespace

TEST_CASE("the export bundle names each artifact by kind and writes them whole into subfolders", "[export]")
{
    const SchemaModel model = demo();
    ExportSelection selection;
    selection.ddl = {Dialect::PostgreSql, Dialect::DuckDb};
    selection.models = {ModelLanguage::TypeScript};
    const std::vector<ExportFile> files = exportFiles(model, "version: 1\n", "loan_risk", selection);
    std::vector<std::string> names;
    for (const ExportFile& f : files)
        names.push_back(f.relativePath);
    CHECK(names == std::vector<std::string>{"loan_risk.yml", "ddl/loan_risk.postgresql.sql", "ddl/loan_risk.duckdb.sql",
                                            "docs/loan_risk.md", "models/loan_risk.ts"});
    CHECK(files[2].content.find("CREATE SEQUENCE") != std::string::npos);
    CHECK(files[3].content.find("```mermaid") != std::string::npos);

    QTemporaryDir dir;
    std::vector<std::string> written;
    REQUIRE(writeExportFiles(dir.path().toStdString(), files, written) == "");
    REQUIRE(written.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        QFile f(QString::fromStdString(written[i]));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll().toStdString() == files[i].content);
    }
    CHECK(QDir(dir.filePath("ddl")).entryList(QDir::Files).size() == 2);  // no temporary files left beside them
}

TEST_CASE("an export that cannot write a file stops there and says what it had written", "[export]")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath("docs"));  // a file where the docs folder must go
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ExportSelection selection;
    const std::vector<ExportFile> files = exportFiles(demo(), "version: 1\n", "loan_risk", selection);
    std::vector<std::string> written;
    const std::string error = writeExportFiles(dir.path().toStdString(), files, written);
    CHECK(error.find("docs") != std::string::npos);
    CHECK(written.size() == 1);  // the spec, written before the docs
}
