#include "core/evolve/detection.h"
#include "core/evolve/json_lists.h"

namespace ss::evolve {

// A type whose entities carry dates: the dates are what they are looked up by, and a type where nearly every
// entity has one describes events.
void detectTemporal(DetectionContext& context, Findings& findings)
{
    for (const EntityLayout& layout : context.layouts) {
        const InferredColumn* best = nullptr;
        for (const InferredColumn& column : layout.columns)
            if (column.type.isTemporal() && column.coverage >= context.options.minCoverage
                && (!best || column.coverage > best->coverage))
                best = &column;
        if (!best)
            continue;
        const bool events = best->coverage >= 0.9;
        Pattern pattern;
        pattern.id = "pattern-temporal-" + layout.type + "-" + best->path;
        pattern.kind = PatternKind::Temporal;
        pattern.name = layout.type + (events ? " events" : " dates");
        pattern.description = percent(best->coverage) + " of the " + layout.type + " entities carry a "
                              + best->type.toString() + " in " + best->path
                              + (events ? ": they describe events, looked up by when they happen" : "");
        pattern.confidence = best->coverage;
        pattern.frequency = best->present;
        pattern.examples = best->examples;
        pattern.evidence = QJsonObject{{QStringLiteral("table"), QString::fromStdString(layout.table)},
                                       {QStringLiteral("column"), QString::fromStdString(best->name)},
                                       {QStringLiteral("detector"), QString::fromStdString(best->detector)},
                                       {QStringLiteral("eventLike"), events},
                                       {QStringLiteral("coverage"), best->coverage}};
        findings.patterns.push_back(std::move(pattern));
    }
}

}  // namespace ss::evolve
