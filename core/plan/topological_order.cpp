#include "core/plan/topological_order.h"

#include <queue>
#include <set>
#include <utility>

namespace ss {

std::vector<std::size_t> topologicalOrder(std::size_t n,
                                          const std::function<const std::vector<std::size_t>&(std::size_t)>& dependencies,
                                          const std::function<int(std::size_t)>& priority)
{
    std::vector<std::vector<std::size_t>> dependents(n);
    std::vector<std::size_t> waitingOn(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t d : dependencies(i))
            if (d != i && d < n) {
                dependents[d].push_back(i);
                ++waitingOn[i];
            }

    using Key = std::pair<int, std::size_t>;
    std::set<Key> ready;
    std::set<Key> pending;
    for (std::size_t i = 0; i < n; ++i)
        (waitingOn[i] == 0 ? ready : pending).insert({priority(i), i});

    std::vector<bool> placed(n, false);
    std::vector<std::size_t> order;
    order.reserve(n);
    while (order.size() < n) {
        Key next;
        if (!ready.empty()) {
            next = *ready.begin();
            ready.erase(ready.begin());
        } else {
            next = *pending.begin();  // a cycle: place its lowest node and let the caller defer what points ahead
            pending.erase(pending.begin());
        }
        const std::size_t node = next.second;
        placed[node] = true;
        order.push_back(node);
        for (std::size_t dep : dependents[node]) {
            if (placed[dep] || waitingOn[dep] == 0)
                continue;
            if (--waitingOn[dep] == 0) {
                const Key key{priority(dep), dep};
                pending.erase(key);
                ready.insert(key);
            }
        }
    }
    return order;
}

}  // namespace ss
