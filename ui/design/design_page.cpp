#include "ui/design/design_page.h"

#include "core/design/designer.h"
#include "core/spec/yaml_loader.h"
#include "core/util/atomic_file.h"
#include "ui/design/draft_review.h"
#include "ui/design/draft_runner.h"
#include "ui/design/prompt_panel.h"
#include "ui/design/table_cursor_sync.h"
#include "ui/design/validation_runner.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/plural.h"
#include "ui/widgets/problems_view.h"
#include "ui/widgets/status_line.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ss::ui {


DesignPage::DesignPage(Workspace& workspace, QWidget* parent)
    : Page(parent),
      workspace_(workspace),
      editor_(new CodeEditor(CodeEditor::Language::Yaml, this)),
      problems_(new ProblemsView(this)),
      specList_(new QComboBox(this)),
      problemsTitle_(new QLabel(this)),
      status_(new StatusLine(this)),
      cursor_(new QLabel(this)),
      runner_(new ValidationRunner(this)),
      prompt_(new PromptPanel(this)),
      drafter_(new DraftRunner(this)),
      review_(new DraftReview(this)),
      stack_(new QStackedWidget(this))
{
    auto* header = new QHBoxLayout;
    auto* specLabel = new QLabel(tr("&Spec:"), this);
    specLabel->setBuddy(specList_);
    specList_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    specList_->setMinimumContentsLength(24);
    header->addWidget(specLabel);
    header->addWidget(specList_);
    header->addStretch(1);

    auto* problemsPanel = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problemsPanel);
    problemsLayout->setContentsMargins(0, 4, 0, 0);
    QFont titleFont = problemsTitle_->font();
    titleFont.setBold(true);
    problemsTitle_->setFont(titleFont);
    problemsLayout->addWidget(problemsTitle_);
    problemsLayout->addWidget(problems_);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(editor_);
    splitter->addWidget(problemsPanel);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    status_->addTrailingWidget(cursor_);
    stack_->addWidget(splitter);
    stack_->addWidget(review_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addWidget(prompt_);
    layout->addLayout(header);
    layout->addWidget(stack_, 1);
    layout->addWidget(status_);

    new TableCursorSync(editor_, workspace_, this);

    debounce_.setSingleShot(true);
    debounce_.setInterval(kValidationDelayMs);
    connect(&debounce_, &QTimer::timeout, this, &DesignPage::startValidation);
    connect(editor_, &QsciScintilla::textChanged, this, [this] {
        debounce_.start();
        setBusy(true);
    });
    connect(editor_, &QsciScintilla::modificationChanged, this, &DesignPage::modifiedChanged);
    connect(editor_, &QsciScintilla::cursorPositionChanged, this, [this](int line, int index) {
        cursor_->setText(tr("Ln %1, Col %2").arg(line + 1).arg(index + 1));
    });
    connect(problems_, &ProblemsView::problemActivated, this, [this](int line, int column) {
        editor_->goTo(line, column);
        editor_->setFocus();
    });
    connect(runner_, &ValidationRunner::finished, this, &DesignPage::showOutcome);
    connect(runner_, &ValidationRunner::runningChanged, this, &DesignPage::updateBusy);
    connect(prompt_, &PromptPanel::generateRequested, this, &DesignPage::generateDraft);
    connect(prompt_, &PromptPanel::cancelRequested, drafter_, &DraftRunner::cancel);
    connect(drafter_, &DraftRunner::runningChanged, this, [this](bool running) {
        prompt_->setRunning(running);
        updateBusy();
    });
    connect(drafter_, &DraftRunner::finished, this, &DesignPage::showDraft);
    connect(review_, &DraftReview::accepted, this, &DesignPage::acceptDraft);
    connect(review_, &DraftReview::discarded, this, [this] { leaveReview(tr("Draft discarded; the editor's text is unchanged.")); });
    connect(&workspace_, &Workspace::projectChanged, this, [this] { prompt_->setDesigner(designerDescription()); });
    connect(specList_, &QComboBox::activated, this, [this](int index) {
        const QString path = specList_->itemData(index).toString();
        if (path != workspace_.specPath()) Q_EMIT specChosen(path);
    });
    connect(&workspace_, &Workspace::projectChanged, this, &DesignPage::refreshSpecList);
    connect(&workspace_, &Workspace::specPathChanged, this, &DesignPage::refreshSpecList);

    cursor_->setText(tr("Ln 1, Col 1"));
    problemsTitle_->setText(tr("Problems"));
    prompt_->setDesigner(designerDescription());
    refreshSpecList();
}

DesignPage::~DesignPage() = default;

QIcon DesignPage::icon() const
{
    const QColor ink(0x3b, 0x82, 0xf6);
    return gridIcon(ink, [ink](QPainter& p) {
        p.drawRoundedRect(QRectF(3, 2, 13, 19), 2, 2);
        for (qreal y : {7.0, 11.0, 15.0}) p.drawLine(QPointF(6, y), QPointF(11, y));
        p.setBrush(ink);
        QPolygonF pencil;
        pencil << QPointF(20.5, 8.5) << QPointF(22.5, 10.5) << QPointF(14.5, 18.5) << QPointF(11.5, 19.5)
               << QPointF(12.5, 16.5);
        p.drawPolygon(pencil);
    });
}

bool DesignPage::isBusy() const
{
    return busy_;
}

QString DesignPage::openSpec(const QString& path)
{
    std::string text;
    std::string error;
    if (!readWholeFile(path.toStdString(), text, error, kMaxSpecBytes)) return QString::fromStdString(error);
    debounce_.stop();
    editor_->loadUtf8Text(text);
    workspace_.setSpecPath(QFileInfo(path).absoluteFilePath());
    startValidation();
    return {};
}

void DesignPage::newSpec()
{
    debounce_.stop();
    editor_->loadUtf8Text({});
    workspace_.setSpecPath({});
    startValidation();
}

QString DesignPage::saveSpec(const QString& path)
{
    if (const std::string error = writeFileAtomically(path.toStdString(), editor_->utf8Text()); !error.empty()) {
        return QString::fromStdString(error);
    }
    editor_->setModified(false);
    workspace_.setSpecPath(QFileInfo(path).absoluteFilePath());
    return {};
}

bool DesignPage::isModified() const
{
    return editor_->isModified();
}

QString DesignPage::statusText() const
{
    return status_->text();
}

void DesignPage::startValidation()
{
    debounce_.stop();
    status_->setText(tr("Validating…"));
    runner_->request(editor_->utf8Text());
    setBusy(true);
}

void DesignPage::showOutcome(const ValidationOutcome& outcome)
{
    editor_->setDiagnostics(outcome.diagnostics);
    problems_->setDiagnostics(outcome.diagnostics);
    qsizetype errors = 0;
    qsizetype warnings = 0;
    for (const Diagnostic& d : outcome.diagnostics) {
        errors += d.severity == Severity::Error;
        warnings += d.severity == Severity::Warning;
    }
    if (errors + warnings == 0) {
        status_->setMessage(tr("Valid — %1 tables, %2 views (checked in %3 ms)")
                                .arg(outcome.model->tables.size())
                                .arg(outcome.model->views.size())
                                .arg(outcome.elapsedMs),
                            validIcon());
    } else {
        status_->setMessage(tr("%1, %2").arg(plural(errors, "error", "errors"), plural(warnings, "warning", "warnings")),
                            errors > 0 ? errorIcon() : warningIcon());
    }
    problemsTitle_->setText(outcome.diagnostics.empty() ? tr("Problems")
                                                        : tr("Problems (%1)").arg(outcome.diagnostics.size()));
    workspace_.setModel(outcome.model, outcome.diagnostics);
    updateBusy();
    Q_EMIT validated();
}

void DesignPage::refreshSpecList()
{
    const QSignalBlocker blocker(specList_);
    specList_->clear();
    QStringList paths;
    if (workspace_.hasProject()) {
        for (const std::string& path : workspace_.project().specPaths()) paths << QString::fromStdString(path);
    }
    const QString current = workspace_.specPath();
    if (!current.isEmpty() && !paths.contains(current)) paths.prepend(current);
    for (const QString& path : paths) {
        specList_->addItem(QFileInfo(path).fileName(), path);
        specList_->setItemData(specList_->count() - 1, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    if (current.isEmpty()) {
        specList_->insertItem(0, tr("untitled"), QString());
        specList_->setCurrentIndex(0);
    } else {
        specList_->setCurrentIndex(static_cast<int>(paths.indexOf(current)));
    }
}

QString DesignPage::designerDescription() const
{
    const LlmEndpoint endpoint = resolveLlmEndpoint({}, {}, workspace_.hasProject() ? &workspace_.project() : nullptr);
    if (!endpoint.configured()) return tr("Designer: offline");
    return tr("Designer: %1 at %2 (from %3), offline if it fails")
        .arg(QString::fromStdString(endpoint.model.empty() ? std::string("the model") : endpoint.model),
             QString::fromStdString(endpoint.url), QString::fromStdString(endpoint.origin));
}

bool DesignPage::isReviewingDraft() const
{
    return stack_->currentWidget() == review_;
}

void DesignPage::generateDraft()
{
    const QString prompt = prompt_->prompt().trimmed();
    if (prompt.isEmpty()) {
        status_->setMessage(tr("The prompt is empty: describe the schema, e.g. \"%1\".").arg(PromptPanel::examples().first()),
                            errorIcon());
        return;
    }
    std::optional<SchemaModel> base;
    if (prompt_->editsOpenSpec()) base = *workspace_.model();
    design::DesignOptions options;
    options.endpoint = resolveLlmEndpoint({}, {}, workspace_.hasProject() ? &workspace_.project() : nullptr);
    status_->setText(options.endpoint.configured() ? tr("Asking the model…") : tr("Drafting…"));
    drafter_->request(prompt.toStdString(), std::move(base), options, workspace_.activeDatabase());
}

void DesignPage::showDraft(const design::DesignResult& result)
{
    if (result.cancelled) {
        status_->setMessage(tr("Cancelled: nothing was drafted."), warningIcon());
    } else if (!result.ok) {
        status_->setMessage(QString::fromStdString(result.message), errorIcon());
    } else {
        prompt_->remember(prompt_->prompt().trimmed());
        review_->show(result, editor_->utf8Text());
        stack_->setCurrentWidget(review_);
        status_->setMessage(tr("Draft ready: %1 tables. Accept replaces the editor's text; Discard keeps it.")
                                .arg(result.model.tables.size()),
                            validIcon());
    }
    workspace_.notifyRunLogged();
    Q_EMIT draftFinished();
}

void DesignPage::acceptDraft()
{
    const std::string yaml = review_->draft().yaml;
    leaveReview(tr("Draft accepted; Undo restores the previous text."));
    editor_->replaceAllUndoable(yaml);
    editor_->setFocus();
}

void DesignPage::leaveReview(const QString& message)
{
    stack_->setCurrentIndex(0);
    status_->setMessage(message, validIcon());
}

void DesignPage::updateBusy()
{
    setBusy(debounce_.isActive() || runner_->isRunning() || drafter_->isRunning());
}

void DesignPage::setBusy(bool busy)
{
    if (busy == busy_) return;
    busy_ = busy;
    Q_EMIT busyChanged(busy);
}

}  // namespace ss::ui
