#include "ui/proposals/proposals_page.h"

#include "core/evolve/review.h"
#include "core/evolve/sample_entities.h"
#include "core/evolve/stored_analysis.h"
#include "core/db/apply/process_identity.h"
#include "ui/apply/script_operation_list.h"
#include "ui/proposals/proposal_evidence.h"
#include "ui/proposals/proposal_list.h"
#include "ui/proposals/review_history.h"
#include "ui/shell/active_database.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"
#include "ui/widgets/page_sections.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/status_line.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr const char* kReviewerKey = "proposals/reviewer";

struct Stored {
    std::vector<evolve::Proposal> proposals;
    std::vector<evolve::HistoryEntry> history;
    std::vector<evolve::DynamicTable> tables;
    std::string error;
};

Stored readStore(const ActiveDatabase& database)
{
    Stored out;
    if (!database.isUsable()) {
        out.error = database.isSet() ? database.error.toStdString() : "no database is chosen";
        return out;
    }
    if (database.isMissingDatabaseFile())
        return out;
    DatabaseConnection connection;
    if (std::string e = openActiveDatabase(connection, database, Access::Read); !e.empty()) {
        out.error = e;
        return out;
    }
    evolve::EvolutionStore store(connection);
    out.error = store.proposals(out.proposals);
    if (out.error.empty())
        out.error = store.history(out.history);
    if (out.error.empty())
        out.error = store.dynamicTables(out.tables);
    return out;
}

std::vector<ScriptOperation> operationsOf(const QJsonObject& impact)
{
    std::vector<ScriptOperation> out;
    for (const QJsonValue& v : impact.value("operations").toArray()) {
        const QJsonObject o = v.toObject();
        ScriptOperation op;
        op.step = o.value("step").toInt();
        op.description = o.value("description").toString().toStdString();
        parseRiskLevel(o.value("risk").toString().toStdString(), op.risk);
        for (const QJsonValue& r : o.value("reasons").toArray()) {
            RiskFinding finding;
            finding.code = r.toObject().value("code").toString().toStdString();
            finding.message = r.toObject().value("message").toString().toStdString();
            parseRiskLevel(r.toObject().value("level").toString().toStdString(), finding.level);
            op.reasons.push_back(finding);
        }
        out.push_back(op);
    }
    return out;
}

}  // namespace

struct ProposalsPage::WorkResult {
    bool ok = true;
    QString message;
    QString select;  // the proposal to show afterwards
};

ProposalsPage::ProposalsPage(Workspace& workspace, QWidget* parent)
    : Page(parent),
      workspace_(workspace),
      analyze_(new QPushButton(tr("&Analyze"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      sample_(new QPushButton(tr("Add sample entities"), this)),
      files_(new QPushButton(tr("JSON files…"), this)),
      filesLabel_(new QLabel(this)),
      entitiesTable_(new QLineEdit(QString::fromStdString(evolve::EntitiesTable{}.table), this)),
      filter_(new QComboBox(this)),
      list_(new ProposalList(this)),
      title_(new QLabel(this)),
      rationale_(new QLabel(this)),
      tabs_(new QTabWidget(this)),
      evidence_(new ProposalEvidence(this)),
      sql_(new CodeEditor(CodeEditor::Language::Sql, this)),
      impact_(new ScriptOperationList(this)),
      reviewer_(new QLineEdit(this)),
      notes_(new QLineEdit(this)),
      approve_(new QPushButton(tr("A&pprove"), this)),
      reject_(new QPushButton(tr("&Reject"), this)),
      rollback_(new QPushButton(tr("Roll &back"), this)),
      history_(new ReviewHistory(this)),
      status_(new StatusLine(this)),
      loader_(QStringLiteral("proposals-load"), this),
      worker_(QStringLiteral("proposals-work"), this)
{
    analyze_->setToolTip(tr("Read the entities and propose tables, columns, relationships and indexes"));
    sample_->setToolTip(tr("Add the demo's knowledge_entities table (people, companies, meetings and tasks from call transcripts)"));
    entitiesTable_->setToolTip(tr("The table of the database that holds one entity per row (type, JSON attributes)"));
    entitiesTable_->setMaximumWidth(entitiesTable_->fontMetrics().averageCharWidth() * 24);
    cancel_->setEnabled(false);
    filter_->addItem(tr("All"), QString());
    for (const auto& [label, status] : {std::pair{tr("Pending"), "pending"}, std::pair{tr("Implemented"), "implemented"},
                                        std::pair{tr("Rejected"), "rejected"}, std::pair{tr("Rolled back"), "rolled_back"},
                                        std::pair{tr("Failed"), "failed"}})
        filter_->addItem(label, QString::fromLatin1(status));
    auto* top = new QHBoxLayout;
    top->addWidget(analyze_);
    top->addWidget(cancel_);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Entities table:"), this));
    top->addWidget(entitiesTable_);
    top->addWidget(files_);
    top->addWidget(filesLabel_, 1);
    top->addWidget(sample_);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(filter_);

    QFont bold = title_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title_->setFont(bold);
    title_->setObjectName(QStringLiteral("proposalTitle"));
    rationale_->setWordWrap(true);
    rationale_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rationale_->setObjectName(QStringLiteral("rationale"));
    sql_->setReadOnly(true);
    sql_->setObjectName(QStringLiteral("sqlPreview"));
    tabs_->addTab(evidence_, tr("Evidence"));
    tabs_->addTab(sql_, tr("SQL preview"));
    tabs_->addTab(impact_, tr("Impact"));
    reviewer_->setPlaceholderText(tr("Reviewer"));
    reviewer_->setText(QSettings().value(QLatin1String(kReviewerKey), QString::fromStdString(currentProcess().user)).toString());
    reviewer_->setMaximumWidth(reviewer_->fontMetrics().averageCharWidth() * 22);
    notes_->setPlaceholderText(tr("Notes for the history (why approve or reject)"));
    auto* reviewRow = new QHBoxLayout;
    reviewRow->addWidget(reviewer_);
    reviewRow->addWidget(notes_, 1);
    reviewRow->addWidget(approve_);
    reviewRow->addWidget(reject_);
    reviewRow->addWidget(rollback_);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(title_);
    detailLayout->addWidget(rationale_);
    detailLayout->addWidget(tabs_, 1);
    detailLayout->addLayout(reviewRow);

    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(list_);
    upper->addWidget(detail);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 3);
    upper->setSizes({520, 780});
    upper->setChildrenCollapsible(false);
    auto* body = new QSplitter(Qt::Vertical, this);
    body->addWidget(upper);
    body->addWidget(history_);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 1);
    body->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addLayout(top);
    layout->addWidget(body, 1);
    layout->addWidget(status_);

    connect(analyze_, &QPushButton::clicked, this, &ProposalsPage::analyze);
    connect(cancel_, &QPushButton::clicked, this, &ProposalsPage::cancel);
    connect(sample_, &QPushButton::clicked, this, &ProposalsPage::addSampleEntities);
    connect(files_, &QPushButton::clicked, this, &ProposalsPage::chooseFiles);
    connect(approve_, &QPushButton::clicked, this, &ProposalsPage::approveSelected);
    connect(reject_, &QPushButton::clicked, this, &ProposalsPage::rejectSelected);
    connect(rollback_, &QPushButton::clicked, this, &ProposalsPage::rollbackSelected);
    connect(reviewer_, &QLineEdit::editingFinished, this, [this] { QSettings().setValue(QLatin1String(kReviewerKey), reviewer_->text()); });
    connect(filter_, &QComboBox::currentIndexChanged, this, [this] { list_->setProposals(proposals_, filter_->currentData().toString()); });
    connect(list_, &QTreeWidget::currentItemChanged, this, &ProposalsPage::showSelected);
    connect(&loader_, &LatestJobRunner::runningChanged, this, [this] { Q_EMIT busyChanged(isBusy()); });
    connect(&worker_, &LatestJobRunner::runningChanged, this, [this](bool running) {
        analyze_->setEnabled(!running);
        sample_->setEnabled(!running);
        cancel_->setEnabled(running);
        updateButtons();
        Q_EMIT busyChanged(isBusy());
    });
    connect(&workspace_, &Workspace::activeDatabaseChanged, this, &ProposalsPage::reload);
    updateButtons();
    status_->setText(tr("Analyze reads the entities of the active database and proposes how its schema could grow."));
}

QIcon ProposalsPage::icon() const
{
    const QColor ink(0x6a, 0x4c, 0x93);
    return gridIcon(ink, [](QPainter& p) {
        p.drawRect(QRectF(4, 5, 9, 7));
        p.drawRect(QRectF(13, 14, 9, 7));
        p.drawLine(QPointF(8.5, 12), QPointF(8.5, 17.5));
        p.drawLine(QPointF(8.5, 17.5), QPointF(13, 17.5));
        p.drawLine(QPointF(17.5, 4), QPointF(17.5, 10));
        p.drawLine(QPointF(14.5, 7), QPointF(20.5, 7));
    });
}

QString ProposalsPage::statusText() const
{
    return status_->text();
}

void ProposalsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (loadedFor_ != workspace_.activeDatabase().url)
        reload();
}

void ProposalsPage::reload()
{
    const ActiveDatabase database = workspace_.activeDatabase();
    loadedFor_ = database.url;
    loader_.request([database] { return readStore(database); },
                    [this](Stored stored) {
                        if (!stored.error.empty()) {
                            status_->setMessage(QString::fromStdString(stored.error), style()->standardIcon(QStyle::SP_MessageBoxWarning));
                        } else if (stored.proposals.empty() && !worker_.isRunning()) {
                            status_->setText(tr("No proposals yet: Analyze reads the entities (or add the sample entities first)."));
                        }
                        proposals_ = std::move(stored.proposals);
                        list_->setProposals(proposals_, filter_->currentData().toString());
                        history_->setHistory(stored.history, stored.tables);
                        showSelected();
                        Q_EMIT loaded();
                    });
}

void ProposalsPage::run(const QString& what, std::function<WorkResult(const std::atomic<bool>& cancel)> work)
{
    cancelFlag_ = std::make_shared<std::atomic<bool>>(false);
    status_->setMessage(what, style()->standardIcon(QStyle::SP_BrowserReload));
    worker_.request([work = std::move(work), flag = cancelFlag_] { return work(*flag); },
                    [this](WorkResult result) {
                        status_->setMessage(result.message, style()->standardIcon(result.ok ? QStyle::SP_DialogApplyButton
                                                                                            : QStyle::SP_MessageBoxWarning));
                        workspace_.notifyRunLogged();
                        workspace_.notifyLiveSchemaChanged();
                        const QString select = result.select;
                        const bool ok = result.ok;
                        connect(this, &ProposalsPage::loaded, this, [this, select, ok] {
                            if (!select.isEmpty())
                                list_->select(select);
                            Q_EMIT workFinished(ok);
                        }, Qt::SingleShotConnection);
                        reload();
                    });
}

void ProposalsPage::analyze()
{
    const ActiveDatabase database = workspace_.activeDatabase();
    const std::string current = workspace_.hasProject() ? workspace_.project().currentSpecPath() : std::string();
    evolve::EntitySources sources;
    for (const QString& f : jsonFiles_)
        sources.files.push_back(evolve::parseEntityFile(f.toStdString()));
    if (!entitiesTable_->text().trimmed().isEmpty()) {
        evolve::EntitiesTable table;
        table.table = entitiesTable_->text().trimmed().toStdString();
        sources.table = table;
    }
    if (sources.empty()) {
        status_->setMessage(tr("Name an entities table or choose JSON files to analyze."), style()->standardIcon(QStyle::SP_MessageBoxWarning));
        return;
    }
    const std::string who = reviewer_->text().trimmed().toStdString();
    run(tr("Analyzing the entities…"), [database, current, sources, who](const std::atomic<bool>& cancel) {
        WorkResult out;
        DatabaseConnection connection;
        if (std::string e = openActiveDatabase(connection, database, Access::Write); !e.empty())
            return WorkResult{false, QString::fromStdString(e), {}};
        evolve::AnalysisHooks hooks;
        hooks.cancel = &cancel;
        const evolve::StoredAnalysis stored = evolve::analyzeAndStore(connection, sources, current, {}, who, hooks);
        if (stored.result.cancelled)
            return WorkResult{false, QObject::tr("Analysis cancelled: nothing was stored."), {}};
        if (!stored.ok())
            return WorkResult{false, QString::fromStdString(stored.error.empty() ? stored.result.error : stored.error), {}};
        out.message = QObject::tr("%1 entities of %2 type(s): %3 pattern(s), %4 proposal(s) (%5 new).")
                          .arg(stored.result.entities)
                          .arg(stored.result.types.size())
                          .arg(stored.result.patterns.size())
                          .arg(stored.result.proposals.size())
                          .arg(stored.added);
        if (!stored.result.proposals.empty())
            out.select = QString::fromStdString(stored.result.proposals.front().id);
        return out;
    });
}

void ProposalsPage::addSampleEntities()
{
    const ActiveDatabase database = workspace_.activeDatabase();
    const std::string current = workspace_.hasProject() ? workspace_.project().currentSpecPath() : std::string();
    run(tr("Adding the sample entities…"), [database, current](const std::atomic<bool>&) {
        DatabaseConnection connection;
        if (std::string e = openActiveDatabase(connection, database, Access::Write); !e.empty())
            return WorkResult{false, QString::fromStdString(e), {}};
        long long rows = 0;
        if (std::string e = evolve::installSampleEntities(connection, current, rows); !e.empty())
            return WorkResult{false, QString::fromStdString(e), {}};
        return WorkResult{true,
                          rows ? QObject::tr("%1 sample entities in knowledge_entities: Analyze proposes from them.").arg(rows)
                               : QObject::tr("The database has knowledge_entities already."),
                          {}};
    });
}

void ProposalsPage::approveSelected() { review(QStringLiteral("approve")); }
void ProposalsPage::rejectSelected() { review(QStringLiteral("reject")); }
void ProposalsPage::rollbackSelected() { review(QStringLiteral("rollback")); }

void ProposalsPage::review(const QString& action)
{
    const QString id = list_->currentId();
    if (id.isEmpty())
        return;
    QSettings().setValue(QLatin1String(kReviewerKey), reviewer_->text());
    evolve::ReviewRequest request;
    request.proposalId = id.toStdString();
    request.reviewer = reviewer_->text().trimmed().toStdString();
    request.notes = notes_->text().trimmed().toStdString();
    request.currentSpecPath = workspace_.hasProject() ? workspace_.project().currentSpecPath() : std::string();
    const ActiveDatabase database = workspace_.activeDatabase();
    const QString doing = action == QLatin1String("approve") ? tr("Approving %1…") : action == QLatin1String("reject") ? tr("Rejecting %1…") : tr("Rolling back %1…");
    run(doing.arg(id), [database, request, action](const std::atomic<bool>& cancel) mutable {
        DatabaseConnection connection;
        if (std::string e = openActiveDatabase(connection, database, Access::Write); !e.empty())
            return WorkResult{false, QString::fromStdString(e), {}};
        request.cancel = &cancel;
        const evolve::ReviewOutcome outcome = action == QLatin1String("approve")  ? evolve::approveProposal(connection, request)
                                              : action == QLatin1String("reject") ? evolve::rejectProposal(connection, request)
                                                                                  : evolve::rollbackProposal(connection, request);
        const QString id = QString::fromStdString(request.proposalId);
        if (!outcome.ok())
            return WorkResult{false, QString::fromStdString(outcome.error), id};
        QString message = action == QLatin1String("approve")  ? QObject::tr("Approved: %1").arg(QString::fromStdString(outcome.proposal.title))
                          : action == QLatin1String("reject") ? QObject::tr("Rejected: %1").arg(QString::fromStdString(outcome.proposal.title))
                                                              : QObject::tr("Rolled back: %1").arg(QString::fromStdString(outcome.proposal.title));
        if (action == QLatin1String("approve") && outcome.proposal.backfill.kind != evolve::BackfillRecipe::Kind::None)
            message += QObject::tr(" — %n row(s) filled into %1", nullptr, static_cast<int>(outcome.rows))
                           .arg(QString::fromStdString(outcome.proposal.backfill.table));
        if (!outcome.backup.empty())
            message += QObject::tr(" (backup: %1)").arg(QString::fromStdString(outcome.backup));
        return WorkResult{true, message, id};
    });
}

void ProposalsPage::cancel()
{
    if (cancelFlag_)
        cancelFlag_->store(true);
}

void ProposalsPage::setJsonFiles(const QStringList& files)
{
    jsonFiles_ = files;
    QStringList names;
    for (const QString& f : files)
        names << QFileInfo(f).fileName();
    filesLabel_->setText(names.join(QStringLiteral(", ")));
}

void ProposalsPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("JSON collections to analyze"), QString(),
                                                            tr("JSON and NDJSON (*.json *.ndjson *.jsonl);;All files (*)"));
    if (!files.isEmpty())
        setJsonFiles(files);
}

void ProposalsPage::showSelected()
{
    const QString id = list_->currentId();
    const evolve::Proposal* selected = nullptr;
    for (const evolve::Proposal& p : proposals_)
        if (QString::fromStdString(p.id) == id)
            selected = &p;
    if (!selected) {
        title_->setText(proposals_.empty() ? tr("No proposals") : tr("Choose a proposal"));
        rationale_->clear();
        evidence_->clear();
        sql_->setText(QString());
        impact_->setOperations({});
        updateButtons();
        return;
    }
    title_->setText(QString::fromStdString(selected->title));
    QString rationale = QString::fromStdString(selected->rationale);
    if (!selected->dependsOn.empty()) {
        QStringList after;
        for (const std::string& d : selected->dependsOn)
            after << QString::fromStdString(d);
        rationale += QLatin1Char(' ') + tr("Builds on: %1.").arg(after.join(QStringLiteral(", ")));
    }
    if (!selected->reviewedBy.empty())
        rationale += QLatin1Char(' ') + tr("Reviewed by %1%2.").arg(QString::fromStdString(selected->reviewedBy),
                                                                   selected->reviewNotes.empty() ? QString() : QStringLiteral(": ") + QString::fromStdString(selected->reviewNotes));
    rationale_->setText(rationale);
    evidence_->show(*selected);
    sql_->setText(QString::fromStdString(selected->sqlPreview));
    impact_->setOperations(operationsOf(selected->impact));
    updateButtons();
}

void ProposalsPage::updateButtons()
{
    const QString id = list_->currentId();
    std::optional<evolve::ProposalStatus> status;
    for (const evolve::Proposal& p : proposals_)
        if (QString::fromStdString(p.id) == id)
            status = p.status;
    const bool idle = !worker_.isRunning();
    using S = evolve::ProposalStatus;
    approve_->setEnabled(idle && status && (*status == S::Pending || *status == S::Failed || *status == S::RolledBack));
    reject_->setEnabled(idle && status && (*status == S::Pending || *status == S::Failed));
    rollback_->setEnabled(idle && status && *status == S::Implemented);
}

}  // namespace ss::ui
