#pragma once

#include "ui/shell/page.h"

#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ss::ui {

class StatusLine;
class Workspace;

// The Export page: the artifacts of the open spec written into one folder, each file atomically: the spec as
// canonical YAML, the migration from the active database to it, its complete DDL per dialect, its data
// dictionary, its ER diagram (SVG, PNG) and its typed models; then the list of what was written.
class ExportPage : public Page {
    Q_OBJECT

public:
    static constexpr FlowStage kStage = FlowStage::Export;

    explicit ExportPage(Workspace& workspace, QWidget* parent = nullptr);

    FlowStage stage() const override { return kStage; }
    QIcon icon() const override;

    void setFolder(const QString& folder);
    // Writes the ticked artifacts; returns an empty string or what failed (the list still shows what was written).
    QString exportNow();
    QStringList writtenFiles() const { return written_; }
    QCheckBox* artifact(const QString& name) const;  // by object name: spec, migration, docs, ddl-<dialect>, ...
    QString statusText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QCheckBox* addArtifact(const QString& name, const QString& text, bool checked);
    void refreshSources();
    void chooseFolder();
    QString writeMigration(const QString& folder, const QString& name);
    QString writeDiagram(const QString& folder, const QString& name, bool png);

    Workspace& workspace_;
    QLineEdit* folder_;
    QPushButton* browse_;
    QPushButton* export_;
    QLabel* source_;
    QListWidget* list_;
    StatusLine* status_;
    std::vector<QCheckBox*> artifacts_;
    QStringList written_;
    QString note_;  // what the export left out and why
};

}  // namespace ss::ui
