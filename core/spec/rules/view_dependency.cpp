#include "core/spec/rules/graph_cycles.h"
#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"
#include "core/spec/rules/suggest.h"
#include "core/spec/qualified_name.h"

namespace ss::rules {

namespace {

void checkMissing(const SchemaIndex& schema, const View& view, Findings& findings)
{
    const SourceLocation loc = locate(view.dependsOnLoc, view.loc);
    for (const std::string& dep : view.dependsOn) {
        if (equalsIgnoreCase(dep, view.name)) {
            findings.report(loc, "view " + quoted(view.name) + " depends on itself",
                            "Remove " + quoted(dep) + " from depends_on.");
            continue;
        }
        const auto table = [&](std::string_view s, std::string_view n) { return schema.table(s, n); };
        if (findQualified(dep, table) || schema.view(dep))
            continue;
        const std::string guess = findings.wantsSuggestion() ? didYouMean(dep, schema.tableAndViewNames()) : "";
        findings.report(loc,
                        "view " + quoted(view.name) + " depends on " + quoted(dep)
                            + ", which is neither a table nor a view",
                        guess.empty() ? "Define " + quoted(dep) + " or remove it from depends_on." : guess);
    }
}

// Views that depend on each other in a loop can never be created in any order.
void checkCycles(const SchemaIndex& schema, Findings& findings)
{
    const std::vector<View>& views = schema.model().views;
    Adjacency graph(views.size());
    for (std::size_t from = 0; from < views.size(); ++from)
        for (const std::string& dep : views[from].dependsOn)
            if (const View* target = schema.view(dep); target && target != &views[from])
                graph[from].push_back(static_cast<std::size_t>(target - views.data()));
    for (const auto& component : cyclicComponents(graph)) {
        const std::vector<std::size_t> cycle = shortestCycle(graph, component, component.front());
        std::vector<std::string_view> names;
        for (std::size_t node : cycle)
            names.push_back(views[node].name);
        const View& first = views[cycle.front()];
        findings.report(locate(first.dependsOnLoc, first.loc),
                        "views depend on each other in a cycle: " + cyclePath(names),
                        "No creation order exists for these views: remove one of the dependencies.");
    }
}

void check(const SchemaIndex& schema, Findings& findings)
{
    for (const View& v : schema.model().views)
        checkMissing(schema, v, findings);
    checkCycles(schema, findings);
}

}  // namespace

const Rule kViewDependency{"view-dependency", Severity::Error,
                           "a view depending on a missing object, on itself, or on views in a cycle", check};

}  // namespace ss::rules
