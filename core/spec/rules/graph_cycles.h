#pragma once

#include <cstddef>
#include <vector>

namespace ss::rules {

// Directed graph over nodes 0..n-1 (tables, views) as adjacency lists.
using Adjacency = std::vector<std::vector<std::size_t>>;

// The strongly connected components of more than one node (each sorted ascending), in order of their
// smallest node. Iterative, so a long chain of references cannot exhaust the stack.
std::vector<std::vector<std::size_t>> cyclicComponents(const Adjacency& graph);

// The shortest cycle through `start` inside its component: the nodes in order, starting with `start`
// (the edge back to `start` is implied).
std::vector<std::size_t> shortestCycle(const Adjacency& graph, const std::vector<std::size_t>& component,
                                       std::size_t start);

}  // namespace ss::rules
