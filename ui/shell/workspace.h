#pragma once

#include "core/project/project_folder.h"
#include "core/spec/diagnostic.h"
#include "core/spec/schema_model.h"
#include "ui/shell/active_database.h"

#include <QObject>

#include <memory>
#include <vector>

namespace ss::ui {

// What every page shares: the open project, the open spec and the model last read from it (DESIGN.md §2:
// one SchemaModel flows through every stage; pages keep none of their own).
class Workspace : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    const Project& project() const { return project_; }
    bool hasProject() const { return !project_.dir.empty(); }
    // Loads DIR as the open project; returns an empty string on success, else why not (nothing changes then).
    QString openProject(const QString& dir);

    QString specPath() const { return specPath_; }
    void setSpecPath(const QString& path);

    // The model read from the spec text, even a partial one, with the diagnostics found in it.
    const std::shared_ptr<const SchemaModel>& model() const { return model_; }
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    void setModel(std::shared_ptr<const SchemaModel> model, std::vector<Diagnostic> diagnostics);

    // The table the user is looking at, shared by the editor (the cursor is in it) and the diagram (it is
    // selected there); empty when none.
    QString selectedTable() const { return selectedTable_; }
    void setSelectedTable(const QString& table);

    // The database the pages work on. Opening a project makes it the one last chosen for that project, else its
    // default environment; the connection dialog changes it. Workers open their own connection from a copy
    // (openActiveDatabase), since a QSqlDatabase belongs to the thread that opened it.
    const ActiveDatabase& activeDatabase() const { return activeDatabase_; }
    // Makes `database` active and remembers the choice for the project (never its password).
    void setActiveDatabase(const ActiveDatabase& database);
    // Pages that change the active database's schema (an apply) say so, so that views of it refresh.
    void notifyLiveSchemaChanged() { Q_EMIT liveSchemaChanged(); }
    // Pages that rewrite the project's current.yml (recording an applied spec) say so: drift is measured against it.
    void notifyCurrentSpecChanged() { Q_EMIT currentSpecChanged(); }
    // Pages that logged a run in the active database's dbx_runs (a draft, an apply, a seed) say so.
    void notifyRunLogged() { Q_EMIT runLogged(); }

Q_SIGNALS:
    void projectChanged();
    void specPathChanged(const QString& path);
    void modelChanged();
    void selectedTableChanged(const QString& table);
    void activeDatabaseChanged();
    void liveSchemaChanged();
    void currentSpecChanged();
    void runLogged();

private:
    Project project_;
    QString specPath_;
    std::shared_ptr<const SchemaModel> model_ = std::make_shared<const SchemaModel>();
    std::vector<Diagnostic> diagnostics_;
    QString selectedTable_;
    ActiveDatabase activeDatabase_;
};

}  // namespace ss::ui
