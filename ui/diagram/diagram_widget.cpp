#include "ui/diagram/diagram_widget.h"

#include "core/spec/qualified_name.h"
#include "ui/diagram/card_fonts.h"
#include "ui/diagram/card_item.h"
#include "ui/diagram/diagram_export.h"
#include "ui/diagram/diagram_legend.h"
#include "ui/diagram/diagram_minimap.h"
#include "ui/diagram/diagram_scene.h"
#include "ui/diagram/diagram_view.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ss::ui {

namespace {
constexpr int kOverlayMargin = 12;
constexpr int kDebounceMs = 250;  // the model changes on every validation while the user types
}  // namespace

DiagramWidget::DiagramWidget(QWidget* parent)
    : QWidget(parent)
    , m_scene(new DiagramScene(this))
    , m_view(new DiagramView(this))
    , m_legend(new DiagramLegend(m_view))
    , m_minimap(new DiagramMinimap(m_view, m_view))
    , m_runner(new LayoutRunner(this))
    , m_debounce(new QTimer(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_view->setScene(m_scene);
    m_view->viewport()->installEventFilter(this);
    m_minimap->resize(220, 150);
    m_legend->resize(m_legend->sizeHint());

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { startLayout(false); });

    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        setStatus(tr("Layout cancelled; the previous diagram stays."));
    });
    connect(m_runner, &LayoutRunner::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);
        m_cancel->setVisible(running);
        Q_EMIT busyChanged(running);
    });
    connect(m_runner, &LayoutRunner::finished, this, &DiagramWidget::applyLayout);

    connect(m_scene, &DiagramScene::tableSelected, this, [this](const QString& table) {
        m_selectedTable = table;
        if (!m_syncing)
            Q_EMIT tableActivated(table);
    });
    connect(m_scene, &DiagramScene::tableActivated, this, &DiagramWidget::tableActivated);
    connect(m_scene, &DiagramScene::tableDropped, this, &DiagramWidget::onTableDropped);

    auto* status = new QHBoxLayout;
    status->setContentsMargins(8, 2, 8, 4);
    status->addWidget(m_status, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildToolBar();
    layout->addWidget(m_view, 1);
    layout->addLayout(status);
    applyPalette();
}

DiagramWidget::~DiagramWidget() = default;

void DiagramWidget::buildToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    static_cast<QVBoxLayout*>(layout())->addWidget(bar);

    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Find table (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(240);
    m_names = new QStringListModel(this);
    auto* completer = new QCompleter(m_names, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& t) { search(t); });
    auto* find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });
    addAction(find);
    bar->addWidget(m_search);
    bar->addSeparator();

    m_focusAction = bar->addAction(tr("Focus"));
    m_focusAction->setCheckable(true);
    m_focusAction->setToolTip(tr("Show only the selected table and its neighbours"));
    connect(m_focusAction, &QAction::toggled, this, &DiagramWidget::onFocusToggled);
    m_depth = new QSpinBox(bar);
    m_depth->setRange(1, 6);
    m_depth->setPrefix(tr("depth "));
    m_depth->setToolTip(tr("How many foreign keys away neighbours may be"));
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int depth) {
        if (focusing())
            setFocusTable(m_focusTable, depth);
        else
            m_focusDepth = depth;
    });
    bar->addWidget(m_depth);
    bar->addSeparator();

    m_engineBox = new QComboBox(bar);
    for (auto e : {LayoutEngine::Dot, LayoutEngine::Neato, LayoutEngine::Fdp})
        m_engineBox->addItem(QString::fromLatin1(toString(e)), static_cast<int>(e));
    m_engineBox->setToolTip(tr("Graphviz layout engine: dot (layered, left to right), neato or fdp (spring models)"));
    connect(m_engineBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setEngine(static_cast<LayoutEngine>(m_engineBox->itemData(i).toInt())); });
    bar->addWidget(m_engineBox);
    bar->addAction(tr("Reset positions"), this, &DiagramWidget::resetPositions)
        ->setToolTip(tr("Forget dragged positions and lay everything out again"));
    bar->addSeparator();

    auto addZoom = [&](const QString& text, QKeySequence key, void (DiagramView::*slot)()) {
        QAction* a = bar->addAction(text, m_view, slot);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    };
    addZoom(tr("Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), &DiagramView::fitToView);
    addZoom(tr("100%"), QKeySequence(Qt::CTRL | Qt::Key_1), &DiagramView::resetZoom);
    addZoom(tr("Zoom in"), QKeySequence::ZoomIn, &DiagramView::zoomIn);
    addZoom(tr("Zoom out"), QKeySequence::ZoomOut, &DiagramView::zoomOut);
    bar->addSeparator();

    m_legendAction = bar->addAction(tr("Legend"));
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    connect(m_legendAction, &QAction::toggled, m_legend, &QWidget::setVisible);
    m_minimapAction = bar->addAction(tr("Overview"));
    m_minimapAction->setCheckable(true);
    m_minimapAction->setChecked(true);
    connect(m_minimapAction, &QAction::toggled, m_minimap, &QWidget::setVisible);

    auto* exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    for (auto f : {DiagramFormat::Svg, DiagramFormat::Png, DiagramFormat::Pdf, DiagramFormat::Dot, DiagramFormat::Mermaid})
        menu->addAction(QString::fromLatin1(toString(f)).toUpper() + QStringLiteral("…"), this, [this, f] { chooseExport(f); });
    exportButton->setMenu(menu);
    bar->addWidget(exportButton);
}

void DiagramWidget::setModel(std::shared_ptr<const SchemaModel> model, const QString& specPath)
{
    if (specPath != m_specPath) {
        m_specPath = specPath;
        m_positions = {};
        if (!specPath.isEmpty()) {
            const std::string error = readManualPositions(layoutFilePath(specPath.toStdString()), m_positions);
            if (!error.empty())
                setStatus(QString::fromStdString(error));
        }
        m_fitPending = true;
        m_hasLayout = false;
    }
    m_model = std::move(model);
    if (!m_hasLayout)
        startLayout(true);
    else
        scheduleLayout();
}

void DiagramWidget::setFocusTable(const QString& table, int depth)
{
    m_focusTable = table;
    m_focusDepth = depth;
    {
        const QSignalBlocker blockAction(m_focusAction);
        const QSignalBlocker blockDepth(m_depth);
        m_focusAction->setChecked(!table.isEmpty());
        m_depth->setValue(depth);
    }
    m_fitPending = true;
    startLayout(false);
}

void DiagramWidget::setEngine(LayoutEngine engine)
{
    m_engine = engine;
    const QSignalBlocker block(m_engineBox);
    m_engineBox->setCurrentIndex(m_engineBox->findData(static_cast<int>(engine)));
    m_fitPending = true;
    startLayout(false);
}

bool DiagramWidget::isBusy() const { return m_runner->isRunning() || m_debounce->isActive(); }

QString DiagramWidget::statusText() const { return m_status->text(); }

void DiagramWidget::scheduleLayout() { m_debounce->start(); }

void DiagramWidget::startLayout(bool force)
{
    m_debounce->stop();
    if (!m_model)
        return;
    ErGraph graph = buildErGraph(*m_model);
    if (focusing()) {
        ErGraph focused = focusErGraph(graph, m_focusTable.toStdString(), m_focusDepth);
        if (focused.cards.empty()) {
            setStatus(tr("Table %1 no longer exists; showing every table.").arg(m_focusTable));
            m_focusTable.clear();
            const QSignalBlocker block(m_focusAction);
            m_focusAction->setChecked(false);
        } else {
            graph = std::move(focused);
        }
    }
    if (!force && m_hasLayout && graph == m_shownGraph && m_engine == m_shownEngine)
        return;
    LayoutRunner::Request request;
    request.metrics = measureCards(graph, DiagramFonts{});
    request.graph = std::move(graph);
    request.engine = m_engine;
    // Dragged positions belong to the whole diagram; a focused view is laid out afresh.
    if (!focusing())
        request.positions = m_positions;
    setStatus(tr("Laying out %1 tables with %2…").arg(request.graph.cards.size()).arg(QString::fromLatin1(toString(m_engine))));
    m_runner->start(std::move(request));
}

void DiagramWidget::applyLayout(const std::shared_ptr<const LayoutRunner::Request>& request,
                                const std::shared_ptr<const LayoutResult>& result)
{
    if (!result->ok()) {
        setStatus(QString::fromStdString(result->error));
        return;
    }
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    m_scene->setDiagram(request->graph, result->layout, request->metrics, DiagramFonts{});
    m_shownGraph = request->graph;
    m_shownEngine = request->engine;
    m_hasLayout = true;

    QStringList names;
    for (const auto& card : request->graph.cards)
        names << QString::fromStdString(card.name);
    m_names->setStringList(names);

    if (m_fitPending) {
        m_view->fitToView();
        m_fitPending = false;
    } else {
        m_view->centerOn(centre);
    }
    if (focusing())
        m_scene->highlightTable(m_focusTable);
    if (!m_selectedTable.isEmpty()) {
        if (CardItem* card = m_scene->findCard(m_selectedTable)) {
            const QSignalBlocker block(m_scene);
            card->setSelected(true);
        }
    }
    m_minimap->refresh();
    placeOverlays();
    setStatus(tr("%1 tables, %2 relationships%3")
                  .arg(request->graph.cards.size())
                  .arg(request->graph.edges.size())
                  .arg(focusing() ? tr(" around %1").arg(m_focusTable) : QString()));
    Q_EMIT layoutApplied();
}

void DiagramWidget::selectTable(const QString& table)
{
    CardItem* card = m_scene->findCard(table);
    if (!card && focusing() && m_model && findQualifiedTable(*m_model, table.toStdString())) {
        m_selectedTable = table;
        setFocusTable(table, m_focusDepth);
        return;
    }
    if (!card)
        return;
    m_syncing = true;
    m_scene->clearSelection();
    card->setSelected(true);
    m_syncing = false;
    m_selectedTable = m_scene->tableName(card->index());
    m_view->centreOnRect(card->sceneBoundingRect());
}

bool DiagramWidget::search(const QString& text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty()) {
        m_scene->highlightTable({});
        return false;
    }
    const auto& cards = m_scene->graph().cards;
    int hit = m_scene->graph().cardIndex(needle.toStdString());
    for (std::size_t i = 0; hit < 0 && i < cards.size(); ++i)
        if (QString::fromStdString(cards[i].name).contains(needle, Qt::CaseInsensitive))
            hit = static_cast<int>(i);
    if (hit < 0) {
        setStatus(tr("No table matches \"%1\".").arg(needle));
        return false;
    }
    const QString name = m_scene->tableName(hit);
    m_scene->highlightTable(name);
    selectTable(name);
    Q_EMIT tableActivated(name);
    return true;
}

void DiagramWidget::onFocusToggled(bool on)
{
    if (!on) {
        setFocusTable({}, m_depth->value());
        return;
    }
    QString table = m_selectedTable;
    if (table.isEmpty() && !m_search->text().trimmed().isEmpty() && search(m_search->text()))
        table = m_selectedTable;
    if (table.isEmpty()) {
        const QSignalBlocker block(m_focusAction);
        m_focusAction->setChecked(false);
        setStatus(tr("Select or find a table first, then focus on it."));
        return;
    }
    setFocusTable(table, m_depth->value());
}

void DiagramWidget::onTableDropped(const QString& table, QPointF topLeft)
{
    m_minimap->refresh();
    if (focusing() || m_specPath.isEmpty())
        return;
    m_positions.tables[table.toStdString()] = {topLeft.x(), topLeft.y()};
    const std::string error = writeManualPositions(layoutFilePath(m_specPath.toStdString()), m_positions);
    setStatus(error.empty() ? tr("Position of %1 kept in %2.").arg(table, QFileInfo(QString::fromStdString(
                                  layoutFilePath(m_specPath.toStdString()))).fileName())
                            : QString::fromStdString(error));
}

void DiagramWidget::resetPositions()
{
    m_positions = {};
    if (!m_specPath.isEmpty()) {
        const QString file = QString::fromStdString(layoutFilePath(m_specPath.toStdString()));
        if (QFile::exists(file) && !QFile::remove(file))
            setStatus(tr("Could not delete %1.").arg(file));
    }
    m_fitPending = true;
    startLayout(true);
}

void DiagramWidget::chooseExport(DiagramFormat format)
{
    const QString ext = format == DiagramFormat::Mermaid ? QStringLiteral("mmd") : QString::fromLatin1(toString(format));
    const QString base = m_specPath.isEmpty() ? QStringLiteral("diagram") : QFileInfo(m_specPath).completeBaseName();
    const QString dir = m_specPath.isEmpty() ? QString() : QFileInfo(m_specPath).absolutePath() + QLatin1Char('/');
    const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), dir + base + QLatin1Char('.') + ext,
                                                      tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (!path.isEmpty())
        exportTo(format, path);
}

void DiagramWidget::exportTo(DiagramFormat format, const QString& path)
{
    const QString error = exportDiagram(*m_scene, format, path, m_shownEngine);
    setStatus(error.isEmpty() ? tr("Exported %1.").arg(QDir::toNativeSeparators(path)) : error);
}

void DiagramWidget::applyPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const DiagramPalette p = dark ? DiagramPalette::dark() : DiagramPalette::light();
    m_scene->setDiagramPalette(p);
    m_legend->setDiagramPalette(p);
    m_minimap->refresh();
}

void DiagramWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

bool DiagramWidget::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport, not the view: its geometry is final (scroll bars placed) when it reports a resize.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        placeOverlays();
    return QWidget::eventFilter(watched, event);
}

void DiagramWidget::placeOverlays()
{
    const QRect area = m_view->viewport()->geometry();
    m_legend->move(area.left() + kOverlayMargin, area.top() + kOverlayMargin);
    m_minimap->move(area.right() - m_minimap->width() - kOverlayMargin, area.bottom() - m_minimap->height() - kOverlayMargin);
}

void DiagramWidget::setStatus(const QString& text) { m_status->setText(text); }

}  // namespace ss::ui
