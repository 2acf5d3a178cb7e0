#pragma once

#include "core/diagram/diagram_format.h"
#include "core/diagram/graphviz_layout.h"
#include "core/diagram/manual_positions.h"
#include "core/spec/schema_model.h"
#include "ui/diagram/layout_runner.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTimer;

namespace ss::ui {

class DiagramLegend;
class DiagramMinimap;
class DiagramScene;
class DiagramView;

// The ER diagram of a model: toolbar (search, focus, engine, zoom, export), the view with its legend and
// overview, and a status line with the layout's progress. Layouts run on a worker thread.
class DiagramWidget : public QWidget {
    Q_OBJECT

public:
    explicit DiagramWidget(QWidget* parent = nullptr);
    ~DiagramWidget() override;

    // Shows `model`; `specPath` (may be empty) locates the layout file that keeps dragged positions.
    void setModel(std::shared_ptr<const SchemaModel> model, const QString& specPath);

    // Shows only `table` and its neighbours up to `depth` foreign keys away; an empty name shows everything.
    void setFocusTable(const QString& table, int depth);
    void setEngine(LayoutEngine engine);

    bool isBusy() const;
    DiagramScene* scene() const { return m_scene; }
    DiagramView* view() const { return m_view; }
    QString statusText() const;

public Q_SLOTS:
    // Selects, centres and marks `table` (e.g. because the editor's cursor moved into it).
    void selectTable(const QString& table);
    // Centres and marks the first table whose name contains `text`; returns whether one was found.
    bool search(const QString& text);
    void exportTo(DiagramFormat format, const QString& path);

Q_SIGNALS:
    // The user picked a table in the diagram (click or double click): the editor follows.
    void tableActivated(const QString& table);
    void busyChanged(bool busy);
    void layoutApplied();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildToolBar();
    void scheduleLayout();
    void startLayout(bool force);
    void applyLayout(const std::shared_ptr<const LayoutRunner::Request>& request,
                     const std::shared_ptr<const LayoutResult>& result);
    void onTableDropped(const QString& table, QPointF topLeft);
    void onFocusToggled(bool on);
    void resetPositions();
    void chooseExport(DiagramFormat format);
    void applyPalette();
    void placeOverlays();
    void setStatus(const QString& text);
    bool focusing() const { return !m_focusTable.isEmpty(); }

    std::shared_ptr<const SchemaModel> m_model;
    QString m_specPath;
    QString m_focusTable;
    int m_focusDepth = 1;
    LayoutEngine m_engine = LayoutEngine::Dot;
    ManualPositions m_positions;
    ErGraph m_shownGraph;
    LayoutEngine m_shownEngine = LayoutEngine::Dot;
    bool m_hasLayout = false;
    bool m_fitPending = true;
    QString m_selectedTable;
    bool m_syncing = false;

    DiagramScene* m_scene;
    DiagramView* m_view;
    DiagramLegend* m_legend;
    DiagramMinimap* m_minimap;
    LayoutRunner* m_runner;
    QTimer* m_debounce;
    QLineEdit* m_search = nullptr;
    QStringListModel* m_names = nullptr;
    QAction* m_focusAction = nullptr;
    QSpinBox* m_depth = nullptr;
    QComboBox* m_engineBox = nullptr;
    QAction* m_legendAction = nullptr;
    QAction* m_minimapAction = nullptr;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

}  // namespace ss::ui
