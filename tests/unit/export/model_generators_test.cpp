#include "unit/export/export_golden.h"
#include "unit/plan/plan_test_support.h"

#include "core/export/double_quoted.h"
#include "core/export/model_generators.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ss;

namespace {

// Names and descriptions that each language must escape or rename.
const char* kAwkwardSpec = R"yaml(version: 1
warehouse: awkward
entities:
  tables:
    - name: 2fa-events
      description: 'Events with "quotes", a backslash \ and a comment end */ inside'
      primary_key: [id]
      columns:
        - {name: id, type: BIGINT, nullable: false}
        - {name: class, type: VARCHAR(10), description: "a Python keyword"}
        - {name: from, type: DATE, nullable: false}
        - {name: _hidden, type: "DECIMAL(10,2)"}
        - {name: payload, type: JSON}
        - {name: picture, type: BLOB}
        - {name: "user id", type: UUID}
)yaml";

// Runs a program if it is installed; returns false when it is not (the check is then not made).
bool runTool(const QString& program, const QStringList& args, QString& output, int& exitCode)
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        WARN(program.toStdString() + " is not installed: its check of the generated code is skipped");
        return false;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    output = QString::fromUtf8(p.readAll());
    exitCode = p.exitCode();
    return true;
}

void checkPythonSyntax(const std::string& code)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath("models.py");
    REQUIRE(writeFileAtomically(file.toStdString(), code).empty());
    QString output;
    int exitCode = -1;
    if (runTool("python3", {"-c", "import ast, sys; ast.parse(open(sys.argv[1], encoding='utf-8').read())", file}, output,
                exitCode)) {
        INFO(output.toStdString());
        CHECK(exitCode == 0);
    }
}

}  // namespace

TEST_CASE("models of the demo in each language are their golden files", "[export][models]")
{
    const SchemaModel demo = loadTestSpec("schema_specs/loan_risk.yml");
    for (ModelLanguage language : {ModelLanguage::Pydantic, ModelLanguage::JsonSchema, ModelLanguage::TypeScript}) {
        const std::string text = generateModels(demo, language);
        checkExportGolden(std::string("loan_risk_models") + fileExtension(language), text);
        CHECK(text == generateModels(demo, language));
    }
}

TEST_CASE("Pydantic models are valid Python, awkward names become attributes with aliases", "[export][models]")
{
    const SchemaModel model = specFromYaml(kAwkwardSpec);
    const std::string code = pydanticModels(model);
    CHECK(code.find("class T2faEvents(BaseModel):") != std::string::npos);
    CHECK(code.find("class_: Optional[str] = Field(None, alias=\"class\", description=\"a Python keyword\")") !=
          std::string::npos);
    CHECK(code.find("from_: date = Field(..., alias=\"from\")") != std::string::npos);
    CHECK(code.find("f__hidden: Optional[Decimal] = Field(None, alias=\"_hidden\")") != std::string::npos);
    CHECK(code.find("user_id: Optional[UUID] = Field(None, alias=\"user id\")") != std::string::npos);
    checkPythonSyntax(code);
    checkPythonSyntax(pydanticModels(loadTestSpec("schema_specs/loan_risk.yml")));
}

TEST_CASE("the JSON Schema parses as JSON and says which columns are required", "[export][models]")
{
    const SchemaModel model = specFromYaml(kAwkwardSpec);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(jsonSchemaModels(model)), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject events = doc.object()["$defs"].toObject()["T2faEvents"].toObject();
    CHECK(events["description"].toString().contains("\"quotes\""));
    CHECK(events["required"].toArray().size() == 2);
    const QJsonObject properties = events["properties"].toObject();
    CHECK(properties["from"].toObject()["format"].toString() == "date");
    CHECK(properties["class"].toObject()["maxLength"].toInt() == 10);
    CHECK(properties["payload"].toObject().isEmpty());
}

TEST_CASE("TypeScript interfaces quote awkward names and keep comment ends out of doc comments", "[export][models]")
{
    const std::string code = typeScriptModels(specFromYaml(kAwkwardSpec));
    CHECK(code.find("export interface T2faEvents {") != std::string::npos);
    CHECK(code.find("  \"user id\": string | null;") != std::string::npos);
    CHECK(code.find("  from: string;") != std::string::npos);
    CHECK(code.find("a comment end * / inside") != std::string::npos);
    CHECK(code.find("  _hidden: string | null;") != std::string::npos);
}

TEST_CASE("an enum column is a union of its values in each language, a domain column its base type", "[export][models]")
{
    const SchemaModel model = specFromYaml(R"yaml(version: 1
types:
  - {name: ticket_status, enum: [open, "on hold", closed]}
  - {name: amount, domain: "DECIMAL(12,2)", nullable: false}
entities:
  tables:
    - name: ticket
      primary_key: [id]
      columns:
        - {name: id, type: INTEGER, nullable: false}
        - {name: status, type: ticket_status}
        - {name: total, type: amount}
)yaml");
    const std::string ts = typeScriptModels(model);
    CHECK(ts.find("  status: (\"open\" | \"on hold\" | \"closed\") | null;") != std::string::npos);
    CHECK(ts.find("  total: string;") != std::string::npos);

    const std::string py = pydanticModels(model);
    CHECK(py.find("from typing import Literal") != std::string::npos);
    CHECK(py.find("status: Optional[Literal[\"open\", \"on hold\", \"closed\"]] = Field(None)") != std::string::npos);
    CHECK(py.find("total: Decimal = Field(...)") != std::string::npos);
    checkPythonSyntax(py);

    const QJsonObject properties = QJsonDocument::fromJson(QByteArray::fromStdString(jsonSchemaModels(model)))
                                       .object()["$defs"].toObject()["Ticket"].toObject()["properties"].toObject();
    CHECK(properties["status"].toObject()["enum"].toArray() == QJsonArray{"open", "on hold", "closed", QJsonValue::Null});
    CHECK(properties["total"].toObject()["type"].toString() == "string");
}

TEST_CASE("double-quoted literals escape what JSON, Python and TypeScript need escaped", "[export]")
{
    CHECK(doubleQuoted("plain") == "\"plain\"");
    CHECK(doubleQuoted("a\"b\\c\nd\x01") == "\"a\\\"b\\\\c\\nd\\u0001\"");
    CHECK(doubleQuoted("café") == "\"café\"");
}

TEST_CASE("model languages parse by name", "[export][models]")
{
    CHECK(parseModelLanguage("json-schema") == ModelLanguage::JsonSchema);
    CHECK(parseModelLanguage("TypeScript") == ModelLanguage::TypeScript);
    CHECK_FALSE(parseModelLanguage("cobol").has_value());
}
