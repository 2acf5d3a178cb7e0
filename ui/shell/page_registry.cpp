#include "ui/shell/page_registry.h"

#include "ui/apply/apply_page.h"
#include "ui/design/design_page.h"
#include "ui/diagram/diagram_page.h"
#include "ui/explore/explore_page.h"
#include "ui/export/export_page.h"
#include "ui/metrics/metrics_page.h"
#include "ui/plan/plan_page.h"
#include "ui/proposals/proposals_page.h"
#include "ui/seed/seed_page.h"

#include <algorithm>

namespace ss::ui {

namespace {

// A page class names its stage (kStage) and takes the workspace in its constructor.
template <class P>
PageEntry entry()
{
    return {P::kStage, [](Workspace& workspace) -> Page* { return new P(workspace); }};
}

}  // namespace

const std::vector<PageEntry>& pageRegistry()
{
    static const std::vector<PageEntry> pages = [] {
        std::vector<PageEntry> list = {
            entry<DesignPage>(),
            entry<PlanPage>(),
            entry<ApplyPage>(),
            entry<DiagramPage>(),
            entry<SeedPage>(),
            entry<ProposalsPage>(),
            entry<ExplorePage>(),
            entry<MetricsPage>(),
            entry<ExportPage>(),
        };
        std::stable_sort(list.begin(), list.end(),
                         [](const PageEntry& a, const PageEntry& b) { return a.stage < b.stage; });
        return list;
    }();
    return pages;
}

}  // namespace ss::ui
