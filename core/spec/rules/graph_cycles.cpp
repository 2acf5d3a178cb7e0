#include "core/spec/rules/graph_cycles.h"

#include <algorithm>
#include <deque>
#include <utility>

namespace ss::rules {

std::vector<std::vector<std::size_t>> cyclicComponents(const Adjacency& graph)
{
    // Tarjan's algorithm with an explicit call stack.
    constexpr std::size_t kUnvisited = static_cast<std::size_t>(-1);
    const std::size_t n = graph.size();
    std::vector<std::size_t> order(n, kUnvisited), low(n, 0);
    std::vector<bool> onStack(n, false);
    std::vector<std::size_t> stack;
    std::vector<std::pair<std::size_t, std::size_t>> calls;  // node, next edge to follow
    std::vector<std::vector<std::size_t>> components;
    std::size_t counter = 0;

    const auto visit = [&](std::size_t v) {
        order[v] = low[v] = counter++;
        stack.push_back(v);
        onStack[v] = true;
        calls.emplace_back(v, 0);
    };
    for (std::size_t root = 0; root < n; ++root) {
        if (order[root] != kUnvisited)
            continue;
        visit(root);
        while (!calls.empty()) {
            const std::size_t v = calls.back().first;
            std::size_t& next = calls.back().second;
            if (next < graph[v].size()) {
                const std::size_t w = graph[v][next++];
                if (order[w] == kUnvisited)
                    visit(w);
                else if (onStack[w])
                    low[v] = std::min(low[v], order[w]);
                continue;
            }
            calls.pop_back();
            if (!calls.empty())
                low[calls.back().first] = std::min(low[calls.back().first], low[v]);
            if (low[v] != order[v])
                continue;
            std::vector<std::size_t> component;
            std::size_t w;
            do {
                w = stack.back();
                stack.pop_back();
                onStack[w] = false;
                component.push_back(w);
            } while (w != v);
            if (component.size() > 1) {
                std::sort(component.begin(), component.end());
                components.push_back(std::move(component));
            }
        }
    }
    std::sort(components.begin(), components.end());
    return components;
}

std::vector<std::size_t> shortestCycle(const Adjacency& graph, const std::vector<std::size_t>& component,
                                       std::size_t start)
{
    const auto inComponent = [&](std::size_t v) { return std::binary_search(component.begin(), component.end(), v); };
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::size_t> parent(graph.size(), kNone);
    std::deque<std::size_t> queue{start};
    while (!queue.empty()) {
        const std::size_t v = queue.front();
        queue.pop_front();
        for (std::size_t w : graph[v]) {
            if (w == start) {
                std::vector<std::size_t> cycle;
                for (std::size_t at = v; at != start; at = parent[at])
                    cycle.push_back(at);
                cycle.push_back(start);
                std::reverse(cycle.begin(), cycle.end());
                return cycle;
            }
            if (inComponent(w) && parent[w] == kNone) {
                parent[w] = v;
                queue.push_back(w);
            }
        }
    }
    return {start};
}

}  // namespace ss::rules
