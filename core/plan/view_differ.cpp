#include "core/plan/view_differ.h"

#include "core/plan/topological_order.h"
#include "core/util/collapse_blanks.h"

#include <algorithm>
#include <unordered_map>

namespace ss {

namespace {

std::string normalisedSql(const std::string& sql)
{
    std::string out = collapseBlanks(sql);
    while (!out.empty() && out.back() == ';')
        out.pop_back();
    return out;
}

bool sameDefinition(const View& a, const View& b)
{
    if (normalisedSql(a.sql) != normalisedSql(b.sql) || a.dependsOn.size() != b.dependsOn.size())
        return false;
    for (const auto& dep : a.dependsOn)
        if (std::none_of(b.dependsOn.begin(), b.dependsOn.end(), [&](const std::string& d) { return equalsIgnoreCase(d, dep); }))
            return false;
    return true;
}

Operation viewOp(OpKind kind, const View& view, bool recreated)
{
    Operation op;
    op.kind = kind;
    op.table = view.name;
    op.view = view;
    op.dependencyRebuild = recreated;
    return op;
}

}  // namespace

std::vector<std::size_t> viewCreationOrder(const std::vector<View>& views)
{
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < views.size(); ++i)
        index.emplace(toLower(views[i].name), i);
    std::vector<std::vector<std::size_t>> deps(views.size());
    for (std::size_t i = 0; i < views.size(); ++i)
        for (const auto& d : views[i].dependsOn) {
            auto it = index.find(toLower(d));
            if (it != index.end())
                deps[i].push_back(it->second);
        }
    return topologicalOrder(
        views.size(), [&](std::size_t i) -> const std::vector<std::size_t>& { return deps[i]; },
        [](std::size_t) { return 0; });
}

void diffViews(const SchemaModel& current, const SchemaModel& target, const std::unordered_set<std::string>& changedObjects,
               std::vector<Operation>& out)
{
    // Which current views must go before the tables change: gone from the target, redefined on top of a
    // changing object, or reading a view that itself goes. Walking in dependency order settles chains.
    std::unordered_set<std::string> dropped;
    std::unordered_set<std::string> replaced;
    for (std::size_t i : viewCreationOrder(current.views)) {
        const View& v = current.views[i];
        const View* t = target.findView(v.name);
        bool readsChanging = false;
        for (const auto& dep : v.dependsOn) {
            const std::string d = toLower(dep);
            readsChanging = readsChanging || changedObjects.count(d) || dropped.count(d) || replaced.count(d);
        }
        if (t)
            for (const auto& dep : t->dependsOn) {
                const std::string d = toLower(dep);
                readsChanging = readsChanging || changedObjects.count(d);
            }
        const std::string key = toLower(v.name);
        // A view renamed in case only is created again under the target's spelling, which the catalog keeps.
        if (!t || readsChanging || t->name != v.name)
            dropped.insert(key);
        else if (!sameDefinition(v, *t))
            replaced.insert(key);
    }

    std::vector<Operation> drops;
    for (std::size_t i : viewCreationOrder(current.views)) {
        const View& v = current.views[i];
        if (dropped.count(toLower(v.name)))
            drops.push_back(viewOp(OpKind::DropView, v, target.findView(v.name) != nullptr));
    }
    std::reverse(drops.begin(), drops.end());  // dependents first
    for (auto& op : drops)
        out.push_back(std::move(op));

    for (std::size_t i : viewCreationOrder(target.views)) {
        const View& t = target.views[i];
        const View* c = current.findView(t.name);
        const std::string key = toLower(t.name);
        if (!c)
            out.push_back(viewOp(OpKind::CreateView, t, false));
        else if (dropped.count(key))
            out.push_back(viewOp(OpKind::CreateView, t, sameDefinition(*c, t)));
        else if (replaced.count(key))
            out.push_back(viewOp(OpKind::ReplaceView, t, false));
    }
}

}  // namespace ss
