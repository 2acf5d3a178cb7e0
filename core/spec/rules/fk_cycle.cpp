#include "core/spec/rules/graph_cycles.h"
#include "core/spec/rules/message_text.h"
#include "core/spec/rules/rule.h"

namespace ss::rules {

namespace {

std::size_t tableIndex(const SchemaIndex& schema, const ForeignKey& fk)
{
    const Table* target = schema.referenced(fk);
    return target ? static_cast<std::size_t>(target - schema.model().tables.data()) : static_cast<std::size_t>(-1);
}

// Self-references are left out: a nullable parent key (an org chart, a category tree) is an ordinary
// hierarchy that loads in one pass, so warning about it would only be noise.
Adjacency buildGraph(const SchemaIndex& schema)
{
    const std::vector<Table>& tables = schema.model().tables;
    Adjacency graph(tables.size());
    for (std::size_t from = 0; from < tables.size(); ++from)
        for (const ForeignKey& fk : tables[from].foreignKeys) {
            const std::size_t to = tableIndex(schema, fk);
            if (to < tables.size() && to != from)
                graph[from].push_back(to);
        }
    return graph;
}

void check(const SchemaIndex& schema, Findings& findings)
{
    const std::vector<Table>& tables = schema.model().tables;
    const Adjacency graph = buildGraph(schema);
    for (const auto& component : cyclicComponents(graph)) {
        const std::vector<std::size_t> cycle = shortestCycle(graph, component, component.front());
        const Table& first = tables[cycle.front()];
        std::vector<std::string_view> names;
        for (std::size_t node : cycle)
            names.push_back(tables[node].name);
        std::string message = "foreign keys form a cycle: " + cyclePath(names);
        if (component.size() > cycle.size())
            message += " (" + std::to_string(component.size()) + " tables reference each other in a loop)";
        SourceLocation loc = first.loc;
        for (const ForeignKey& fk : first.foreignKeys)
            if (cycle.size() > 1 && tableIndex(schema, fk) == cycle[1]) {
                loc = locate(fk.loc, first.loc);
                break;
            }
        findings.report(loc, message,
                        "Tables in a cycle cannot be created, seeded or dropped one after the other: make one of "
                        "these foreign keys nullable and fill it in a second pass, or remove it.");
    }
}

}  // namespace

const Rule kFkCycle{"fk-cycle", Severity::Warning,
                    "foreign keys that form a cycle between tables (self-references are hierarchies, not reported)",
                    check};

}  // namespace ss::rules
