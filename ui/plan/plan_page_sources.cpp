// The Plan page's sources: the entries of the two pickers, and each source turned into a side of the plan.
#include "ui/plan/plan_page.h"

#include "ui/shell/workspace.h"

#include <QComboBox>
#include <QFileInfo>

namespace ss::ui {

void PlanPage::refreshSources(const SpecSource& current, const SpecSource& target)
{
    const QString designPath = workspace_.specPath();
    const QString designName = designPath.isEmpty() ? tr("untitled") : QFileInfo(designPath).fileName();
    std::vector<SpecSourceEntry> entries;
    entries.push_back({{SpecSource::Kind::DesignSpec, {}},
                       tr("Design page: %1").arg(designName),
                       tr("The spec open in the Design page, unsaved edits included; the plan follows as you type")});
    if (workspace_.hasProject()) {
        for (const std::string& path : workspace_.project().specPaths()) entries.push_back(fileEntry(QString::fromStdString(path)));
    }
    if (const ActiveDatabase& database = workspace_.activeDatabase(); database.isSet()) {
        entries.push_back({{SpecSource::Kind::LiveDatabase, {}}, tr("Live: %1").arg(database.displayUrl()),
                           tr("The active database as it is now, inspected (Database › Connect… picks another)")});
    }
    entries.push_back({{SpecSource::Kind::EmptySchema, {}}, tr("Empty schema"),
                       tr("No tables at all: the plan creates everything the other side holds")});
    currentPicker_->setEntries(entries, current);
    targetPicker_->setEntries(entries, target);
    const QString folder = workspace_.hasProject() ? QString::fromStdString(workspace_.project().specsDir) : QString();
    currentPicker_->setBrowseFolder(folder);
    targetPicker_->setBrowseFolder(folder);
}

void PlanPage::resetToProject()
{
    SpecSource current;
    if (workspace_.hasProject()) {
        const Project& project = workspace_.project();
        const QString currentSpec = QString::fromStdString(project.currentSpecPath());
        if (QFileInfo::exists(currentSpec)) current = {SpecSource::Kind::File, currentSpec};
        if (const auto dialect = parseDialect(project.dialect)) {
            const QSignalBlocker blocker(dialectBox_);
            setDialect(*dialect);
        }
    }
    cache_.clear();
    setSources(current, {SpecSource::Kind::DesignSpec, {}});
}

QString PlanPage::nameOf(const SpecSource& source) const
{
    switch (source.kind) {
    case SpecSource::Kind::EmptySchema: return tr("the empty schema");
    case SpecSource::Kind::DesignSpec: {
        const QString path = workspace_.specPath();
        return tr("%1 (Design page)").arg(path.isEmpty() ? tr("untitled") : QFileInfo(path).fileName());
    }
    case SpecSource::Kind::File: return QFileInfo(source.path).fileName();
    case SpecSource::Kind::LiveDatabase: return tr("live %1").arg(workspace_.activeDatabase().displayUrl());
    }
    return {};
}

PlanSide PlanPage::sideFor(const SpecSource& source) const
{
    PlanSide side;
    side.name = nameOf(source);
    switch (source.kind) {
    case SpecSource::Kind::EmptySchema:
        side.model = std::make_shared<const SchemaModel>();
        break;
    case SpecSource::Kind::DesignSpec:
        side.model = workspace_.model();
        side.diagnostics = workspace_.diagnostics();
        break;
    case SpecSource::Kind::LiveDatabase:
        side.database = workspace_.activeDatabase();
        break;
    case SpecSource::Kind::File: {
        side.path = source.path;
        const QFileInfo file(source.path);
        const auto cached = cache_.constFind(source.path);
        if (cached != cache_.constEnd() && cached->modified == file.lastModified() && cached->size == file.size()) {
            side.model = cached->model;
        }
        break;
    }
    }
    return side;
}

bool PlanPage::plansLiveDatabase() const
{
    return currentSource().kind == SpecSource::Kind::LiveDatabase || targetSource().kind == SpecSource::Kind::LiveDatabase;
}

void PlanPage::remember(const SpecSource& source, const std::shared_ptr<const SchemaModel>& model)
{
    if (source.kind != SpecSource::Kind::File || !model) return;
    const QFileInfo file(source.path);
    cache_.insert(source.path, {file.lastModified(), file.size(), model});
}

}  // namespace ss::ui
