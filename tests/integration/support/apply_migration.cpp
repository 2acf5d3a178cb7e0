#include "support/apply_migration.h"

#include <QSqlError>
#include <QSqlQuery>

QString execSql(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sql + "\n  failed: " + q.lastError().text();
    return {};
}

QString applyMigration(QSqlDatabase& db, const ss::Migration& migration)
{
    auto run = [&](ss::StatementPhase phase) -> QString {
        for (const auto& s : migration.statements) {
            if (s.phase != phase)
                continue;
            QSqlQuery q(db);
            const QString sql = QString::fromStdString(s.sql);
            if (!q.exec(sql))
                return sql + "\n  failed: " + q.lastError().text();
            if (s.mustReturnNoRows && q.next())
                return sql + "\n  reported a problem: " + q.value(0).toString();
        }
        return {};
    };
    if (QString e = run(ss::StatementPhase::BeforeTransaction); !e.isEmpty())
        return e;
    if (migration.transactional && !db.transaction())
        return "BEGIN failed: " + db.lastError().text();
    if (QString e = run(ss::StatementPhase::InTransaction); !e.isEmpty()) {
        if (migration.transactional)
            db.rollback();
        return e;
    }
    if (migration.transactional && !db.commit())
        return "COMMIT failed: " + db.lastError().text();
    return run(ss::StatementPhase::AfterTransaction);
}
