#include "ui/apply/apply_page.h"

#include "ui/apply/apply_log.h"
#include "ui/apply/duration_chart.h"
#include "ui/apply/ledger_table.h"
#include "ui/apply/script_operation_list.h"
#include "ui/connection/choose_database.h"
#include "ui/plan/migration_view.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/latest_job_runner.h"
#include "ui/widgets/page_sections.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/plural.h"
#include "ui/widgets/status_line.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kPathRole = Qt::UserRole + 1;

}  // namespace

ApplyPage::ApplyPage(Workspace& workspace, QWidget* parent)
    : Page(parent),
      workspace_(workspace),
      previews_(new LatestJobRunner(QStringLiteral("apply preview"), this)),
      runner_(new ApplyRunner(this)),
      database_(new QLabel(this)),
      connectButton_(new QPushButton(tr("C&onnect…"), this)),
      sourceBox_(new QComboBox(this)),
      applyButton_(new QPushButton(tr("&Apply"), this)),
      cancelButton_(new QPushButton(tr("Cancel"), this)),
      summary_(new QLabel(this)),
      operations_(new ScriptOperationList(this)),
      sqlView_(new MigrationView(this)),
      runPanel_(nullptr),
      progress_(new QProgressBar(this)),
      outcome_(new StatusLine(this)),
      recordCurrent_(new QPushButton(tr("Make current.yml &this spec"), this)),
      log_(new ApplyLog(this)),
      ledger_(new LedgerTable(this)),
      chart_(new DurationChart(this)),
      status_(new StatusLine(this))
{
    styleAsSummary(summary_);

    auto* plan = new QSplitter(Qt::Horizontal, this);
    plan->addWidget(titled(sectionTitle(tr("Operations"), this), operations_, this));
    plan->addWidget(titled(sectionTitle(tr("SQL"), this), sqlView_, this));
    plan->setStretchFactor(0, 1);
    plan->setStretchFactor(1, 1);
    plan->setChildrenCollapsible(false);

    runPanel_ = buildRunPanel();
    runPanel_->hide();  // until something runs: an empty log says nothing

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(plan);
    splitter->addWidget(runPanel_);
    splitter->addWidget(buildHistory());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addWidget(buildHeader());
    layout->addWidget(summary_);
    layout->addWidget(splitter, 1);
    layout->addWidget(status_);

    connect(previews_, &LatestJobRunner::runningChanged, this, [this](bool running) {
        updateActions();
        Q_EMIT busyChanged(running || runner_->isRunning());
    });
    connect(runner_, &ApplyRunner::runningChanged, this, [this](bool running) {
        updateActions();
        Q_EMIT busyChanged(running || previews_->isRunning());
    });
    connect(runner_, &ApplyRunner::statementProgress, this, &ApplyPage::showStatement);
    connect(runner_, &ApplyRunner::message, log_, &ApplyLog::addMessage);
    connect(runner_, &ApplyRunner::finished, this, &ApplyPage::showResult);
    connect(applyButton_, &QPushButton::clicked, this, &ApplyPage::apply);
    connect(recordCurrent_, &QPushButton::clicked, this, &ApplyPage::recordAsCurrent);
    connect(cancelButton_, &QPushButton::clicked, this, &ApplyPage::cancel);
    connect(connectButton_, &QPushButton::clicked, this, [this] { chooseDatabase(workspace_, this); });
    connect(sourceBox_, &QComboBox::activated, this, &ApplyPage::requestPreview);
    connect(operations_, &ScriptOperationList::operationSelected, sqlView_, &MigrationView::showOperation);
    connect(&workspace_, &Workspace::projectChanged, this, &ApplyPage::refreshSources);
    connect(&workspace_, &Workspace::specPathChanged, this, &ApplyPage::refreshSources);
    connect(&workspace_, &Workspace::activeDatabaseChanged, this, [this] {
        refreshDatabase();
        requestPreview();
    });
    connect(&workspace_, &Workspace::liveSchemaChanged, this, &ApplyPage::requestPreview);
    connect(&workspace_, &Workspace::modelChanged, this, [this] {
        if (source().kind == ApplySource::Kind::DesignSpec) requestPreview();
    });

    refreshSources();
    refreshDatabase();
    updateActions();
}

ApplyPage::~ApplyPage() = default;

QWidget* ApplyPage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto* databaseLabel = new QLabel(tr("Database:"), header);
    database_->setTextFormat(Qt::PlainText);
    QFont bold = database_->font();
    bold.setBold(true);
    database_->setFont(bold);
    database_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connectButton_->setToolTip(tr("Choose the database to apply to (Database › Connect…)"));
    auto* sourceLabel = new QLabel(tr("&Run:"), header);
    sourceLabel->setBuddy(sourceBox_);
    sourceBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    applyButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    applyButton_->setToolTip(tr("Run the operations above against the database, in one transaction where it allows"));
    cancelButton_->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    cancelButton_->setToolTip(tr("Stop before the next statement; SQLite and PostgreSQL roll the whole migration back"));
    row->addWidget(databaseLabel);
    row->addWidget(database_);
    row->addWidget(connectButton_);
    row->addSpacing(16);
    row->addWidget(sourceLabel);
    row->addWidget(sourceBox_);
    row->addStretch(1);
    row->addWidget(applyButton_);
    row->addWidget(cancelButton_);
    return header;
}

QWidget* ApplyPage::buildRunPanel()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    auto* top = new QHBoxLayout;
    top->addWidget(sectionTitle(tr("Run"), panel));
    top->addWidget(progress_, 1);
    progress_->setFormat(tr("%v of %m statements"));
    layout->addLayout(top);
    auto* outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(outcome_, 1);
    outcomeRow->addWidget(recordCurrent_, 0, Qt::AlignTop);
    recordCurrent_->setToolTip(tr("current.yml says what the database holds: plans start from it and drift is measured "
                                  "against it. Copy the applied spec over it."));
    recordCurrent_->hide();
    layout->addLayout(outcomeRow);
    layout->addWidget(log_, 1);
    layout->addStretch(0);  // takes the room when the log is hidden (nothing ran), and none otherwise
    return panel;
}

QWidget* ApplyPage::buildHistory()
{
    auto* history = new QSplitter(Qt::Horizontal, this);
    history->addWidget(titled(sectionTitle(tr("Ledger (dbx_migrations)"), this), ledger_, this));
    history->addWidget(titled(sectionTitle(tr("Durations (ms), oldest → newest"), this), chart_, this));
    history->setStretchFactor(0, 3);
    history->setStretchFactor(1, 2);
    history->setChildrenCollapsible(false);
    return history;
}

QIcon ApplyPage::icon() const
{
    const QColor ink(0x1a, 0x7f, 0x37);
    return gridIcon(ink, [ink](QPainter& p) {
        // A database cylinder with an arrow going into it.
        p.drawEllipse(QRectF(9, 3, 13, 5));
        p.drawLine(QPointF(9, 5.5), QPointF(9, 18.5));
        p.drawLine(QPointF(22, 5.5), QPointF(22, 18.5));
        QPainterPath bottom;
        bottom.moveTo(9, 18.5);
        bottom.arcTo(QRectF(9, 16, 13, 5), 180, 180);
        p.drawPath(bottom);
        p.drawLine(QPointF(2, 13), QPointF(12, 13));
        p.setBrush(ink);
        QPolygonF arrow;
        arrow << QPointF(11, 10) << QPointF(15, 13) << QPointF(11, 16);
        p.drawPolygon(arrow);
    });
}

bool ApplyPage::isBusy() const
{
    return previews_->isRunning() || runner_->isRunning();
}

ApplySource ApplyPage::source() const
{
    const int index = sourceBox_->currentIndex();
    if (index < 0) return {};
    return {static_cast<ApplySource::Kind>(sourceBox_->itemData(index, kKindRole).toInt()),
            sourceBox_->itemData(index, kPathRole).toString()};
}

void ApplyPage::setSource(const ApplySource& source)
{
    for (int i = 0; i < sourceBox_->count(); ++i) {
        if (sourceBox_->itemData(i, kKindRole).toInt() == static_cast<int>(source.kind) &&
            sourceBox_->itemData(i, kPathRole).toString() == source.path) {
            sourceBox_->setCurrentIndex(i);
        }
    }
    requestPreview();
}

QString ApplyPage::summaryText() const
{
    return summary_->text();
}

QString ApplyPage::outcomeText() const
{
    return outcome_->text();
}

QString ApplyPage::statusText() const
{
    return status_->text();
}

void ApplyPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    refreshSources();
    requestPreview();  // the database may have changed since, behind the application's back
}

void ApplyPage::refreshSources()
{
    const ApplySource selected = source();
    const QSignalBlocker blocker(sourceBox_);
    sourceBox_->clear();
    const QString spec = workspace_.specPath();
    sourceBox_->addItem(tr("Design page spec: %1").arg(spec.isEmpty() ? tr("untitled") : QFileInfo(spec).fileName()),
                        static_cast<int>(ApplySource::Kind::DesignSpec));
    sourceBox_->setItemData(0, tr("The spec open in the Design page, planned against the database as it is now"),
                            Qt::ToolTipRole);
    if (workspace_.hasProject()) {
        const QDir migrations(QString::fromStdString(workspace_.project().migrationsDir()));
        for (const QFileInfo& file : migrations.entryInfoList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const int index = sourceBox_->count();
            sourceBox_->addItem(tr("Migration: %1").arg(file.fileName()), static_cast<int>(ApplySource::Kind::MigrationFile));
            sourceBox_->setItemData(index, file.absoluteFilePath(), kPathRole);
            sourceBox_->setItemData(index, QDir::toNativeSeparators(file.absoluteFilePath()), Qt::ToolTipRole);
        }
    }
    int index = 0;
    for (int i = 0; i < sourceBox_->count(); ++i) {
        if (sourceBox_->itemData(i, kKindRole).toInt() == static_cast<int>(selected.kind) &&
            sourceBox_->itemData(i, kPathRole).toString() == selected.path) {
            index = i;
        }
    }
    sourceBox_->setCurrentIndex(index);
    if (source() != selected) requestPreview();
}

void ApplyPage::refreshDatabase()
{
    const ActiveDatabase& database = workspace_.activeDatabase();
    database_->setText(database.isSet() ? database.label() : tr("none"));
    database_->setToolTip(database.isSet() ? database.displayUrl() : tr("Choose one with Connect…"));
}

ScriptInput ApplyPage::scriptInput() const
{
    ScriptInput input;
    input.source = source();
    const QString spec = workspace_.specPath();
    input.specPath = spec.isEmpty() ? QStringLiteral("untitled.yml") : spec;
    input.spec.name = tr("%1 (Design page)").arg(QFileInfo(input.specPath).fileName());
    input.spec.model = workspace_.model();
    input.spec.diagnostics = workspace_.diagnostics();
    return input;
}

void ApplyPage::requestPreview()
{
    if (!isVisible()) return;  // showing the page previews
    PreviewRequest request{workspace_.activeDatabase(), scriptInput()};
    previews_->request([request = std::move(request)] { return previewApply(request); },
                       [this](const ApplyPreview& preview) { showPreview(preview); });
}

void ApplyPage::showPreview(const ApplyPreview& preview)
{
    preview_ = preview;
    ledger_->setEntries(preview.history);
    chart_->setEntries(preview.history);
    const QString database = workspace_.activeDatabase().label();
    const auto clearPlan = [this] {
        operations_->clear();
        sqlView_->clearSql();
    };
    if (!preview.databaseError.isEmpty() && !preview.build.script) {
        clearPlan();
        summary_->setText(tr("Cannot read %1.").arg(database));
        status_->setMessage(preview.databaseError, errorIcon());
    } else if (!preview.build.error.isEmpty()) {
        clearPlan();
        summary_->setText(tr("Nothing can be applied yet."));
        status_->setMessage(preview.build.error, errorIcon());
    } else {
        const MigrationScript& script = *preview.build.script;
        operations_->setOperations(script.operations);
        sqlView_->setSql(preview.build.sql);
        const int high = static_cast<int>(script.highRiskOperations().size());
        if (script.statements.empty()) {
            summary_->setText(tr("%1 already matches %2: nothing to apply.").arg(database, sourceBox_->currentText()));
        } else {
            QString text = tr("%1, %2, to run on %3")
                               .arg(plural(static_cast<qsizetype>(script.operations.size()), "operation", "operations"),
                                    plural(static_cast<qsizetype>(script.statements.size()), "statement", "statements"), database);
            if (high > 0) text += tr(" — %1 high-risk, confirmed before running").arg(high);
            if (preview.newDatabase) text += tr(" (the file is created by the apply)");
            summary_->setText(text + QLatin1Char('.'));
        }
        QString status = tr("Previewed in %1 ms.").arg(preview.elapsedMs);
        QIcon icon = high > 0 ? warningIcon() : validIcon();
        if (preview.recorded && preview.recorded->status == LedgerStatus::Applied) {
            status += preview.recorded->checksum == script.checksum
                          ? tr(" Already applied %1 by %2: applying it again does nothing.")
                                .arg(QString::fromStdString(preview.recorded->appliedAt), QString::fromStdString(preview.recorded->appliedBy))
                          : tr(" The file changed after it was applied (the ledger has %1, the file %2): it will be refused.")
                                .arg(QString::fromStdString(preview.recorded->checksum), QString::fromStdString(script.checksum));
        }
        for (const std::string& note : script.notes) status += QLatin1Char(' ') + QString::fromStdString(note);
        if (!preview.databaseError.isEmpty()) {
            status += QLatin1Char(' ') + preview.databaseError;
            icon = errorIcon();
        }
        status_->setMessage(status, icon);
    }
    updateActions();
    Q_EMIT previewed();
}

void ApplyPage::updateActions()
{
    const bool running = runner_->isRunning();
    const bool ready = !previews_->isRunning() && preview_.canApply() && !preview_.build.script->statements.empty();
    applyButton_->setEnabled(ready && !running && !confirmation_);
    cancelButton_->setEnabled(running);
    connectButton_->setEnabled(!running);
    sourceBox_->setEnabled(!running);
}

}  // namespace ss::ui
