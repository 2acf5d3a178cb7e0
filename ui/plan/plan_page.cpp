#include "ui/plan/plan_page.h"

#include "ui/plan/migration_view.h"
#include "ui/plan/operation_list.h"
#include "ui/widgets/spec_diff_view.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/latest_job_runner.h"
#include "ui/widgets/page_sections.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/plural.h"
#include "ui/widgets/status_line.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

const char* const kSidecarKey = "plan/impactSidecar";

QString dialectTitle(Dialect dialect)
{
    return QString::fromLatin1(productName(dialect));
}

QString withVersion(const QString& name, const std::string& version)
{
    return version.empty() ? name : QObject::tr("%1 — version %2").arg(name, QString::fromStdString(version));
}

}  // namespace

PlanPage::PlanPage(Workspace& workspace, QWidget* parent)
    : Page(parent),
      workspace_(workspace),
      jobs_(new LatestJobRunner(QStringLiteral("planning"), this)),
      currentPicker_(new SpecSourcePicker(this)),
      targetPicker_(new SpecSourcePicker(this)),
      dialectBox_(new QComboBox(this)),
      withSidecar_(new QCheckBox(tr("With &impact report"), this)),
      exportButton_(new QPushButton(tr("E&xport Migration…"), this)),
      inspectButton_(new QPushButton(tr("&Inspect to YAML…"), this)),
      summary_(new QLabel(this)),
      operationsTitle_(sectionTitle(tr("Operations"), this)),
      sqlTitle_(sectionTitle(tr("SQL"), this)),
      operations_(new OperationList(this)),
      detail_(new QLabel(this)),
      sqlView_(new MigrationView(this)),
      diffView_(new SpecDiffView(this)),
      status_(new StatusLine(this))
{
    styleAsSummary(summary_);
    operationsTitle_->setTextFormat(Qt::PlainText);

    auto* top = new QSplitter(Qt::Horizontal, this);
    detail_->setWordWrap(true);
    detail_->setTextFormat(Qt::RichText);
    detail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail_->setMinimumHeight(detail_->fontMetrics().lineSpacing() * 3);
    detail_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* operationsPanel = new QWidget(this);
    auto* operationsLayout = new QVBoxLayout(operationsPanel);
    operationsLayout->setContentsMargins(0, 0, 0, 0);
    operationsLayout->addWidget(operations_, 1);
    operationsLayout->addWidget(detail_);
    top->addWidget(titled(operationsTitle_, operationsPanel, this));
    top->addWidget(titled(sqlTitle_, sqlView_, this));
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(titled(sectionTitle(tr("Spec diff"), this), diffView_, this));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addWidget(buildHeader());
    layout->addWidget(summary_);
    layout->addWidget(splitter, 1);
    layout->addWidget(status_);

    connect(jobs_, &LatestJobRunner::runningChanged, this, [this](bool running) {
        updateActions();
        Q_EMIT busyChanged(running);
    });
    connect(currentPicker_, &SpecSourcePicker::sourceChosen, this, &PlanPage::replan);
    connect(targetPicker_, &SpecSourcePicker::sourceChosen, this, &PlanPage::replan);
    connect(dialectBox_, &QComboBox::currentIndexChanged, this, &PlanPage::rerender);
    connect(operations_, &OperationList::operationSelected, sqlView_, &MigrationView::showOperation);
    connect(operations_, &OperationList::operationSelected, this, &PlanPage::showDetail);
    connect(exportButton_, &QPushButton::clicked, this, &PlanPage::chooseExportPath);
    connect(inspectButton_, &QPushButton::clicked, this, &PlanPage::inspectRequested);
    connect(withSidecar_, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(QLatin1String(kSidecarKey), on); });
    connect(&workspace_, &Workspace::projectChanged, this, &PlanPage::resetToProject);
    connect(&workspace_, &Workspace::specPathChanged, this, [this] { refreshSources(currentSource(), targetSource()); });
    connect(&workspace_, &Workspace::activeDatabaseChanged, this, [this] {
        refreshSources(currentSource(), targetSource());
        updateActions();
        if (plansLiveDatabase()) replan();
    });
    connect(&workspace_, &Workspace::liveSchemaChanged, this, [this] {
        if (plansLiveDatabase()) replan();
    });
    connect(&workspace_, &Workspace::modelChanged, this, [this] {
        if (currentSource().kind == SpecSource::Kind::DesignSpec || targetSource().kind == SpecSource::Kind::DesignSpec) {
            replan();
        }
    });

    withSidecar_->setChecked(QSettings().value(QLatin1String(kSidecarKey), true).toBool());
    resetToProject();
}

PlanPage::~PlanPage() = default;

QWidget* PlanPage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto* currentLabel = new QLabel(tr("&Current:"), header);
    currentLabel->setBuddy(currentPicker_);
    auto* targetLabel = new QLabel(tr("→ &Target:"), header);
    targetLabel->setBuddy(targetPicker_);
    auto* dialectLabel = new QLabel(tr("&Dialect:"), header);
    dialectLabel->setBuddy(dialectBox_);
    for (Dialect d : {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql, Dialect::DuckDb}) {
        dialectBox_->addItem(dialectTitle(d), static_cast<int>(d));
    }
    currentPicker_->setToolTip(tr("The schema as it is now"));
    targetPicker_->setToolTip(tr("The schema you want"));
    withSidecar_->setToolTip(tr("Also write NAME.sql.impact.json: every operation with its risk and reasons"));
    inspectButton_->setToolTip(tr("Write the active database's schema to a spec file and open it in the Design page"));
    exportButton_->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    row->addWidget(currentLabel);
    row->addWidget(currentPicker_);
    row->addSpacing(8);
    row->addWidget(targetLabel);
    row->addWidget(targetPicker_);
    row->addSpacing(16);
    row->addWidget(dialectLabel);
    row->addWidget(dialectBox_);
    row->addStretch(1);
    row->addWidget(inspectButton_);
    row->addSpacing(8);
    row->addWidget(withSidecar_);
    row->addWidget(exportButton_);
    return header;
}

QIcon PlanPage::icon() const
{
    const QColor ink(0x82, 0x50, 0xdf);
    return gridIcon(ink, [ink](QPainter& p) {
        p.drawRoundedRect(QRectF(2, 3, 8, 18), 1.5, 1.5);
        p.drawRoundedRect(QRectF(14, 3, 8, 18), 1.5, 1.5);
        p.drawLine(QPointF(4.5, 8), QPointF(7.5, 8));
        for (qreal y : {8.0, 12.0, 16.0}) p.drawLine(QPointF(16.5, y), QPointF(19.5, y));
        p.setBrush(ink);
        QPolygonF arrow;
        arrow << QPointF(10.5, 10) << QPointF(13.5, 12) << QPointF(10.5, 14);
        p.drawPolygon(arrow);
    });
}

bool PlanPage::isBusy() const
{
    return jobs_->isRunning();
}

SpecSource PlanPage::currentSource() const
{
    return currentPicker_->source();
}

SpecSource PlanPage::targetSource() const
{
    return targetPicker_->source();
}

void PlanPage::setSources(const SpecSource& current, const SpecSource& target)
{
    refreshSources(current, target);
    replan();
}

Dialect PlanPage::dialect() const
{
    return static_cast<Dialect>(dialectBox_->currentData().toInt());
}

void PlanPage::setDialect(Dialect dialect)
{
    dialectBox_->setCurrentIndex(dialectBox_->findData(static_cast<int>(dialect)));
}

QString PlanPage::summaryText() const
{
    return summary_->text();
}

QString PlanPage::riskText() const
{
    return operationsTitle_->text();
}

QString PlanPage::detailText() const
{
    return detail_->text();
}

QString PlanPage::statusText() const
{
    return status_->text();
}

void PlanPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    // A live database may have changed since, behind the application's back.
    if (stale_ || plansLiveDatabase()) replan();
}

void PlanPage::replan()
{
    if (!isVisible()) {
        stale_ = true;
        return;
    }
    stale_ = false;
    plannedCurrent_ = currentSource();
    plannedTarget_ = targetSource();
    if (const ActiveDatabase& database = workspace_.activeDatabase(); plansLiveDatabase() && database.isUsable()) {
        // SQL for a live database is only useful in that database's dialect.
        const QSignalBlocker blocker(dialectBox_);
        setDialect(database.dialect());
    }
    PlanRequest request{sideFor(plannedCurrent_), sideFor(plannedTarget_), dialect()};
    jobs_->request([request = std::move(request)] { return computePlan(request); },
                   [this](const PlanOutcome& outcome) { showOutcome(outcome); });
}

void PlanPage::rerender()
{
    if (!plan_ || jobs_->isRunning() || stale_) {
        replan();
        return;
    }
    jobs_->request([plan = plan_, dialect = dialect()] { return renderPlanSql(plan, dialect); },
                   [this](const RenderedSql& sql) {
                       showSql(sql);
                       sqlView_->showOperation(operations_->currentOperation());
                       Q_EMIT planned();
                   });
}

void PlanPage::showOutcome(const PlanOutcome& outcome)
{
    if (!outcome.error.isEmpty()) {
        showNoPlan(outcome.error);
        Q_EMIT planned();
        return;
    }
    remember(plannedCurrent_, outcome.current);
    remember(plannedTarget_, outcome.target);
    plan_ = outcome.plan;
    const RiskSummary risks = plan_->summary();
    const QString from = nameOf(plannedCurrent_);
    const QString to = nameOf(plannedTarget_);
    if (plan_->empty()) {
        summary_->setText(tr("No changes: %1 already matches %2.").arg(from, to));
        operationsTitle_->setText(tr("Operations"));
    } else {
        summary_->setText(QString::fromStdString(outcome.changes));
        operationsTitle_->setText(tr("Operations (%1): %2 high, %3 medium, %4 safe")
                                      .arg(risks.total())
                                      .arg(risks.high)
                                      .arg(risks.medium)
                                      .arg(risks.safe));
    }
    const int selected = operations_->currentOperation();
    operations_->setPlan(*plan_);
    showSql(outcome.sql);
    diffView_->setComparison(withVersion(from, plan_->fromVersion), outcome.currentYaml,
                             withVersion(to, plan_->toVersion), outcome.targetYaml, outcome.lines);
    if (selected >= 0 && selected < static_cast<int>(plan_->operations.size())) operations_->selectOperation(selected);
    showDetail(operations_->currentOperation());
    if (risks.high > 0) {
        status_->setMessage(tr("Planned in %1 ms. High-risk operations lose data or break readers: review them before "
                               "applying.")
                                .arg(outcome.elapsedMs),
                            warningIcon());
    } else {
        status_->setMessage(tr("Planned in %1 ms.").arg(outcome.elapsedMs), validIcon());
    }
    if (!plan_->notes.empty()) {
        QStringList tables;
        QStringList texts;
        for (const auto& note : plan_->notes) {
            tables << QString::fromStdString(note.table);
            texts << QString::fromStdString(note.text);
        }
        status_->setText(status_->text() + tr(" Column order not planned for %1: no database reorders columns in place "
                                              "(hover for each order).")
                                               .arg(tables.join(QStringLiteral(", "))));
        status_->setToolTip(texts.join(QStringLiteral("\n\n")));
    } else {
        status_->setToolTip({});
    }
    if (!outcome.notes.empty()) {
        status_->setText(status_->text() + tr(" Inspection left out what the model cannot hold (%1), first: %2")
                                               .arg(plural(static_cast<qsizetype>(outcome.notes.size()), "item", "items"),
                                                    QString::fromStdString(outcome.notes.front())));
    }
    updateActions();
    Q_EMIT planned();
}

void PlanPage::showSql(const RenderedSql& sql)
{
    sql_ = sql;
    sqlView_->setSql(sql.text);
    const std::size_t statements = sql.migration ? sql.migration->statements.size() : 0;
    sqlTitle_->setText(statements == 0 ? tr("SQL — %1").arg(dialectTitle(sql.dialect))
                                       : tr("SQL — %1, %2 statements").arg(dialectTitle(sql.dialect)).arg(statements));
}

void PlanPage::showNoPlan(const QString& why)
{
    plan_.reset();
    sql_ = {};
    operations_->clear();
    detail_->clear();
    sqlView_->clearSql();
    diffView_->clear();
    summary_->setText(tr("No plan."));
    operationsTitle_->setText(tr("Operations"));
    status_->setMessage(why, errorIcon());
    updateActions();
}

void PlanPage::showDetail(int operation)
{
    if (!plan_ || plan_->empty()) {
        detail_->clear();
    } else if (operation < 0 || operation >= static_cast<int>(plan_->operations.size())) {
        detail_->setText(tr("Pick an operation to see its statements in the SQL and every reason for its risk."));
    } else {
        detail_->setText(operationDetail(plan_->operations[static_cast<std::size_t>(operation)], operation));
    }
}

void PlanPage::updateActions()
{
    exportButton_->setEnabled(plan_ && !plan_->empty() && sql_.migration && !jobs_->isRunning());
    inspectButton_->setEnabled(workspace_.activeDatabase().isUsable());
}

}  // namespace ss::ui
