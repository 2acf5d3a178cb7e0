#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace ss {

// Orders n nodes so that every node comes after the nodes it depends on; among ready nodes the lowest
// (priority, index) goes first. A cycle is broken by placing its lowest node anyway; the dependencies that
// then point forward are the ones a caller must satisfy later (an FK added once both tables exist).
std::vector<std::size_t> topologicalOrder(std::size_t n,
                                          const std::function<const std::vector<std::size_t>&(std::size_t)>& dependencies,
                                          const std::function<int(std::size_t)>& priority);

}  // namespace ss
