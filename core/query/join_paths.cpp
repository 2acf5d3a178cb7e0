#include "core/query/join_paths.h"

#include <algorithm>
#include <deque>

namespace ss::query {

namespace {

std::vector<JoinPath> shortestPaths(const SemanticModel& model, int from, int to, std::size_t limit, bool backwards)
{
    if (from < 0 || to < 0)
        return {};
    if (from == to)
        return {JoinPath{}};
    const std::size_t n = model.tables.size();
    std::vector<int> depth(n, -1);
    depth[from] = 0;
    std::deque<int> queue = {from};
    // Edges out of a table: its links forward, and with `backwards` the links into it.
    auto edges = [&](int table) {
        std::vector<std::pair<JoinStep, int>> out;
        for (const int l : model.outgoing[table])
            out.push_back({JoinStep{l, true}, model.links[l].to});
        if (backwards)
            for (const int l : model.incoming[table])
                out.push_back({JoinStep{l, false}, model.links[l].from});
        return out;
    };
    while (!queue.empty() && depth[to] < 0) {
        const int t = queue.front();
        queue.pop_front();
        for (const auto& [step, next] : edges(t))
            if (depth[next] < 0) {
                depth[next] = depth[t] + 1;
                queue.push_back(next);
            }
    }
    if (depth[to] < 0)
        return {};
    // Steps left to `to` from each table, so that the walk below only extends paths that can still arrive.
    std::vector<int> left(n, -1);
    left[to] = 0;
    std::deque<int> back = {to};
    while (!back.empty()) {
        const int t = back.front();
        back.pop_front();
        std::vector<int> previous;
        for (const int l : model.incoming[t])
            previous.push_back(model.links[l].from);
        if (backwards)
            for (const int l : model.outgoing[t])
                previous.push_back(model.links[l].to);
        for (const int prev : previous)
            if (left[prev] < 0) {
                left[prev] = left[t] + 1;
                back.push_back(prev);
            }
    }
    // Walk the layers from the start, keeping every path that arrives in as many steps.
    std::vector<JoinPath> out;
    std::vector<std::pair<int, JoinPath>> frontier = {{from, {}}};
    for (int d = 0; d < depth[to] && !frontier.empty(); ++d) {
        std::vector<std::pair<int, JoinPath>> next;
        for (const auto& [table, path] : frontier)
            for (const auto& [step, target] : edges(table))
                if (depth[target] == d + 1 && left[target] == depth[to] - d - 1 && next.size() < 256) {
                    JoinPath longer = path;
                    longer.push_back(step);
                    next.push_back({target, std::move(longer)});
                }
        frontier = std::move(next);
    }
    for (auto& [table, path] : frontier)
        if (table == to && out.size() < limit)
            out.push_back(std::move(path));
    return out;
}

}  // namespace

int endOf(const SemanticModel& model, int start, const JoinPath& path)
{
    int at = start;
    for (const JoinStep& step : path)
        at = step.forward ? model.links[step.link].to : model.links[step.link].from;
    return at;
}

std::vector<JoinPath> manyToOnePaths(const SemanticModel& model, int from, int to, std::size_t limit)
{
    return shortestPaths(model, from, to, limit, false);
}

std::vector<JoinPath> anyPaths(const SemanticModel& model, int from, int to, std::size_t limit)
{
    return shortestPaths(model, from, to, limit, true);
}

bool fansOut(const JoinPath& path)
{
    return std::any_of(path.begin(), path.end(), [](const JoinStep& s) { return !s.forward; });
}

}  // namespace ss::query
