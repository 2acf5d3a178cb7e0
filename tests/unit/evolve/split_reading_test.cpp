// A large NDJSON file is read in two halves side by side: the analysis must be the one a single reader makes,
// and an error in the second half must name the file's own line.
#include "support/evolve_support.h"

using namespace evolve_test;
using namespace ss::evolve;

namespace {

QJsonObject record(int i)
{
    QJsonObject o{{"kind", i % 3 ? "order" : "person"},
                  {"id", i},
                  {"label", QString("item %1 with some padding to make the line longer than a few bytes").arg(i)},
                  {"when", QString("2024-0%1-1%2").arg(1 + i % 9).arg(i % 9)},
                  {"score", (i % 1000) / 10.0},
                  {"tags", QJsonArray{QString("t%1").arg(i % 7), QString("u%1").arg(i % 5)}},
                  {"nested", QJsonObject{{"city", QString("c%1").arg(i % 40)}, {"zip", QString::number(10000 + i % 977)}}}};
    if (i % 4)
        o["sometimes"] = i % 11 == 0 ? QJsonValue("TBD") : QJsonValue(i % 13);
    if (i % 3)
        o["person"] = (i / 3) * 3;
    return o;
}

QJsonObject withoutTimes(QJsonObject json)
{
    QJsonObject analysis = json["analysis"].toObject();
    analysis.remove("durationMs");
    json["analysis"] = analysis;
    return json;
}

}  // namespace

TEST_CASE("a large NDJSON file read in two halves gives the analysis one reader gives", "[evolve][sources]")
{
    QTemporaryDir dir;
    QJsonArray all;
    QFile lines(dir.filePath("big.ndjson"));
    REQUIRE(lines.open(QIODevice::WriteOnly));
    for (int i = 0; i < 80000; ++i) {
        const QJsonObject r = record(i);
        all.append(r);
        lines.write(QJsonDocument(r).toJson(QJsonDocument::Compact) + '\n');
    }
    lines.close();
    REQUIRE(lines.size() > (16 << 20));
    QFile array(dir.filePath("big.json"));
    REQUIRE(array.open(QIODevice::WriteOnly));
    array.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
    array.close();

    const auto run = [&](const QString& path) {
        EntitySources sources;
        sources.files.push_back({path.toStdString(), {}, "kind"});
        const AnalysisResult result = analyze(sources, nullptr, {}, {});
        INFO(result.error);
        REQUIRE(result.ok());
        return result;
    };
    const AnalysisResult halves = run(lines.fileName());
    const AnalysisResult single = run(array.fileName());
    CHECK(halves.entities == 80000);
    CHECK(halves.proposals.size() > 3);
    CHECK(withoutTimes(toJson(halves)) == withoutTimes(toJson(single)));
}

TEST_CASE("an error in the second half of a large NDJSON file names the file's line", "[evolve][sources]")
{
    QTemporaryDir dir;
    QFile lines(dir.filePath("broken.ndjson"));
    REQUIRE(lines.open(QIODevice::WriteOnly));
    for (int i = 0; i < 80000; ++i)
        lines.write(i == 70000 ? QByteArray("{\"kind\": oops}\n") : QJsonDocument(record(i)).toJson(QJsonDocument::Compact) + '\n');
    lines.close();
    EntitySources sources;
    sources.files.push_back({lines.fileName().toStdString(), {}, "kind"});
    const AnalysisResult result = analyze(sources, nullptr, {}, {});
    CHECK(result.error.find("broken.ndjson:70001:") != std::string::npos);
}
