#include "ui/seed/seed_page.h"

#include "core/seed/profile_edit.h"
#include "core/seed/profile_reader.h"
#include "core/seed/profile_writer.h"
#include "core/util/atomic_file.h"
#include "ui/seed/profile_form.h"
#include "ui/seed/progress_panel.h"
#include "ui/seed/result_charts.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/problems_view.h"
#include "ui/widgets/latest_job_runner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <filesystem>

namespace ss::ui {

// A profile text as read and planned against the spec, off the UI thread.
struct ProfileCheck {
    std::vector<Diagnostic> diagnostics;
    std::optional<seed::SeedProfile> profile;    // read without errors
    std::shared_ptr<const seed::SeedPlan> plan;  // planned against the spec without errors
    qint64 elapsedMs = 0;
};

namespace {

ProfileCheck checkProfile(const std::string& text, const SchemaModel& model, double scale)
{
    QElapsedTimer timer;
    timer.start();
    ProfileCheck check;
    seed::ProfileLoadResult loaded = seed::loadSeedProfileYaml(text);
    check.diagnostics = loaded.diagnostics;
    if (loaded.ok()) {
        check.profile = loaded.profile;
        seed::SeedOptions options;
        options.scale = scale;
        seed::PlanResult planned = seed::planSeeding(model, loaded.profile, options);
        check.diagnostics.insert(check.diagnostics.end(), planned.profileDiagnostics.begin(), planned.profileDiagnostics.end());
        // Problems of the spec are located in the spec, not in this text: listed, not marked in the margin.
        for (Diagnostic d : planned.specDiagnostics) {
            d.message = "the spec: " + d.message;
            d.loc = {};
            check.diagnostics.push_back(std::move(d));
        }
        if (planned.ok())
            check.plan = std::make_shared<const seed::SeedPlan>(std::move(planned.plan));
    }
    check.elapsedMs = timer.elapsed();
    return check;
}

std::vector<std::string> profileFiles(const Project& project)
{
    std::vector<std::string> files;
    std::error_code ec;
    const std::filesystem::path dir = std::filesystem::path(project.dir) / "seeding_profiles";
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const auto& path = it->path();
        if (path.extension() == ".yml" || path.extension() == ".yaml")
            files.push_back(path.string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

SeedPage::SeedPage(Workspace& workspace, QWidget* parent)
    : Page(parent),
      workspace_(workspace),
      profileList_(new QComboBox(this)),
      saveButton_(new QPushButton(tr("&Save profile"), this)),
      scale_(new QDoubleSpinBox(this)),
      createSchema_(new QCheckBox(tr("Create &missing tables"), this)),
      replace_(new QCheckBox(tr("&Replace existing rows"), this)),
      seedButton_(new QPushButton(tr("S&eed"), this)),
      cancelButton_(new QPushButton(tr("Cancel"), this)),
      targetLabel_(new QLabel(this)),
      schemaLabel_(new QLabel(this)),
      profileTabs_(new QTabWidget(this)),
      form_(new ProfileForm(this)),
      editor_(new CodeEditor(CodeEditor::Language::Yaml, this)),
      problems_(new ProblemsView(this)),
      status_(new QLabel(this)),
      progress_(new ProgressPanel(this)),
      charts_(new ResultCharts(this)),
      checker_(new LatestJobRunner(QStringLiteral("profile check"), this)),
      runner_(new SeedRunner(this))
{
    auto* profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(profileList_);
    profileList_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    scale_->setRange(0.01, 10000);
    scale_->setDecimals(2);
    scale_->setValue(1);
    scale_->setPrefix(QStringLiteral("× "));
    scale_->setToolTip(tr("Multiplies every fixed row count (calendars keep one row per day)"));
    createSchema_->setChecked(true);
    createSchema_->setToolTip(tr("Tables the database lacks are created before seeding by applying the spec, recorded in the "
                                 "database's migration ledger"));
    replace_->setToolTip(tr("Delete the rows the tables hold before seeding them"));
    seedButton_->setDefault(true);
    seedButton_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    seedButton_->setToolTip(tr("Generate the rows and load them (Ctrl+Enter)"));
    cancelButton_->setEnabled(false);
    auto* scaleLabel = new QLabel(tr("Sc&ale:"), this);
    scaleLabel->setBuddy(scale_);

    auto* header = new QHBoxLayout;
    header->addWidget(profileLabel);
    header->addWidget(profileList_);
    header->addWidget(saveButton_);
    header->addSpacing(16);
    header->addWidget(scaleLabel);
    header->addWidget(scale_);
    header->addWidget(createSchema_);
    header->addWidget(replace_);
    header->addStretch(1);
    header->addWidget(seedButton_);
    header->addWidget(cancelButton_);

    targetLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    schemaLabel_->setWordWrap(true);
    auto* targetRow = new QVBoxLayout;
    targetRow->setSpacing(2);
    targetRow->addWidget(targetLabel_);
    targetRow->addWidget(schemaLabel_);

    auto* yamlPanel = new QWidget(this);
    auto* yamlLayout = new QVBoxLayout(yamlPanel);
    yamlLayout->setContentsMargins(0, 4, 0, 0);
    auto* yamlSplitter = new QSplitter(Qt::Vertical, yamlPanel);
    yamlSplitter->addWidget(editor_);
    yamlSplitter->addWidget(problems_);
    yamlSplitter->setStretchFactor(0, 4);
    yamlSplitter->setStretchFactor(1, 1);
    yamlSplitter->setChildrenCollapsible(false);
    yamlLayout->addWidget(yamlSplitter);
    profileTabs_->addTab(form_, tr("Tables"));
    profileTabs_->addTab(yamlPanel, tr("YAML"));

    auto* results = new QSplitter(Qt::Vertical, this);
    results->addWidget(progress_);
    results->addWidget(charts_);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 4);
    results->setChildrenCollapsible(false);

    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(profileTabs_);
    body->addWidget(results);
    body->setStretchFactor(0, 2);
    body->setStretchFactor(1, 3);
    body->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addLayout(header);
    layout->addLayout(targetRow);
    layout->addWidget(body, 1);
    status_->setWordWrap(true);  // a failed report or profile says why in full
    layout->addWidget(status_);

    debounce_.setSingleShot(true);
    debounce_.setInterval(kValidationDelayMs);
    connect(&debounce_, &QTimer::timeout, this, &SeedPage::startValidation);
    connect(editor_, &QsciScintilla::textChanged, this, &SeedPage::scheduleValidation);
    connect(scale_, &QDoubleSpinBox::valueChanged, this, &SeedPage::scheduleValidation);
    connect(checker_, &LatestJobRunner::runningChanged, this, &SeedPage::updateBusy);
    connect(problems_, &ProblemsView::problemActivated, this, [this](int line, int column) {
        profileTabs_->setCurrentIndex(1);
        editor_->goTo(line, column);
        editor_->setFocus();
    });
    connect(form_, &ProfileForm::rowsEdited, this, [this](const QString& table, qint64 rows) {
        applyEdit([&](seed::SeedProfile& p) { seed::setTableRows(p, table.toStdString(), rows); });
    });
    connect(form_, &ProfileForm::generatorChosen, this, [this](const QString& table, const QString& column, const QString& generator) {
        applyEdit([&](seed::SeedProfile& p) { seed::setColumnGenerator(p, table.toStdString(), column.toStdString(), generator.toStdString()); });
    });
    connect(profileList_, &QComboBox::activated, this, &SeedPage::chooseProfile);
    connect(saveButton_, &QPushButton::clicked, this, [this] {
        QString path = profilePath_;
        if (path.isEmpty()) {
            const QString dir = QDir(QString::fromStdString(workspace_.project().dir)).filePath(QStringLiteral("seeding_profiles"));
            path = QFileDialog::getSaveFileName(this, tr("Save seeding profile"), QDir(dir).filePath(QStringLiteral("profile.yml")),
                                                tr("Seeding profiles (*.yml *.yaml)"));
            if (path.isEmpty())
                return;
        }
        const QString error = saveProfile(path);
        status_->setText(error.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error);
    });
    connect(seedButton_, &QPushButton::clicked, this, &SeedPage::startSeeding);
    connect(cancelButton_, &QPushButton::clicked, this, &SeedPage::cancelSeeding);
    connect(runner_, &SeedRunner::progress, progress_, &ProgressPanel::update);
    connect(runner_, &SeedRunner::finished, this, &SeedPage::showOutcome);
    connect(runner_, &SeedRunner::runningChanged, this, [this] {
        updateButtons();
        updateBusy();
    });
    connect(&workspace_, &Workspace::projectChanged, this, &SeedPage::refreshProject);
    connect(&workspace_, &Workspace::activeDatabaseChanged, this, [this] {
        refreshDatabase();
        insightsLoaded_ = false;
        probe(true);
        updateButtons();
    });
    // An apply may have created the tables the page would otherwise create.
    connect(&workspace_, &Workspace::liveSchemaChanged, this, [this] { probe(false); });
    connect(&workspace_, &Workspace::modelChanged, this, &SeedPage::scheduleValidation);
    refreshProject();
    refreshDatabase();
}

SeedPage::~SeedPage() = default;

QIcon SeedPage::icon() const
{
    return paintedIcon([](QPainter& p, const QRectF& box, QIcon::Mode) {
        const qreal s = std::min(box.width(), box.height());
        p.translate(box.center() - QPointF(s / 2, s / 2));
        p.scale(s / 24.0, s / 24.0);
        const QColor ink(0x16, 0xa3, 0x4a);
        p.setPen(QPen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        // A database cylinder with rows flowing into it.
        p.drawEllipse(QRectF(5, 3, 14, 5));
        p.drawLine(QPointF(5, 5.5), QPointF(5, 18.5));
        p.drawLine(QPointF(19, 5.5), QPointF(19, 18.5));
        p.drawArc(QRectF(5, 16, 14, 5), 180 * 16, 180 * 16);
        p.drawArc(QRectF(5, 10, 14, 5), 180 * 16, 180 * 16);
        p.setBrush(ink);
        for (qreal x : {8.0, 12.0, 16.0})
            p.drawEllipse(QPointF(x, 13.0 + (x == 12.0 ? 2.5 : 1.5)), 0.9, 0.9);
    });
}

bool SeedPage::isBusy() const
{
    return busy_;
}

QString SeedPage::statusText() const
{
    return status_->text();
}

QString SeedPage::schemaText() const
{
    return schemaLabel_->text();
}

const ActiveDatabase& SeedPage::database() const
{
    return workspace_.activeDatabase();
}

void SeedPage::refreshDatabase()
{
    const ActiveDatabase& target = database();
    if (!target.isUsable()) {
        targetLabel_->setText(tr("Database: none — %1").arg(target.isSet() ? target.error : tr("choose one with Database › Connect…")));
    } else {
        targetLabel_->setText(tr("Database: %1").arg(target.label()));
        targetLabel_->setToolTip(target.note);
        if (!target.note.isEmpty())
            targetLabel_->setText(targetLabel_->text() + QStringLiteral("  (") + target.note + QStringLiteral(")"));
    }
}

void SeedPage::refreshProject()
{
    const QSignalBlocker blocker(profileList_);
    profileList_->clear();
    profileList_->addItem(tr("inferred from the spec"), QString());
    for (const std::string& file : profileFiles(workspace_.project())) {
        const QString path = QString::fromStdString(file);
        profileList_->addItem(QFileInfo(path).fileName(), path);
        profileList_->setItemData(profileList_->count() - 1, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    const int first = profileList_->count() > 1 ? 1 : 0;
    profileList_->setCurrentIndex(first);
    chooseProfile(first);
}

void SeedPage::chooseProfile(int index)
{
    profilePath_ = profileList_->itemData(index).toString();
    std::string text;
    if (!profilePath_.isEmpty()) {
        std::string error;
        if (!readWholeFile(profilePath_.toStdString(), text, error, seed::kMaxProfileBytes)) {
            status_->setText(QString::fromStdString(error));
            return;
        }
    }
    // The inferred profile is shown written out in full once planned, so there is something to edit.
    fillInferred_ = profilePath_.isEmpty();
    if (fillInferred_)
        text = "version: 1\n";
    const QSignalBlocker blocker(editor_);
    editor_->loadUtf8Text(text);
    startValidation();
}

void SeedPage::scheduleValidation()
{
    debounce_.start();
    updateBusy();
}

void SeedPage::startValidation()
{
    debounce_.stop();
    status_->setText(tr("Checking the profile…"));
    checker_->request([text = editor_->utf8Text(), model = workspace_.model(), scale = scale_->value()] {
        return std::make_shared<const ProfileCheck>(checkProfile(text, *model, scale));
    }, [this](std::shared_ptr<const ProfileCheck> check) { showCheck(*check); });
    updateBusy();
}

void SeedPage::showCheck(const ProfileCheck& check)
{
    if (fillInferred_ && check.plan && !check.plan->tables.empty()) {
        fillInferred_ = false;
        editor_->loadUtf8Text(seed::saveSeedProfile(check.plan->effectiveProfile));
        return;  // the new text is checked next
    }
    editor_->setDiagnostics(check.diagnostics);
    problems_->setDiagnostics(check.diagnostics);
    profile_ = check.profile;
    plan_ = check.plan;
    form_->setPlan(plan_);
    if (plan_) {
        progress_->setPlan(*plan_);
        status_->setText(tr("Profile valid: %1 tables, %2 rows, seed %3 (checked in %4 ms)")
                             .arg(plan_->tables.size())
                             .arg(QLocale().toString(static_cast<qlonglong>(plan_->totalRows())))
                             .arg(plan_->seed)
                             .arg(check.elapsedMs));
        probe(!insightsLoaded_);
    } else {
        status_->setText(tr("The profile has %1 problem(s): see the YAML tab").arg(check.diagnostics.size()));
    }
    updateButtons();
    updateBusy();
}

void SeedPage::applyEdit(const std::function<void(seed::SeedProfile&)>& edit)
{
    if (!profile_)
        return;
    seed::SeedProfile edited = *profile_;
    edit(edited);
    // One undo step in the editor: the form's edit can be taken back with Ctrl+Z like typing.
    editor_->beginUndoAction();
    editor_->selectAll();
    editor_->replaceSelectedText(QString::fromStdString(seed::saveSeedProfile(edited)));
    editor_->endUndoAction();
    startValidation();
}

QString SeedPage::saveProfile(const QString& path)
{
    const QString file = path.isEmpty() ? profilePath_ : path;
    if (file.isEmpty())
        return tr("no file to save the profile to");
    if (const std::string error = writeFileAtomically(file.toStdString(), editor_->utf8Text()); !error.empty())
        return QString::fromStdString(error);
    editor_->setModified(false);
    if (profilePath_ != file) {
        profilePath_ = file;
        const QSignalBlocker blocker(profileList_);
        int index = profileList_->findData(file);
        if (index < 0) {
            profileList_->addItem(QFileInfo(file).fileName(), file);
            index = profileList_->count() - 1;
        }
        profileList_->setCurrentIndex(index);
    }
    return {};
}

void SeedPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (!shownOnce_) {
        shownOnce_ = true;
        probe(!insightsLoaded_);
    }
}

void SeedPage::probe(bool withInsights)
{
    if (!plan_ || plan_->tables.empty() || !database().isUsable() || runner_->isRunning() || !shownOnce_)
        return;
    SeedJob job;
    job.kind = SeedJob::Kind::Probe;
    job.database = database();
    job.plan = plan_;
    job.withInsights = withInsights;
    runner_->start(std::move(job));
}

bool SeedPage::startSeeding()
{
    if (!plan_ || !database().isUsable() || runner_->isRunning() || debounce_.isActive() || checker_->isRunning())
        return false;
    SeedJob job;
    job.kind = SeedJob::Kind::Seed;
    job.database = database();
    job.createSchema = createSchema_->isChecked();
    job.model = workspace_.model();
    job.specPath = workspace_.specPath().toStdString();
    job.plan = plan_;
    job.replace = replace_->isChecked();
    progress_->setPlan(*plan_);
    progress_->started();
    status_->setText(tr("Seeding %1…").arg(database().displayUrl()));
    return runner_->start(std::move(job));
}

void SeedPage::cancelSeeding()
{
    if (!runner_->isRunning())
        return;
    runner_->cancel();
    status_->setText(tr("Cancelling: the table in progress is rolled back…"));
}

void SeedPage::showPresence(const SeedJobOutcome& outcome)
{
    const seed::SchemaPresence& presence = outcome.presence;
    const int total = plan_ ? static_cast<int>(plan_->tables.size()) : 0;
    QString text;
    if (!outcome.databaseExists && outcome.kind == SeedJob::Kind::Probe)
        text = tr("The database file does not exist yet: seeding creates it and its %1 tables from the spec.").arg(total);
    else if (!presence.inOtherSchemas.empty())
        text = QString::fromStdString(presence.missingMessage());
    else if (!presence.missingTables.empty() || !presence.missingColumns.empty())
        text = createSchema_->isChecked()
                   ? tr("The database lacks %1 of the %2 tables (or some columns): seeding first applies the spec to it, "
                        "recorded in its migration ledger.")
                         .arg(presence.missingTables.size())
                         .arg(total)
                   : QString::fromStdString(presence.missingMessage());
    else if (!presence.tablesWithRows.empty())
        text = tr("%1 of the %2 tables hold rows: tick Replace existing rows to seed them again.").arg(presence.tablesWithRows.size()).arg(total);
    else
        text = tr("The schema is in place and its tables are empty: ready to seed.");
    schemaLabel_->setText(text);
}

void SeedPage::showOutcome(const SeedJobOutcome& outcome)
{
    if (outcome.kind == SeedJob::Kind::Probe) {
        insightsLoaded_ = insightsLoaded_ || (outcome.error.empty() && outcome.withInsights);
        if (!outcome.error.empty())
            schemaLabel_->setText(tr("Cannot read the database: %1").arg(QString::fromStdString(outcome.error)));
        else
            showPresence(outcome);
        if (!outcome.tables.empty())
            charts_->setInsights(outcome.tables, SeedJob{}.percentiles);
        updateButtons();
        return;
    }
    if (!outcome.error.empty() && outcome.run.runId.empty()) {
        progress_->finished(outcome.run);
        status_->setText(QString::fromStdString(outcome.error));
    } else {
        progress_->finished(outcome.run);
        QString text = outcome.run.ok() ? tr("Seeded %1 rows into %2 in %3 s")
                                              .arg(QLocale().toString(static_cast<qlonglong>(outcome.run.rows)), database().displayUrl())
                                              .arg(outcome.run.seconds, 0, 'f', 2)
                                        : QString::fromStdString(outcome.run.detail);
        if (outcome.schemaStatements > 0)
            text = tr("Created the schema (%1 statements). ").arg(outcome.schemaStatements) + text;
        if (!outcome.error.empty())
            text += tr(" — the report failed: %1").arg(QString::fromStdString(outcome.error));
        status_->setText(text);
        charts_->setInsights(outcome.tables, SeedJob{}.percentiles);
    }
    workspace_.notifyRunLogged();
    Q_EMIT seedingFinished();
    probe(false);
}

void SeedPage::updateButtons()
{
    const bool running = runner_->isRunning();
    seedButton_->setEnabled(!running && plan_ && database().isUsable());
    cancelButton_->setEnabled(running);
    profileList_->setEnabled(!running);
    scale_->setEnabled(!running);
    form_->setEnabled(!running);
}

void SeedPage::updateBusy()
{
    const bool busy = debounce_.isActive() || checker_->isRunning() || runner_->isRunning();
    if (busy == busy_)
        return;
    busy_ = busy;
    Q_EMIT busyChanged(busy);
}

}  // namespace ss::ui
