#pragma once

// The bundled demo as Explore meets it: loan_risk.yml applied to a database and seeded with its profile.

#include "support/run_dbx.h"

#include <QStringList>

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
