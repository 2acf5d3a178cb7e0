#include "ui/export/export_page.h"

#include "core/db/apply/target_script.h"
#include "core/diagram/er_graph.h"
#include "core/export/export_bundle.h"
#include "core/plan/plan.h"
#include "core/spec/yaml_writer.h"
#include "core/sql/lower_types.h"
#include "core/sql/migration_file.h"
#include "ui/diagram/diagram_export.h"
#include "ui/shell/active_database.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/status_line.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr Dialect kDialects[] = {Dialect::Sqlite, Dialect::PostgreSql, Dialect::MySql, Dialect::DuckDb};
constexpr ModelLanguage kLanguages[] = {ModelLanguage::Pydantic, ModelLanguage::JsonSchema, ModelLanguage::TypeScript};

QString modelTitle(ModelLanguage language)
{
    switch (language) {
    case ModelLanguage::Pydantic: return QObject::tr("Pydantic (Python)");
    case ModelLanguage::JsonSchema: return QObject::tr("JSON Schema");
    case ModelLanguage::TypeScript: return QObject::tr("TypeScript");
    }
    return {};
}

QString sizeText(qint64 bytes)
{
    return bytes < 10 * 1024 ? QObject::tr("%1 B").arg(bytes) : QObject::tr("%1 KiB").arg((bytes + 512) / 1024);
}

}  // namespace

ExportPage::ExportPage(Workspace& workspace, QWidget* parent)
    : Page(parent),
      workspace_(workspace),
      folder_(new QLineEdit(this)),
      browse_(new QPushButton(tr("&Browse…"), this)),
      export_(new QPushButton(tr("E&xport"), this)),
      source_(new QLabel(this)),
      list_(new QListWidget(this)),
      status_(new StatusLine(this))
{
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(folder_);
    folder_->setPlaceholderText(tr("the folder the files go into (created when missing)"));
    auto* header = new QHBoxLayout;
    header->addWidget(folderLabel);
    header->addWidget(folder_, 1);
    header->addWidget(browse_);
    header->addWidget(export_);
    source_->setWordWrap(true);

    auto* spec = new QGroupBox(tr("Spec"), this);
    auto* specLayout = new QVBoxLayout(spec);
    specLayout->addWidget(addArtifact(QStringLiteral("spec"), tr("Spec as canonical YAML"), true));
    specLayout->addWidget(addArtifact(QStringLiteral("migration"), tr("Migration from the active database, with its impact report"), true));
    specLayout->addStretch(1);

    auto* ddl = new QGroupBox(tr("Complete DDL"), this);
    auto* ddlLayout = new QVBoxLayout(ddl);
    for (const Dialect dialect : kDialects)
        ddlLayout->addWidget(addArtifact(QStringLiteral("ddl-") + QString::fromLatin1(toString(dialect)),
                                         QString::fromLatin1(productName(dialect)), true));
    ddlLayout->addStretch(1);

    auto* docs = new QGroupBox(tr("Documentation"), this);
    auto* docsLayout = new QVBoxLayout(docs);
    docsLayout->addWidget(addArtifact(QStringLiteral("docs"), tr("Data dictionary (Markdown, Mermaid ER)"), true));
    docsLayout->addWidget(addArtifact(QStringLiteral("diagram-svg"), tr("ER diagram as SVG"), true));
    docsLayout->addWidget(addArtifact(QStringLiteral("diagram-png"), tr("ER diagram as PNG"), true));
    docsLayout->addStretch(1);

    auto* models = new QGroupBox(tr("Typed models"), this);
    auto* modelsLayout = new QVBoxLayout(models);
    for (const ModelLanguage language : kLanguages)
        modelsLayout->addWidget(addArtifact(QStringLiteral("models-") + QString::fromLatin1(toString(language)),
                                            modelTitle(language), true));
    modelsLayout->addStretch(1);

    auto* choices = new QGridLayout;
    choices->addWidget(spec, 0, 0);
    choices->addWidget(ddl, 0, 1);
    choices->addWidget(docs, 1, 0);
    choices->addWidget(models, 1, 1);

    auto* writtenLabel = new QLabel(tr("Written"), this);
    QFont bold = writtenLabel->font();
    bold.setBold(true);
    writtenLabel->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addLayout(header);
    layout->addWidget(source_);
    layout->addLayout(choices);
    layout->addWidget(writtenLabel);
    layout->addWidget(list_, 1);
    layout->addWidget(status_);
    status_->setMessage(tr("Tick what to write and press Export: every file is written whole or not at all."), infoIcon());

    connect(browse_, &QPushButton::clicked, this, &ExportPage::chooseFolder);
    connect(export_, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(&workspace_, &Workspace::projectChanged, this, [this] { folder_->clear(); refreshSources(); });
    connect(&workspace_, &Workspace::specPathChanged, this, &ExportPage::refreshSources);
    connect(&workspace_, &Workspace::activeDatabaseChanged, this, &ExportPage::refreshSources);
    refreshSources();
}

QIcon ExportPage::icon() const
{
    const QColor ink(0x0f, 0x76, 0x6e);
    return gridIcon(ink, [](QPainter& p) {
        p.drawRect(QRectF(3, 9, 13, 12));
        p.drawLine(QPointF(10, 14), QPointF(21, 3));
        p.drawLine(QPointF(14, 3), QPointF(21, 3));
        p.drawLine(QPointF(21, 3), QPointF(21, 10));
    });
}

QCheckBox* ExportPage::addArtifact(const QString& name, const QString& text, bool checked)
{
    auto* box = new QCheckBox(text, this);
    box->setObjectName(name);
    box->setChecked(checked);
    artifacts_.push_back(box);
    return box;
}

QCheckBox* ExportPage::artifact(const QString& name) const
{
    for (QCheckBox* box : artifacts_)
        if (box->objectName() == name) return box;
    return nullptr;
}

QString ExportPage::statusText() const
{
    return status_->text();
}

void ExportPage::setFolder(const QString& folder)
{
    folder_->setText(QDir::toNativeSeparators(folder));
}

void ExportPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    refreshSources();
}

void ExportPage::refreshSources()
{
    if (folder_->text().isEmpty() && workspace_.hasProject())
        setFolder(QDir(QString::fromStdString(workspace_.project().dir)).filePath(QStringLiteral("export")));
    const QString spec = workspace_.specPath().isEmpty() ? tr("the spec in the editor")
                                                         : QDir::toNativeSeparators(workspace_.specPath());
    const ActiveDatabase& database = workspace_.activeDatabase();
    QCheckBox* migration = artifact(QStringLiteral("migration"));
    migration->setEnabled(database.isUsable());
    migration->setToolTip(database.isUsable() ? QString() : tr("No database is active: choose one with Connect…"));
    source_->setText(database.isUsable()
                         ? tr("From %1, as the editor holds it; the migration goes from %2 to it.").arg(spec, database.label())
                         : tr("From %1, as the editor holds it.").arg(spec));
}

void ExportPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Into"), folder_->text());
    if (!folder.isEmpty()) setFolder(folder);
}

QString ExportPage::exportNow()
{
    QElapsedTimer timer;
    timer.start();
    list_->clear();
    written_.clear();
    note_.clear();
    const QString folder = QDir::cleanPath(QDir::fromNativeSeparators(folder_->text().trimmed()));
    auto fail = [this](const QString& message) {
        status_->setMessage(message, errorIcon());
        return message;
    };
    if (folder.isEmpty()) return fail(tr("Choose a folder to export into."));
    if (hasErrors(workspace_.diagnostics()))
        return fail(tr("The spec has errors (see the Design page): nothing was exported."));
    const SchemaModel& model = *workspace_.model();
    const QString name = workspace_.specPath().isEmpty() ? QStringLiteral("schema")
                                                         : QFileInfo(workspace_.specPath()).completeBaseName();

    ExportSelection selection;
    selection.specYaml = artifact(QStringLiteral("spec"))->isChecked();
    selection.docs = artifact(QStringLiteral("docs"))->isChecked();
    for (const Dialect dialect : kDialects)
        if (artifact(QStringLiteral("ddl-") + QString::fromLatin1(toString(dialect)))->isChecked())
            selection.ddl.push_back(dialect);
    for (const ModelLanguage language : kLanguages)
        if (artifact(QStringLiteral("models-") + QString::fromLatin1(toString(language)))->isChecked())
            selection.models.push_back(language);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::vector<std::string> written;
    QString error = QString::fromStdString(
        writeExportFiles(folder.toStdString(), exportFiles(model, saveSchemaYaml(model), name.toStdString(), selection), written));
    for (const std::string& path : written) written_ << QString::fromStdString(path);
    if (error.isEmpty() && artifact(QStringLiteral("migration"))->isChecked() && artifact(QStringLiteral("migration"))->isEnabled())
        error = writeMigration(folder, name);
    if (error.isEmpty() && artifact(QStringLiteral("diagram-svg"))->isChecked()) error = writeDiagram(folder, name, false);
    if (error.isEmpty() && artifact(QStringLiteral("diagram-png"))->isChecked()) error = writeDiagram(folder, name, true);
    QApplication::restoreOverrideCursor();

    const QDir base(folder);
    for (const QString& path : written_)
        list_->addItem(QStringLiteral("%1  —  %2").arg(QDir::toNativeSeparators(base.relativeFilePath(path)),
                                                       sizeText(QFileInfo(path).size())));
    if (!error.isEmpty())
        return fail(tr("%1 (written before it: %2 files)").arg(error).arg(written_.size()));
    if (written_.isEmpty()) {
        status_->setMessage(tr("Nothing was ticked: nothing was written."), warningIcon());
        return {};
    }
    status_->setMessage(tr("Wrote %1 files into %2 in %3 ms.")
                                .arg(written_.size())
                                .arg(QDir::toNativeSeparators(folder))
                                .arg(timer.elapsed()) +
                            (note_.isEmpty() ? QString() : QStringLiteral(" ") + note_),
                        validIcon());
    return {};
}

QString ExportPage::writeMigration(const QString& folder, const QString& name)
{
    const ActiveDatabase database = workspace_.activeDatabase();
    const SchemaModel& model = *workspace_.model();
    Plan plan;
    Migration migration;
    if (database.isMissingDatabaseFile()) {
        plan = diffFor(SchemaModel{}, model, database.dialect());
        migration = renderMigration(plan, database.dialect());
    } else {
        DatabaseConnection connection;
        if (const std::string error = openActiveDatabase(connection, database, Access::Read); !error.empty())
            return tr("the migration: %1").arg(QString::fromStdString(error));
        LivePlan live = planAgainstDatabase(connection, model, workspace_.specPath().toStdString());
        if (!live.ok()) return tr("the migration: %1").arg(QString::fromStdString(live.drift.error));
        plan = std::move(live.drift.plan);
        migration = std::move(live.migration);
    }
    if (plan.operations.empty()) {
        note_ = tr("%1 already holds the spec: there is no migration to write.").arg(database.label());
        return {};
    }
    const std::string now = currentTimestampUtc();
    const QString path = QDir(folder).filePath(
        QStringLiteral("migrations/") + QString::fromStdString(migrationFileName(now, name.toStdString())));
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) return tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
    if (const std::string error = ss::writeMigration(path.toStdString(), plan, migration, true, now); !error.empty())
        return QString::fromStdString(error);
    written_ << path << path + QStringLiteral(".impact.json");
    return {};
}

QString ExportPage::writeDiagram(const QString& folder, const QString& name, bool png)
{
    DiagramFileRequest request;
    request.graph = buildErGraph(*workspace_.model());
    if (!workspace_.specPath().isEmpty())
        if (const std::string error = readManualPositions(layoutFilePath(workspace_.specPath().toStdString()), request.positions);
            !error.empty())
            return tr("the diagram's dragged positions: %1").arg(QString::fromStdString(error));
    request.format = png ? DiagramFormat::Png : DiagramFormat::Svg;
    request.path = QDir(folder).filePath(QStringLiteral("diagram/") + name + (png ? QStringLiteral(".png") : QStringLiteral(".svg")));
    if (!QDir().mkpath(QFileInfo(request.path).absolutePath()))
        return tr("cannot create the folder %1").arg(QFileInfo(request.path).absolutePath());
    if (const QString error = writeDiagramFile(request); !error.isEmpty()) return error;
    written_ << request.path;
    return {};
}

}  // namespace ss::ui
