#include "ui/shell/workspace.h"

namespace ss::ui {

QString Workspace::openProject(const QString& dir)
{
    Project loaded;
    if (const std::string error = loadProject(dir.toStdString(), loaded); !error.empty()) {
        return QString::fromStdString(error);
    }
    project_ = std::move(loaded);
    activeDatabase_ = rememberedDatabase(project_);
    Q_EMIT projectChanged();
    Q_EMIT activeDatabaseChanged();
    return {};
}

void Workspace::setSpecPath(const QString& path)
{
    if (path == specPath_) return;
    specPath_ = path;
    Q_EMIT specPathChanged(path);
}

void Workspace::setModel(std::shared_ptr<const SchemaModel> model, std::vector<Diagnostic> diagnostics)
{
    model_ = std::move(model);
    diagnostics_ = std::move(diagnostics);
    Q_EMIT modelChanged();
}

void Workspace::setActiveDatabase(const ActiveDatabase& database)
{
    if (hasProject()) rememberDatabase(project_, database);
    if (database == activeDatabase_) return;
    activeDatabase_ = database;
    Q_EMIT activeDatabaseChanged();
}

void Workspace::setSelectedTable(const QString& table)
{
    if (table == selectedTable_) return;
    selectedTable_ = table;
    Q_EMIT selectedTableChanged(table);
}

}  // namespace ss::ui
