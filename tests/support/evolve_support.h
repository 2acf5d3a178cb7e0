#pragma once

#include "core/evolve/analysis.h"
#include "core/evolve/collection_profile.h"
#include "core/evolve/value_kinds.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <unistd.h>

#include <string>

namespace evolve_test {

// Where packaging/fetch-test-data.sh keeps the JSON collections the tests analyse.
inline QString testDataDir()
{
    const QByteArray fromEnvironment = qgetenv("SS_TEST_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    if (getuid() == 0)
        return QStringLiteral("/var/cache/schema-studio/test-data");
    const QByteArray cache = qgetenv("XDG_CACHE_HOME");
    return (cache.isEmpty() ? QString::fromUtf8(qgetenv("HOME")) + QStringLiteral("/.cache") : QString::fromUtf8(cache))
           + QStringLiteral("/schema-studio/test-data");
}

inline QString worldCountries()
{
    const QString path = testDataDir() + QStringLiteral("/world-countries-5.1.0/countries.json");
    INFO("run packaging/fetch-test-data.sh: " << path.toStdString());
    REQUIRE(QFile::exists(path));
    return path;
}

// A JSON value as the sources hand values on (Qt's compact text parsed by simdjson), read at once.
inline ss::evolve::ValueReading readJson(const QJsonValue& value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    simdjson::dom::parser parser;
    simdjson::dom::array array;
    REQUIRE(parser.parse(text.constData(), std::size_t(text.size())).get(array) == simdjson::SUCCESS);
    return ss::evolve::readValue(array.at(0).value());
}

// Adds an entity whose attributes are given as a Qt object, parsed as a source parses them.
inline void addEntity(ss::evolve::CollectionProfile& profile, ss::evolve::Entity entity, const QJsonObject& attributes)
{
    const QByteArray text = QJsonDocument(attributes).toJson(QJsonDocument::Compact);
    simdjson::dom::parser parser;
    REQUIRE(parser.parse(text.constData(), std::size_t(text.size())).get(entity.attributes) == simdjson::SUCCESS);
    profile.add(entity);
}

// An entity's attributes as the analysis sees them (the member that named its type left out), as a Qt object.
inline QJsonObject attributesOf(const ss::evolve::Entity& entity)
{
    QJsonObject out = QJsonDocument::fromJson(QByteArray::fromStdString(simdjson::minify(entity.attributes))).object();
    out.remove(QString::fromUtf8(entity.omitted.data(), qsizetype(entity.omitted.size())));
    return out;
}

// Writes records as an NDJSON file (one object per line) in `dir` and returns its path.
inline std::string writeNdjson(const QTemporaryDir& dir, const QString& name, const QJsonArray& records)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    for (const QJsonValue& record : records)
        file.write(QJsonDocument(record.toObject()).toJson(QJsonDocument::Compact) + '\n');
    return path.toStdString();
}

// Analyses records of several types (each record's "kind" member names its type) with default thresholds
// unless given.
inline ss::evolve::AnalysisResult analyzeRecords(const QJsonArray& records, ss::evolve::AnalysisOptions options = {},
                                                 const ss::SchemaModel& current = {})
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ss::evolve::EntitySources sources;
    sources.files.push_back({writeNdjson(dir, QStringLiteral("records.ndjson"), records), {}, "kind"});
    ss::evolve::AnalysisResult result = ss::evolve::analyze(sources, nullptr, current, options);
    INFO(result.error);
    REQUIRE(result.ok());
    return result;
}

inline const ss::evolve::Proposal* findProposal(const ss::evolve::AnalysisResult& result, const std::string& id)
{
    for (const ss::evolve::Proposal& p : result.proposals)
        if (p.id == id)
            return &p;
    return nullptr;
}

inline const ss::evolve::Pattern* findPattern(const ss::evolve::AnalysisResult& result, ss::evolve::PatternKind kind)
{
    for (const ss::evolve::Pattern& p : result.patterns)
        if (p.kind == kind)
            return &p;
    return nullptr;
}

// n records of `kind`, each made by `make(i)` (i from 0).
template <typename Make>
QJsonArray records(const char* kind, int n, Make make)
{
    QJsonArray out;
    for (int i = 0; i < n; ++i) {
        QJsonObject o = make(i);
        o.insert(QStringLiteral("kind"), QLatin1String(kind));
        out.append(o);
    }
    return out;
}

inline QJsonArray operator+(QJsonArray a, const QJsonArray& b)
{
    for (const QJsonValue& v : b)
        a.append(v);
    return a;
}

}  // namespace evolve_test
