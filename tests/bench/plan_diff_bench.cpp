// Load + validate + diff + render (PostgreSQL) of two 2,000-table x 21-column specs that differ in about 5% of
// their tables, beside apgdiff on pg_dump --schema-only of the same two schemas, created in a throwaway
// PostgreSQL (tests/servers/postgres.sh) within the same run.
#include "support/spec_generator.h"

#include "core/plan/plan.h"
#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"
#include "core/sql/migration.h"
#include "core/util/atomic_file.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <map>

namespace {

const QString kServers = QStringLiteral(SS_SOURCE_DIR) + "/tests/servers/postgres.sh";

bool run(const QString& program, const QStringList& args, QByteArray* output = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed:\n%s\n", qPrintable(program), qPrintable(args.join(' ')),
                     p.readAllStandardError().constData());
        return false;
    }
    if (output)
        *output = p.readAllStandardOutput();
    return true;
}

std::map<QString, QString> readEnv(const QString& file)
{
    std::string text, error;
    std::map<QString, QString> env;
    if (!ss::readWholeFile(file.toStdString(), text, error, 1 << 20))
        return env;
    for (const QString& line : QString::fromStdString(text).split('\n'))
        if (const auto eq = line.indexOf('='); eq > 0)
            env[line.left(eq)] = line.mid(eq + 1);
    return env;
}

ss::SchemaModel loadValidated(const std::string& text, std::size_t& diagnostics)
{
    ss::LoadResult r = ss::loadSchemaYaml(text);
    diagnostics += r.diagnostics.size() + ss::validate(r.model).size();
    return std::move(r.model);
}

}  // namespace

int main()
{
    bench::GeneratedSpecShape shape;
    const std::string current = bench::generateSpec(shape);
    shape.changedShare = 0.05;
    const std::string target = bench::generateSpec(shape);
    std::printf("specs: %zu and %zu bytes\n", current.size(), target.size());

    std::size_t operations = 0, diagnostics = 0, sqlBytes = 0;
    {
        std::size_t d = 0;
        ss::SchemaModel a, b;
        const double load = bench::medianSeconds(3, [&] { a = loadValidated(current, d); });
        b = loadValidated(target, d);
        ss::Plan plan;
        const double diffTime = bench::medianSeconds(3, [&] { plan = ss::diff(a, b); });
        const double render = bench::medianSeconds(3, [&] { sqlBytes = ss::renderMigration(plan, ss::Dialect::PostgreSql).body(plan).size(); });
        std::printf("phases: load+validate one spec %.3f s, diff %.3f s, render %.3f s\n", load, diffTime, render);
    }
    const double ours = bench::medianSeconds(5, [&] {
        diagnostics = 0;
        const ss::SchemaModel a = loadValidated(current, diagnostics);
        const ss::SchemaModel b = loadValidated(target, diagnostics);
        const ss::Plan plan = ss::diff(a, b);
        sqlBytes = ss::renderMigration(plan, ss::Dialect::PostgreSql).body(plan).size();
        operations = plan.operations.size();
    });
    std::printf("load + validate + diff + render (postgresql): %.3f s (%zu operations, %zu bytes of SQL, %zu diagnostics)\n",
                ours, operations, sqlBytes, diagnostics);

    QTemporaryDir dir;
    const QString state = dir.filePath("servers");
    if (!run(kServers, {"start", state}))
        return 1;
    const auto env = readEnv(state + "/postgres.env");
    const QStringList connection = {"-h", env.at("SS_TEST_PG_HOST"), "-p", env.at("SS_TEST_PG_PORT"), "-U", env.at("SS_TEST_PG_USER")};
    bool ok = true;
    for (const auto& [name, text] : {std::pair{QString("bench_current"), current}, std::pair{QString("bench_target"), target}}) {
        const ss::Plan create = ss::diff(ss::SchemaModel{}, ss::loadSchemaYaml(text).model);
        const QString sqlFile = dir.filePath(name + ".sql");
        ok = ok && ss::writeFileAtomically(sqlFile.toStdString(), ss::renderMigration(create, ss::Dialect::PostgreSql).body(create)).empty();
        ok = ok && run("psql", connection + QStringList{"-d", env.at("SS_TEST_PG_DATABASE"), "-qc", "CREATE DATABASE " + name});
        ok = ok && run("psql", connection + QStringList{"-d", name, "-q", "-v", "ON_ERROR_STOP=1", "-f", sqlFile});
        // pg_dump 15.14+ brackets its output in \restrict lines, psql meta-commands apgdiff cannot parse.
        QByteArray dump;
        ok = ok && run("pg_dump", connection + QStringList{"--schema-only", "-d", name}, &dump);
        QByteArray sql;
        for (const QByteArray& line : dump.split('\n'))
            if (!line.startsWith('\\'))
                sql += line + '\n';
        ok = ok && ss::writeFileAtomically(dir.filePath(name + ".dump.sql").toStdString(), sql.toStdString()).empty();
    }
    double apgdiff = 0;
    QByteArray apgdiffOut;
    if (ok)
        apgdiff = bench::medianSeconds(3, [&] {
            ok = ok && run("apgdiff", {dir.filePath("bench_current.dump.sql"), dir.filePath("bench_target.dump.sql")}, &apgdiffOut);
        });
    run(kServers, {"stop", state});
    if (!ok)
        return 1;
    std::printf("apgdiff on pg_dump --schema-only of the same schemas: %.3f s (%lld bytes of SQL)\n", apgdiff,
                static_cast<long long>(apgdiffOut.size()));
    std::printf("ratio: %.2fx apgdiff (target <= 0.5x)\n", ours / apgdiff);
    return 0;
}
