#pragma once

#include "core/query/semantic_model.h"

#include <vector>

namespace ss::query {

// One join of a path: a link followed from its many side to its one side (forward), or back (a fan-out:
// each row meets several).
struct JoinStep {
    int link = -1;
    bool forward = true;
};

using JoinPath = std::vector<JoinStep>;

int endOf(const SemanticModel& model, int start, const JoinPath& path);  // the table a path from `start` reaches

// Every shortest path of many-to-one joins from table `from` to table `to` (the empty path when they are the
// same), at most `limit` of them; several when a table plays more than one role (payment date, due date).
std::vector<JoinPath> manyToOnePaths(const SemanticModel& model, int from, int to, std::size_t limit = 8);

// The shortest paths when joins may also go from the one side to the many (fan-outs), for tables that no
// many-to-one path reaches.
std::vector<JoinPath> anyPaths(const SemanticModel& model, int from, int to, std::size_t limit = 8);

bool fansOut(const JoinPath& path);

}  // namespace ss::query
