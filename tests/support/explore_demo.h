#pragma once

// The bundled demo as Explore meets it: loan_risk.yml applied to a database and seeded with its profile.

#include "support/run_dbx.h"

#include "core/db/database_connection.h"
#include "core/query/explorer.h"

#include <QStringList>

#include <memory>

inline void applyAndSeedDemo(const QString& url)
{
    const QString spec = QStringLiteral(SS_SOURCE_DIR "/schema_specs/loan_risk.yml");
    for (const QStringList& args : {QStringList{"apply", "--target", spec, "--db", url},
                                    QStringList{"seed", "--spec", spec, "--profile", QStringLiteral(SS_SOURCE_DIR "/seeding_profiles/loan_risk.yml"), "--db", url}}) {
        const DbxRun r = runDbx(args);
        INFO(args.join(' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
}

// The demo seeded in a SQLite file of its own, open, with the Explorer of its semantic model.
struct SeededDemo {
    QTemporaryDir dir;
    QString path = dir.path() + "/demo.sqlite";
    QString url = "sqlite:" + path;
    ss::DatabaseConnection connection;
    std::unique_ptr<ss::query::Explorer> explorer;

    SeededDemo()
    {
        applyAndSeedDemo(url);
        REQUIRE(ss::openDatabase(connection, url.toStdString()) == "");
        ss::query::LoadedModel loaded = ss::query::loadSemanticModel(connection);
        INFO(loaded.error);
        REQUIRE(loaded.error.empty());
        explorer = std::make_unique<ss::query::Explorer>(std::move(loaded.model), ss::Dialect::Sqlite);
    }
};
