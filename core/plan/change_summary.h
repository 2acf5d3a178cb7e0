#pragma once

#include "core/plan/plan.h"

#include <string>

namespace ss {

// What a plan changes, counted the way a reviewer reads a diff: "2 tables added, 1 dropped, 5 columns changed,
// 1 index added". Objects that only come with a created or dropped table (its indexes and keys) and views
// rebuilt because something they read changes are not counted again. "no changes" for an empty plan.
std::string describeChanges(const Plan& plan);

}  // namespace ss
