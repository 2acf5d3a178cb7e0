#include "ui/metrics/metrics_page.h"

#include "ui/metrics/run_charts.h"
#include "ui/shell/active_database.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/plural.h"
#include "ui/widgets/status_line.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

struct LogRead {
    std::vector<RunRecord> runs;
    std::string error;
};

// Numbers sort by value, not by their text.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(double value, const QString& text)
    {
        setData(Qt::DisplayRole, text);
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidgetItem* sortableNumber(double value, const QString& text)
{
    return new NumberItem(value, text);
}

}  // namespace

MetricsPage::MetricsPage(Workspace& workspace, QWidget* parent)
    : Page(parent),
      workspace_(workspace),
      phase_(new QComboBox(this)),
      status_(new QComboBox(this)),
      reload_(new QPushButton(tr("&Reload"), this)),
      charts_(new RunCharts(this)),
      table_(new QTableWidget(this)),
      statusLine_(new StatusLine(this)),
      jobs_(QStringLiteral("metrics"), this)
{
    phase_->addItem(tr("every phase"), QString());
    for (const char* kind : {"design", "plan", "apply", "seed", "ask", "evolve"})
        phase_->addItem(QString::fromLatin1(kind), QString::fromLatin1(kind));
    status_->addItem(tr("any outcome"), QString());
    for (const char* status : {"finished", "failed", "cancelled", "running"})
        status_->addItem(QString::fromLatin1(status), QString::fromLatin1(status));
    auto* phaseLabel = new QLabel(tr("&Phase:"), this);
    phaseLabel->setBuddy(phase_);
    auto* statusLabel = new QLabel(tr("&Outcome:"), this);
    statusLabel->setBuddy(status_);
    auto* header = new QHBoxLayout;
    header->addWidget(phaseLabel);
    header->addWidget(phase_);
    header->addSpacing(12);
    header->addWidget(statusLabel);
    header->addWidget(status_);
    header->addStretch(1);
    header->addWidget(reload_);

    const QStringList columns = {tr("Started (UTC)"), tr("Phase"), tr("Outcome"), tr("Time (s)"), tr("Rows"),
                                 tr("Rows/s"),        tr("Model"), tr("Tokens in"), tr("Tokens out"), tr("Detail")};
    table_->setColumnCount(static_cast<int>(columns.size()));
    table_->setHorizontalHeaderLabels(columns);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setSortingEnabled(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts_);
    splitter->addWidget(table_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(statusLine_);

    connect(phase_, &QComboBox::currentIndexChanged, this, &MetricsPage::showRuns);
    connect(status_, &QComboBox::currentIndexChanged, this, &MetricsPage::showRuns);
    connect(reload_, &QPushButton::clicked, this, &MetricsPage::refresh);
    connect(&jobs_, &LatestJobRunner::runningChanged, this, &Page::busyChanged);
    connect(&workspace_, &Workspace::activeDatabaseChanged, this, &MetricsPage::refresh);
    connect(&workspace_, &Workspace::runLogged, this, &MetricsPage::refresh);
}

QIcon MetricsPage::icon() const
{
    const QColor ink(0xd9, 0x77, 0x06);
    return gridIcon(ink, [ink](QPainter& p) {
        p.drawLine(QPointF(3, 21), QPointF(21, 21));
        p.setBrush(ink);
        p.drawRect(QRectF(5, 13, 3, 7));
        p.drawRect(QRectF(10.5, 8, 3, 12));
        p.drawRect(QRectF(16, 4, 3, 16));
    });
}

QString MetricsPage::statusText() const
{
    return statusLine_->text();
}

void MetricsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    refresh();
}

void MetricsPage::refresh()
{
    const ActiveDatabase database = workspace_.activeDatabase();
    statusLine_->setText(tr("Reading the run log…"));
    jobs_.request(
        [database] {
            LogRead read;
            if (!database.isUsable()) {
                read.error = database.isSet() ? database.error.toStdString() : "no database is chosen";
                return read;
            }
            if (database.resolved.isMissingFile())
                return read;  // nothing has run against a database that does not exist yet
            DatabaseConnection connection;
            read.error = openActiveDatabase(connection, database, Access::Read);
            if (read.error.empty())
                read.error = RunLog(connection).list({}, read.runs);
            return read;
        },
        [this, database](LogRead read) {
            runs_ = std::move(read.runs);
            showRuns();
            if (!read.error.empty())
                statusLine_->setMessage(tr("The run log of %1 could not be read: %2")
                                            .arg(database.displayUrl(), QString::fromStdString(read.error)),
                                        errorIcon());
            Q_EMIT refreshed();
        });
}

void MetricsPage::showRuns()
{
    const QString phase = phase_->currentData().toString();
    const QString outcome = status_->currentData().toString();
    std::vector<RunRecord> shown;
    for (const RunRecord& run : runs_)
        if ((phase.isEmpty() || QString::fromStdString(run.kind) == phase) &&
            (outcome.isEmpty() || QString::fromStdString(run.status) == outcome))
            shown.push_back(run);
    charts_->setRuns(shown);

    table_->setSortingEnabled(false);
    table_->setRowCount(static_cast<int>(shown.size()));
    for (int r = 0; r < static_cast<int>(shown.size()); ++r) {
        const RunRecord& run = shown[static_cast<std::size_t>(r)];
        const QLocale locale;
        table_->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(run.startedAt).replace(QLatin1Char('T'), QLatin1Char(' '))));
        table_->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(run.kind)));
        table_->setItem(r, 2, new QTableWidgetItem(QString::fromStdString(run.status)));
        const double seconds = static_cast<double>(run.durationMs) / 1000.0;
        table_->setItem(r, 3, sortableNumber(seconds, locale.toString(seconds, 'f', 2)));
        table_->setItem(r, 4, sortableNumber(static_cast<double>(run.rows), locale.toString(static_cast<qlonglong>(run.rows))));
        table_->setItem(r, 5, sortableNumber(run.rowsPerSecond, run.rowsPerSecond > 0 ? locale.toString(run.rowsPerSecond, 'f', 0) : QString()));
        table_->setItem(r, 6, new QTableWidgetItem(QString::fromStdString(run.model)));
        table_->setItem(r, 7, sortableNumber(static_cast<double>(run.tokensIn), run.model.empty() ? QString() : locale.toString(static_cast<qlonglong>(run.tokensIn))));
        table_->setItem(r, 8, sortableNumber(static_cast<double>(run.tokensOut), run.model.empty() ? QString() : locale.toString(static_cast<qlonglong>(run.tokensOut))));
        auto* detail = new QTableWidgetItem(QString::fromStdString(run.detail));
        detail->setToolTip(QString::fromStdString(run.detail));
        table_->setItem(r, 9, detail);
    }
    table_->setSortingEnabled(true);
    table_->resizeColumnsToContents();
    statusLine_->setMessage(runs_.empty() ? tr("No runs logged in %1 yet: designs, applies and seeds are logged as they run.")
                                                .arg(workspace_.activeDatabase().displayUrl())
                                          : tr("%1 of %2 in %3")
                                                .arg(plural(static_cast<qsizetype>(shown.size()), "run", "runs"))
                                                .arg(runs_.size())
                                                .arg(workspace_.activeDatabase().displayUrl()),
                            validIcon());
}

}  // namespace ss::ui
