#pragma once

#include "ui/shell/page.h"

#include <functional>
#include <vector>

namespace ss::ui {

class Workspace;

struct PageEntry {
    FlowStage stage;
    std::function<Page*(Workspace& workspace)> create;
};

// Every page that works, in flow order. A new page is one line in page_registry.cpp.
const std::vector<PageEntry>& pageRegistry();

}  // namespace ss::ui
