#pragma once

#include "plan/plan_test_support.h"
#include "support/migration_files.h"
#include "support/shop_specs.h"

#include "core/db/apply/apply_engine.h"
#include "core/db/database_connection.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <string>

// A fresh SQLite file in a temporary folder, opened through dbx's own connection code.
struct SqliteFixture {
    QTemporaryDir dir;
    std::string path = dir.filePath("shop.db").toStdString();
    ss::DatabaseConnection connection;

    SqliteFixture()
    {
        ss::OpenOptions options;
        options.createFile = true;
        const std::string error = ss::openDatabase(connection, "sqlite://" + path, {}, options);
        INFO(error);
        REQUIRE(error.empty());
    }

    std::string file(const std::string& name) const { return dir.filePath(QString::fromStdString(name)).toStdString(); }

    // Writes the migration file and loads it the way dbx apply does.
    ss::MigrationScript script(const std::string& name, const std::string& text)
    {
        writeTestFile(file(name), text);
        ss::ScriptLoad load = ss::loadMigrationScript(file(name));
        INFO(load.error);
        REQUIRE(load.ok());
        return load.script;
    }

    void exec(const std::string& sql)
    {
        QSqlQuery q(connection.db());
        INFO(sql);
        REQUIRE(q.exec(QString::fromStdString(sql)));
    }

    long long scalar(const std::string& sql)
    {
        QSqlQuery q(connection.db());
        INFO(sql);
        REQUIRE(q.exec(QString::fromStdString(sql)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

inline ss::ApplyOutcome applyScript(ss::DatabaseConnection& connection, const ss::MigrationScript& script,
                                    ss::ApplyOptions options = {})
{
    ss::ApplyOutcome outcome = ss::applyMigration(connection, script, options);
    for (const auto& m : outcome.messages)
        UNSCOPED_INFO(m);
    UNSCOPED_INFO(outcome.summary << "\n" << outcome.error);
    return outcome;
}
