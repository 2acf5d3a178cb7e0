#pragma once

// SQL files that Debian packages ship (Zabbix's schema and data, MediaWiki's schemas), loaded with the
// dialect's own client.

#include "support/native_client.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

// A packaged SQL file, or a failure saying which package ships it.
inline QString packagedSql(const QString& path, const char* package)
{
    INFO(path.toStdString() << " is missing: install the Debian package " << package << " (packaging/install-deps.sh --test)");
    REQUIRE(QFileInfo::exists(path));
    return path;
}

inline void loadPackagedSql(ScratchDatabase& scratch, const QString& file)
{
    const QString error = loadWithNativeClient(scratch, file);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}
