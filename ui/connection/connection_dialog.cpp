#include "ui/connection/connection_dialog.h"

#include "core/db/credentials.h"
#include "ui/connection/connection_probe.h"
#include "ui/widgets/latest_job_runner.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/status_line.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr int kEnvironmentRole = Qt::UserRole;
enum FormPage { SqlitePage, ServerPage };

QString sameDatabaseKey(const Project& project, const QString& url)
{
    const UrlParseResult parsed = parseConnectionUrl(url.toStdString(), project.dir);
    return parsed.ok() ? QString::fromStdString(parsed.url.display()) : QString();
}

}  // namespace

ConnectionDialog::ConnectionDialog(const Project& project, const ActiveDatabase& current, QWidget* parent)
    : QDialog(parent),
      project_(project),
      environments_(new QListWidget(this)),
      kind_(new QComboBox(this)),
      pages_(new QStackedWidget(this)),
      sqlitePath_(new QLineEdit(this)),
      host_(new QLineEdit(this)),
      port_(new QSpinBox(this)),
      database_(new QLineEdit(this)),
      user_(new QLineEdit(this)),
      password_(new QLineEdit(this)),
      url_(new QLabel(this)),
      test_(new QPushButton(tr("&Test"), this)),
      result_(new StatusLine(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      jobs_(new LatestJobRunner(QStringLiteral("connection test"), this))
{
    setWindowTitle(tr("Connect to a Database"));
    setObjectName(QStringLiteral("ConnectionDialog"));
    for (const auto& [name, url] : project_.environments) {
        const QString label = QStringLiteral("%1 — %2").arg(QString::fromStdString(name), QString::fromStdString(redactedUrl(url)));
        auto* item = new QListWidgetItem(label, environments_);
        item->setData(kEnvironmentRole, QString::fromStdString(name));
        if (name == project_.defaultEnvironment) item->setToolTip(tr("The project's default environment"));
    }
    environments_->setMinimumWidth(240);

    auto* envColumn = new QVBoxLayout;
    auto* envTitle = new QLabel(tr("&Environments in %1").arg(QString::fromLatin1(kProjectFileName)), this);
    envTitle->setBuddy(environments_);
    envColumn->addWidget(envTitle);
    envColumn->addWidget(environments_, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(envColumn);
    columns->addWidget(buildForm(), 1);

    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Use This Database"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(result_);
    layout->addWidget(buttons_);

    connect(environments_, &QListWidget::currentRowChanged, this, &ConnectionDialog::showEnvironment);
    connect(kind_, &QComboBox::currentIndexChanged, this, &ConnectionDialog::kindChanged);
    for (QLineEdit* edit : {sqlitePath_, host_, database_, user_}) connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::fieldsChanged);
    connect(port_, &QSpinBox::valueChanged, this, &ConnectionDialog::fieldsChanged);
    connect(test_, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(jobs_, &LatestJobRunner::runningChanged, test_, [this](bool running) { test_->setEnabled(!running); });
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillFields(current.isSet() ? current : defaultActiveDatabase(project_));
    resize(860, 440);
}

ConnectionDialog::~ConnectionDialog() = default;

namespace {

// SQLite and DuckDB are files beside the project; the others are servers.
bool isFileDialect(Dialect dialect)
{
    return dialect == Dialect::Sqlite || dialect == Dialect::DuckDb;
}

}  // namespace

QWidget* ConnectionDialog::buildForm()
{
    kind_->addItem(tr("SQLite file"), static_cast<int>(Dialect::Sqlite));
    kind_->addItem(tr("PostgreSQL"), static_cast<int>(Dialect::PostgreSql));
    kind_->addItem(tr("MariaDB / MySQL"), static_cast<int>(Dialect::MySql));
    kind_->addItem(tr("DuckDB file"), static_cast<int>(Dialect::DuckDb));

    auto* sqlite = new QWidget(this);
    auto* sqliteForm = new QFormLayout(sqlite);
    auto* fileRow = new QHBoxLayout;
    auto* browse = new QPushButton(tr("&Browse…"), sqlite);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseSqlite);
    sqlitePath_->setPlaceholderText(tr("local.sqlite (relative to the project folder) or an absolute path"));
    fileRow->addWidget(sqlitePath_, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"), sqlite);
    fileLabel->setBuddy(sqlitePath_);
    sqliteForm->addRow(fileLabel, fileRow);
    auto* sqliteNote = new QLabel(tr("A file that does not exist yet is created by the first apply."), sqlite);
    sqliteNote->setWordWrap(true);
    sqliteForm->addRow(QString(), sqliteNote);

    auto* server = new QWidget(this);
    auto* serverForm = new QFormLayout(server);
    host_->setPlaceholderText(tr("the local socket"));
    port_->setRange(0, 65535);
    port_->setSpecialValueText(tr("default"));
    password_->setEchoMode(QLineEdit::Password);
    password_->setPlaceholderText(tr("from the environment or a credentials file"));
    serverForm->addRow(tr("&Host:"), host_);
    serverForm->addRow(tr("&Port:"), port_);
    serverForm->addRow(tr("&Database:"), database_);
    serverForm->addRow(tr("&User:"), user_);
    serverForm->addRow(tr("Pass&word:"), password_);
    auto* passwordNote = new QLabel(tr("A password typed here is used for this session only and never saved. To keep one, "
                                       "set PGPASSWORD, MYSQL_PWD or DBX_PASSWORD, or add a line to ~/.pgpass or %1 "
                                       "(host:port:database:user:password).")
                                        .arg(QDir::toNativeSeparators(QString::fromStdString(credentialsFilePath()))),
                                    server);
    passwordNote->setWordWrap(true);
    serverForm->addRow(QString(), passwordNote);

    pages_->addWidget(sqlite);
    pages_->addWidget(server);

    auto* form = new QWidget(this);
    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* kindRow = new QFormLayout;
    kindRow->addRow(tr("&Kind:"), kind_);
    layout->addLayout(kindRow);
    layout->addWidget(pages_);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(new QLabel(tr("URL:"), form));
    url_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    url_->setTextFormat(Qt::PlainText);
    urlRow->addWidget(url_, 1);
    urlRow->addWidget(test_);
    layout->addLayout(urlRow);
    layout->addStretch(1);
    return form;
}

QString ConnectionDialog::urlText() const
{
    const auto dialect = static_cast<Dialect>(kind_->currentData().toInt());
    if (isFileDialect(dialect)) {
        const QString path = sqlitePath_->text().trimmed();
        if (path.isEmpty()) return {};
        if (QDir::isRelativePath(path)) return fileUrlOf(path, dialect);
        const QString relative = QDir(QString::fromStdString(project_.dir)).relativeFilePath(path);
        return fileUrlOf(relative.startsWith(QLatin1String("..")) ? QDir::cleanPath(path) : relative, dialect);
    }
    if (database_->text().trimmed().isEmpty()) return {};
    ConnectionUrl url;
    url.dialect = dialect;
    url.host = host_->text().trimmed().toStdString();
    url.port = port_->value();
    url.database = database_->text().trimmed().toStdString();
    url.user = user_->text().trimmed().toStdString();
    return QString::fromStdString(url.display());
}

ActiveDatabase ConnectionDialog::database() const
{
    const QString url = urlText();
    QString environment;
    QString written = url;
    const auto shown = project_.environments.find(environmentShown_.toStdString());
    if (shown != project_.environments.end()) {
        const QString envUrl = QString::fromStdString(shown->second);
        const QString key = sameDatabaseKey(project_, url);
        if (!key.isEmpty() && key == sameDatabaseKey(project_, envUrl)) {
            environment = environmentShown_;
            written = envUrl;
        }
    }
    ActiveDatabase database = activeDatabaseFor(project_, environment, written);
    if (database.isUsable() && !isFileDialect(database.dialect()) && !password_->text().isEmpty()) {
        database.sessionPassword = password_->text().toStdString();
    }
    return database;
}

QString ConnectionDialog::testResult() const
{
    return result_->text();
}

bool ConnectionDialog::isTesting() const
{
    return jobs_->isRunning();
}

void ConnectionDialog::test()
{
    const ActiveDatabase chosen = database();
    result_->setMessage(tr("Testing %1…").arg(chosen.displayUrl()), infoIcon());
    jobs_->request([chosen] { return probeDatabase(chosen); }, [this](const ProbeResult& result) { showProbe(result); });
}

void ConnectionDialog::showProbe(const ProbeResult& result)
{
    switch (result.kind) {
    case ProbeResult::Kind::Connected: result_->setMessage(result.message, validIcon()); break;
    case ProbeResult::Kind::NewSqliteFile: result_->setMessage(result.message, infoIcon()); break;
    case ProbeResult::Kind::Failed: result_->setMessage(result.message, errorIcon()); break;
    }
    Q_EMIT tested();
}

void ConnectionDialog::showEnvironment(int row)
{
    QListWidgetItem* item = environments_->item(row);
    if (!item || filling_) return;
    const QString name = item->data(kEnvironmentRole).toString();
    const auto it = project_.environments.find(name.toStdString());
    if (it != project_.environments.end()) fillFields(activeDatabaseFor(project_, name, QString::fromStdString(it->second)));
}

void ConnectionDialog::fillFields(const ActiveDatabase& database)
{
    filling_ = true;
    environmentShown_ = database.environment;
    for (int i = 0; i < environments_->count(); ++i) {
        if (environments_->item(i)->data(kEnvironmentRole).toString() == database.environment) environments_->setCurrentRow(i);
    }
    if (database.isUsable()) {
        const ConnectionUrl& url = database.resolved;
        kind_->setCurrentIndex(kind_->findData(static_cast<int>(url.dialect)));
        if (isFileDialect(url.dialect)) {
            sqlitePath_->setText(QDir::toNativeSeparators(QString::fromStdString(url.path)));
        } else {
            host_->setText(QString::fromStdString(url.host));
            port_->setValue(url.port);
            database_->setText(QString::fromStdString(url.database));
            user_->setText(QString::fromStdString(url.user));
        }
    }
    password_->setText(database.sessionPassword ? QString::fromStdString(*database.sessionPassword) : QString());
    filling_ = false;
    kindChanged();
}

void ConnectionDialog::kindChanged()
{
    const auto dialect = static_cast<Dialect>(kind_->currentData().toInt());
    pages_->setCurrentIndex(isFileDialect(dialect) ? SqlitePage : ServerPage);
    sqlitePath_->setPlaceholderText(dialect == Dialect::DuckDb
                                        ? tr("local.duckdb (relative to the project folder) or an absolute path")
                                        : tr("local.sqlite (relative to the project folder) or an absolute path"));
    fieldsChanged();
}

void ConnectionDialog::fieldsChanged()
{
    if (filling_) return;
    const ActiveDatabase chosen = database();
    url_->setText(chosen.isSet() ? chosen.displayUrl() : tr("(incomplete)"));
    if (chosen.environment.isEmpty()) {
        const QSignalBlocker blocker(environments_);
        environments_->setCurrentRow(-1);
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(chosen.isUsable());
    result_->setMessage(chosen.error.isEmpty() ? tr("Test checks that the database can be reached.") : chosen.error,
                        chosen.error.isEmpty() ? infoIcon() : errorIcon());
    test_->setEnabled(chosen.isSet() && !jobs_->isRunning());
}

void ConnectionDialog::browseSqlite()
{
    QString start = sqlitePath_->text().trimmed();
    if (start.isEmpty() || QDir::isRelativePath(start)) start = QDir(QString::fromStdString(project_.dir)).filePath(start);
    const bool duckdb = static_cast<Dialect>(kind_->currentData().toInt()) == Dialect::DuckDb;
    const QString path = QFileDialog::getSaveFileName(
        this, duckdb ? tr("DuckDB Database") : tr("SQLite Database"), start,
        duckdb ? tr("DuckDB databases (*.duckdb *.db);;All files (*)") : tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) sqlitePath_->setText(QDir::toNativeSeparators(path));
}

}  // namespace ss::ui
