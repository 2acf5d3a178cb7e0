#include "core/db/apply/migration_script.h"

#include "core/sql/migration_file.h"
#include "core/sql/sqlite_templates.h"
#include "core/sql/statement_splitter.h"
#include "core/util/atomic_file.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <regex>

namespace ss {

namespace {

constexpr std::size_t kMaxMigrationBytes = 256u << 20;

bool isKeyword(const std::string& sql, std::initializer_list<const char*> spellings)
{
    for (const char* s : spellings)
        if (equalsIgnoreCase(sql, s))
            return true;
    return false;
}

std::vector<ScriptOperation> operationsFromComments(const std::vector<ScriptComment>& comments,
                                                    std::vector<int>& commentLines)
{
    static const std::regex kOperation(R"(^(\d+)\. (.*) \[(safe|medium|high)\]$)");
    std::vector<ScriptOperation> out;
    for (const auto& c : comments) {
        std::smatch m;
        if (!std::regex_match(c.text, m, kOperation))
            continue;
        ScriptOperation op;
        op.step = std::stoi(m[1].str());
        op.description = m[2].str();
        parseRiskLevel(m[3].str(), op.risk);
        out.push_back(std::move(op));
        commentLines.push_back(c.line);
    }
    return out;
}

// Reasons from NAME.sql.impact.json, used only when it was written for this very body.
void addSidecarReasons(const std::string& path, MigrationScript& script)
{
    const std::string sidecar = path + ".impact.json";
    if (!QFileInfo::exists(QString::fromStdString(sidecar)))
        return;
    std::string text;
    std::string error;
    if (!readWholeFile(sidecar, text, error, kMaxMigrationBytes)) {
        script.notes.push_back(error + "; risk reasons left out");
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
    if (root.value("checksum").toString().toStdString() != script.checksum) {
        script.notes.push_back(sidecar + " was written for another version of the migration; its risk reasons are left out");
        return;
    }
    for (const auto& value : root.value("operations").toArray()) {
        const QJsonObject o = value.toObject();
        const int step = o.value("step").toInt();
        for (auto& op : script.operations) {
            if (op.step != step)
                continue;
            for (const auto& r : o.value("reasons").toArray()) {
                const QJsonObject reason = r.toObject();
                RiskFinding f;
                f.code = reason.value("code").toString().toStdString();
                parseRiskLevel(reason.value("level").toString().toStdString(), f.level);
                f.message = reason.value("message").toString().toStdString();
                op.reasons.push_back(std::move(f));
            }
        }
    }
}

}  // namespace

std::vector<const ScriptOperation*> MigrationScript::highRiskOperations() const
{
    std::vector<const ScriptOperation*> out;
    for (const auto& op : operations)
        if (op.risk == RiskLevel::High)
            out.push_back(&op);
    return out;
}

std::string MigrationScript::description() const
{
    constexpr std::size_t kListed = 3;
    std::string text = std::to_string(operations.size()) + (operations.size() == 1 ? " operation" : " operations");
    for (std::size_t i = 0; i < operations.size() && i < kListed; ++i)
        text += (i == 0 ? ": " : "; ") + operations[i].description;
    if (operations.size() > kListed)
        text += "; ...";
    return text;
}

std::string migrationIdOf(const std::string& path)
{
    const QFileInfo info(QString::fromStdString(path));
    QString name = info.fileName();
    if (name.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive))
        name.chop(4);
    return name.toStdString();
}

ScriptLoad migrationScriptFromText(const std::string& text, const std::string& path)
{
    ScriptLoad load;
    const ParsedMigrationFile parsed = parseMigrationFile(text);
    if (!parsed.error.empty()) {
        load.error = path + ": " + parsed.error;
        return load;
    }
    const auto dialect = parseDialect(parsed.header.dialect);
    if (!dialect) {
        load.error = path + ": the header names no known dialect ('" + parsed.header.dialect + "')";
        return load;
    }
    if (!parsed.checksumMatches()) {
        load.error = path + ": the body does not match the header's checksum (header " + parsed.header.checksum +
                     ", body " + migrationChecksum(parsed.body) +
                     "): the file was edited after it was generated; generate it again with dbx plan --out";
        return load;
    }

    MigrationScript& s = load.script;
    s.id = migrationIdOf(path);
    s.source = QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString();
    s.checksum = parsed.header.checksum;
    s.dialect = *dialect;
    s.fromVersion = parsed.header.fromVersion;
    s.toVersion = parsed.header.toVersion;
    s.texts = parseSpecTextsSection(parsed.body);

    const SplitScript split = splitSqlScript(parsed.body, s.dialect);
    std::vector<int> operationLines;
    s.operations = operationsFromComments(split.comments, operationLines);

    const bool transactional = s.dialect != Dialect::MySql;
    bool framed = false;
    for (const auto& st : split.statements)
        framed = framed || (transactional && isKeyword(st.sql, {"BEGIN", "BEGIN TRANSACTION", "START TRANSACTION"}));
    StatementPhase phase = framed ? StatementPhase::BeforeTransaction : StatementPhase::InTransaction;
    for (const auto& st : split.statements) {
        if (framed && isKeyword(st.sql, {"BEGIN", "BEGIN TRANSACTION", "START TRANSACTION"})) {
            phase = StatementPhase::InTransaction;
            continue;
        }
        if (framed && phase == StatementPhase::InTransaction && isKeyword(st.sql, {"COMMIT", "COMMIT TRANSACTION", "END"})) {
            phase = StatementPhase::AfterTransaction;
            continue;
        }
        ScriptStatement out;
        out.sql = st.sql;
        out.phase = phase;
        out.checksum = migrationChecksum(st.sql);
        out.mustReturnNoRows = s.dialect == Dialect::Sqlite && equalsIgnoreCase(st.sql, kSqliteRebuild.foreignKeyCheck);
        if (phase == StatementPhase::InTransaction && !out.mustReturnNoRows)
            for (std::size_t i = 0; i < operationLines.size() && operationLines[i] < st.line; ++i)
                out.operation = static_cast<int>(i);
        s.statements.push_back(std::move(out));
    }
    addSidecarReasons(path, s);
    return load;
}

ScriptLoad loadMigrationScript(const std::string& path)
{
    std::string text;
    std::string error;
    if (!readWholeFile(path, text, error, kMaxMigrationBytes)) {
        ScriptLoad load;
        load.error = error;
        return load;
    }
    return migrationScriptFromText(text, path);
}

MigrationScript migrationScriptFromPlan(const Plan& plan, const Migration& migration, std::string id, std::string source)
{
    MigrationScript s;
    s.id = std::move(id);
    s.source = std::move(source);
    s.checksum = migrationChecksum(migrationFileBody(plan, migration));
    s.dialect = migration.dialect;
    s.fromVersion = plan.fromVersion;
    s.toVersion = plan.toVersion;
    s.plannedAgainstLiveSchema = true;
    for (std::size_t i = 0; i < plan.operations.size(); ++i) {
        const Operation& op = plan.operations[i];
        s.operations.push_back({static_cast<int>(i) + 1, op.describe(), op.risk(), op.risks});
    }
    for (const auto& st : migration.statements)
        s.statements.push_back({st.sql, st.operation, st.phase, st.mustReturnNoRows, migrationChecksum(st.sql)});
    return s;
}

}  // namespace ss
