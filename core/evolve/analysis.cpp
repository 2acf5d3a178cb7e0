#include "core/evolve/analysis.h"

#include "core/evolve/collection_profile.h"
#include "core/evolve/detection.h"
#include "core/evolve/entity_layout.h"
#include "core/evolve/proposal_preview.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <set>
#include <thread>

namespace ss::evolve {

namespace {

// A proposal whose dependencies are neither proposed nor in the schema cannot be approved: it goes.
void dropOrphans(std::vector<Proposal>& proposals)
{
    bool dropped = true;
    while (dropped) {
        std::set<std::string> ids;
        for (const Proposal& p : proposals)
            ids.insert(p.id);
        const std::size_t before = proposals.size();
        std::erase_if(proposals, [&](const Proposal& p) {
            for (const std::string& d : p.dependsOn)
                if (!ids.count(d))
                    return true;
            return false;
        });
        dropped = proposals.size() != before;
    }
}


// Large NDJSON files are read in two halves side by side, each into a profile of its own, merged in file order:
// the outcome is the one a single reader gets.
constexpr qint64 kSplitBytes = 16 << 20;

std::string profileFileInHalves(const EntityFile& file, qint64 size, const AnalysisHooks& hooks, CollectionProfile& profile)
{
    const qint64 middle = lineStartAfter(file.path, size / 2);
    CollectionProfile halves[2];
    std::string errors[2];
    const auto readHalf = [&](int half) {
        const auto sink = [&, half](Entity&& entity) {
            if (hooks.cancel && hooks.cancel->load())
                return false;
            halves[half].add(entity);
            return true;
        };
        errors[half] = half == 0 ? readEntityLineRange(file, 0, middle, sink) : readEntityLineRange(file, middle, size, sink);
    };
    std::thread second(readHalf, 1);
    readHalf(0);
    second.join();
    if (!errors[0].empty())
        return errors[0];
    if (!errors[1].empty())
        return errors[1];
    profile.merge(halves[0]);
    profile.merge(halves[1]);
    if (hooks.onEntities)
        hooks.onEntities(profile.entities());
    return {};
}

std::string profileSources(const EntitySources& sources, DatabaseConnection* connection, const AnalysisHooks& hooks,
                           CollectionProfile& profile)
{
    const EntitySink sink = [&](Entity&& entity) {
        profile.add(entity);
        if (hooks.onEntities && profile.entities() % 10000 == 0)
            hooks.onEntities(profile.entities());
        return true;
    };
    for (const EntityFile& file : sources.files) {
        const NdjsonLayout layout = ndjsonLayout(file.path);
        std::string error = layout.lines && layout.size >= kSplitBytes
                                ? profileFileInHalves(file, layout.size, hooks, profile)
                                : readEntities(EntitySources{{file}, std::nullopt}, connection, sink, hooks.cancel);
        if (!error.empty() || (hooks.cancel && hooks.cancel->load()))
            return error;
    }
    if (sources.table)
        return readEntities(EntitySources{{}, sources.table}, connection, sink, hooks.cancel);
    return {};
}

}  // namespace

AnalysisResult analyze(const EntitySources& sources, DatabaseConnection* connection, const SchemaModel& current,
                       const AnalysisOptions& options, const AnalysisHooks& hooks)
{
    AnalysisResult result;
    QElapsedTimer timer;
    timer.start();
    CollectionProfile profile;
    result.error = profileSources(sources, connection, hooks, profile);
    result.entities = profile.entities();
    if (hooks.onEntities)
        hooks.onEntities(profile.entities());
    if (!result.error.empty())
        return result;
    if (hooks.cancel && hooks.cancel->load()) {
        result.cancelled = true;
        return result;
    }
    for (const TypeProfile& type : profile.types())
        result.types.emplace_back(type.type, type.entities);

    const std::string entitiesTable = sources.table ? sources.table->table : std::string();
    std::vector<EntityLayout> layouts = layoutEntities(profile, options, current, entitiesTable);
    const std::string groupColumn = sources.table && !sources.table->groupColumn.empty() ? sources.table->groupColumn : "document";
    DetectionContext context{profile, options, current, layouts, toJson(sources), groupColumn};
    Findings findings;
    detectReferences(context, findings);
    detectCommonAttributes(context, findings);
    detectNestedCollections(context, findings);
    detectCoOccurrence(context, findings);
    detectTemporal(context, findings);
    suggestIndexes(context, findings);

    dropOrphans(findings.proposals);
    result.proposals = inDependencyOrder(std::move(findings.proposals));
    for (Proposal& p : result.proposals)
        previewProposal(p, current, result.proposals, options.dialect);
    result.patterns = std::move(findings.patterns);
    result.durationMs = timer.elapsed();
    return result;
}

QJsonObject analysisCounts(const std::vector<Pattern>& patterns, const std::vector<Proposal>& proposals)
{
    int high = 0, medium = 0, low = 0;
    for (const Proposal& p : proposals)
        (p.priority == Priority::High ? high : p.priority == Priority::Medium ? medium : low)++;
    return QJsonObject{{QStringLiteral("patterns"), int(patterns.size())},
                       {QStringLiteral("proposals"), int(proposals.size())},
                       {QStringLiteral("highPriorityProposals"), high},
                       {QStringLiteral("mediumPriorityProposals"), medium},
                       {QStringLiteral("lowPriorityProposals"), low}};
}

QJsonObject toJson(const AnalysisResult& result)
{
    QJsonArray patterns;
    for (const Pattern& p : result.patterns)
        patterns.append(toJson(p));
    QJsonArray proposals;
    for (const Proposal& p : result.proposals)
        proposals.append(toJson(p));
    QJsonObject counts = analysisCounts(result.patterns, result.proposals);
    counts.insert(QStringLiteral("entities"), double(result.entities));
    QJsonObject types;
    for (const auto& [type, count] : result.types)
        types.insert(QString::fromStdString(type), double(count));
    counts.insert(QStringLiteral("types"), types);
    counts.insert(QStringLiteral("durationMs"), double(result.durationMs));
    return QJsonObject{{QStringLiteral("analysis"), counts},
                       {QStringLiteral("patterns"), patterns},
                       {QStringLiteral("proposals"), proposals}};
}

}  // namespace ss::evolve
