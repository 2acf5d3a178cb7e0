#include "ui/explore/explore_page.h"

#include "core/query/answer_json.h"
#include "core/spec/spec_check.h"
#include "core/util/atomic_file.h"
#include "ui/explore/answer_chart.h"
#include "ui/explore/interpretation_bar.h"
#include "ui/shell/active_database.h"
#include "ui/shell/workspace.h"
#include "ui/widgets/code_editor.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/page_sections.h"
#include "ui/widgets/status_line.h"

#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

#include <filesystem>

namespace ss::ui {

namespace {

constexpr int kSuggestions = 12;
constexpr int kHistory = 50;

struct Loaded {
    std::shared_ptr<const query::Explorer> explorer;
    std::vector<std::string> suggestions;
    std::vector<std::string> notes;
    std::string error;
};

// Numbers sort by value: the model keeps the number in Qt::UserRole beside its text.
class NumberAwareProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant a = left.data(Qt::UserRole);
        const QVariant b = right.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

QString cellText(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::Double)
        return QLocale::c().toString(v.toDouble(), 'f', 2);
    return v.toString();
}

bool numeric(const QVariant& v)
{
    const int t = v.typeId();
    return t == QMetaType::Double || t == QMetaType::LongLong || t == QMetaType::Int || t == QMetaType::ULongLong || t == QMetaType::UInt;
}

QString csvField(const QString& text)
{
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n'))
        return text;
    QString quoted = text;
    quoted.replace('"', QStringLiteral("\"\""));
    return '"' + quoted + '"';
}

}  // namespace

ExplorePage::ExplorePage(Workspace& workspace, QWidget* parent)
    : Page(parent),
      workspace_(workspace),
      question_(new QLineEdit(this)),
      ask_(new QPushButton(tr("&Ask"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      suggestions_(new QListWidget(this)),
      interpretation_(new InterpretationBar(this)),
      sql_(new CodeEditor(CodeEditor::Language::Sql, this)),
      table_(new QTableView(this)),
      rows_(new QStandardItemModel(this)),
      copy_(new QPushButton(tr("&Copy"), this)),
      csv_(new QPushButton(tr("Export C&SV…"), this)),
      chart_(new AnswerChart(this)),
      history_(new QListWidget(this)),
      status_(new StatusLine(this)),
      loader_(QStringLiteral("explore-model"), this),
      asker_(QStringLiteral("explore-ask"), this)
{
    question_->setPlaceholderText(tr("Ask in plain words, e.g. “total principal paid by company region last quarter”"));
    question_->setClearButtonEnabled(true);
    question_->setObjectName(QStringLiteral("question"));
    question_->setCompleter(new QCompleter(new QStringListModel(this), this));
    question_->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    question_->completer()->setFilterMode(Qt::MatchContains);
    ask_->setDefault(true);
    cancel_->setEnabled(false);
    auto* askRow = new QHBoxLayout;
    askRow->addWidget(question_, 1);
    askRow->addWidget(ask_);
    askRow->addWidget(cancel_);

    suggestions_->setObjectName(QStringLiteral("suggestions"));
    suggestions_->setFlow(QListView::LeftToRight);
    suggestions_->setWrapping(true);
    suggestions_->setResizeMode(QListView::Adjust);
    suggestions_->setSpacing(3);
    suggestions_->setMaximumHeight(suggestions_->fontMetrics().height() * 4 + 16);
    suggestions_->setToolTip(tr("Questions this database answers as worded: click one to ask it"));

    sql_->setReadOnly(true);
    sql_->setObjectName(QStringLiteral("sql"));
    sql_->setMinimumHeight(90);

    auto* proxy = new NumberAwareProxy(this);
    proxy->setSourceModel(rows_);
    table_->setModel(proxy);
    table_->setSortingEnabled(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectItems);
    table_->verticalHeader()->hide();
    table_->setObjectName(QStringLiteral("rows"));
    auto* tableButtons = new QHBoxLayout;
    tableButtons->addStretch(1);
    tableButtons->addWidget(copy_);
    tableButtons->addWidget(csv_);
    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(table_, 1);
    tableLayout->addLayout(tableButtons);

    auto* results = new QSplitter(Qt::Horizontal, this);
    results->addWidget(tableBox);
    results->addWidget(chart_);
    results->setStretchFactor(0, 2);
    results->setStretchFactor(1, 3);
    results->setSizes({400, 600});
    results->setChildrenCollapsible(false);

    auto* answerSplit = new QSplitter(Qt::Vertical, this);
    answerSplit->addWidget(sql_);
    answerSplit->addWidget(results);
    answerSplit->setStretchFactor(0, 1);
    answerSplit->setStretchFactor(1, 4);
    answerSplit->setChildrenCollapsible(false);

    auto* main = new QWidget(this);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addLayout(askRow);
    mainLayout->addWidget(sectionTitle(tr("Suggested"), main));
    mainLayout->addWidget(suggestions_);
    mainLayout->addWidget(sectionTitle(tr("Understood"), main));
    mainLayout->addWidget(interpretation_);
    mainLayout->addWidget(answerSplit, 1);

    history_->setObjectName(QStringLiteral("history"));
    history_->setMinimumWidth(history_->fontMetrics().averageCharWidth() * 28);
    history_->setWordWrap(true);
    history_->setToolTip(tr("Questions asked in this session: double-click one to ask it again"));
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(sectionTitle(tr("History"), side));
    sideLayout->addWidget(history_, 1);

    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(main);
    body->addWidget(side);
    body->setStretchFactor(0, 5);
    body->setStretchFactor(1, 1);
    body->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->addWidget(body, 1);
    layout->addWidget(status_);

    connect(ask_, &QPushButton::clicked, this, [this] { ask(question_->text()); });
    connect(question_, &QLineEdit::returnPressed, this, [this] { ask(question_->text()); });
    connect(cancel_, &QPushButton::clicked, this, &ExplorePage::cancel);
    connect(suggestions_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { ask(item->text()); });
    connect(history_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) { ask(item->text()); });
    connect(interpretation_, &InterpretationBar::askRequested, this, &ExplorePage::ask);
    connect(copy_, &QPushButton::clicked, this, &ExplorePage::copySelection);
    connect(csv_, &QPushButton::clicked, this, &ExplorePage::chooseCsv);
    connect(&loader_, &LatestJobRunner::runningChanged, this, [this] { Q_EMIT busyChanged(isBusy()); });
    connect(&asker_, &LatestJobRunner::runningChanged, this, [this](bool running) {
        setRunning(running);
        Q_EMIT busyChanged(isBusy());
    });
    connect(&workspace_, &Workspace::activeDatabaseChanged, this, &ExplorePage::reload);
    connect(&workspace_, &Workspace::liveSchemaChanged, this, &ExplorePage::reload);
    // A seed logs its run: the categories and suggestions are read again from the new rows.
    connect(&workspace_, &Workspace::runLogged, this, &ExplorePage::reload);
    copy_->setEnabled(false);
    csv_->setEnabled(false);
    status_->setText(tr("Explore reads the active database when the page opens."));
}

QIcon ExplorePage::icon() const
{
    const QColor ink(0x0e, 0x74, 0x90);
    return gridIcon(ink, [](QPainter& p) {
        p.drawEllipse(QPointF(10, 10), 6, 6);
        p.drawLine(QPointF(14.5, 14.5), QPointF(20.5, 20.5));
        p.drawLine(QPointF(7.5, 12), QPointF(7.5, 10));
        p.drawLine(QPointF(10, 12), QPointF(10, 7.5));
        p.drawLine(QPointF(12.5, 12), QPointF(12.5, 9));
    });
}

QString ExplorePage::statusText() const
{
    return status_->text();
}

void ExplorePage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (loadedFor_ != workspace_.activeDatabase().url || !explorer_)
        reload();
}

void ExplorePage::reload()
{
    const ActiveDatabase database = workspace_.activeDatabase();
    const std::string specPath = workspace_.specPath().toStdString();
    const std::string semantic = workspace_.hasProject() ? (std::filesystem::path(workspace_.project().dir) / "semantic.yml").string() : std::string();
    loadedFor_ = database.url;
    explorer_.reset();
    suggestions_->clear();
    status_->setText(tr("Reading %1: its tables, categories and joins…").arg(database.label()));
    loader_.request(
        [database, specPath, semantic] {
            Loaded out;
            if (!database.isUsable()) {
                out.error = database.isSet() ? database.error.toStdString() : "no database is chosen";
                return out;
            }
            if (database.isMissingDatabaseFile()) {
                out.error = "the database file does not exist yet: apply a spec on the Apply page and fill it on the Seed page, then ask here";
                return out;
            }
            DatabaseConnection connection;
            if (out.error = openActiveDatabase(connection, database, Access::Read); !out.error.empty())
                return out;
            // The open spec's descriptions and measures describe the tables it shares with the database.
            std::optional<SchemaModel> spec;
            if (!specPath.empty()) {
                LoadResult loaded = checkSpecFile(specPath);
                if (loaded.ok())
                    spec = std::move(loaded.model);
            }
            const std::string semanticFile = std::filesystem::exists(semantic) ? semantic : std::string();
            query::LoadedModel loaded = query::loadSemanticModel(connection, spec ? &*spec : nullptr, semanticFile);
            if (!loaded.error.empty()) {
                out.error = loaded.error;
                return out;
            }
            auto explorer = std::make_shared<const query::Explorer>(std::move(loaded.model), database.dialect());
            out.suggestions = explorer->suggest("", kSuggestions);
            out.notes = std::move(loaded.notes);
            out.explorer = std::move(explorer);
            return out;
        },
        [this](Loaded loaded) {
            if (!loaded.error.empty()) {
                status_->setMessage(tr("Explore cannot read the database: %1").arg(QString::fromStdString(loaded.error)), errorIcon());
                return;
            }
            explorer_ = loaded.explorer;
            QStringList completions;
            for (const std::string& s : loaded.suggestions) {
                suggestions_->addItem(QString::fromStdString(s));
                completions << QString::fromStdString(s);
            }
            for (int i = 0; i < history_->count(); ++i)
                completions << history_->item(i)->text();
            static_cast<QStringListModel*>(question_->completer()->model())->setStringList(completions);
            const auto& model = explorer_->model();
            const qsizetype inferred = std::count_if(model.links.begin(), model.links.end(), [](const query::Link& l) { return l.inferred; });
            const bool anyFact = std::any_of(model.tables.begin(), model.tables.end(), [](const query::Entity& e) { return e.fact; });
            const bool factsEmpty = anyFact && std::all_of(model.tables.begin(), model.tables.end(), [](const query::Entity& e) { return !e.fact || e.rows == 0; });
            if (model.tables.empty()) {
                status_->setMessage(tr("The database holds no tables yet: apply a spec on the Apply page, fill it on the Seed page, then ask here."),
                                    warningIcon());
            } else if (factsEmpty) {
                status_->setMessage(tr("The database's tables are empty: fill them on the Seed page, then ask here."), warningIcon());
            } else {
                status_->setMessage(tr("%1 tables, %2 joins (%3 inferred from names and data): ask a question or pick a suggestion.")
                                        .arg(model.tables.size())
                                        .arg(model.links.size())
                                        .arg(inferred),
                                    validIcon());
            }
            Q_EMIT modelLoaded();
            if (!pending_.isEmpty())
                ask(std::exchange(pending_, QString()));
        });
}

void ExplorePage::ask(const QString& text)
{
    const QString question = text.trimmed();
    if (question.isEmpty())
        return;
    question_->setText(question);
    if (!explorer_) {
        pending_ = question;
        if (!loader_.isRunning())
            reload();
        return;
    }
    auto existing = history_->findItems(question, Qt::MatchExactly);
    for (QListWidgetItem* item : existing)
        delete history_->takeItem(history_->row(item));
    history_->insertItem(0, question);
    while (history_->count() > kHistory)
        delete history_->takeItem(history_->count() - 1);
    if (cancel_flag_)
        cancel_flag_->store(true);
    cancel_flag_ = std::make_shared<std::atomic<bool>>(false);
    status_->setText(tr("Asking…"));
    asker_.request(
        [explorer = explorer_, database = workspace_.activeDatabase(), question = question.toStdString(), flag = cancel_flag_] {
            auto answer = std::make_shared<query::Answer>();
            DatabaseConnection connection;
            if (const std::string error = openActiveDatabase(connection, database, Access::Read); !error.empty()) {
                answer->question = question;
                answer->status = query::AnswerStatus::Failed;
                answer->message = error;
                return std::shared_ptr<const query::Answer>(answer);
            }
            query::AskOptions options;
            options.cancel = flag.get();
            *answer = explorer->ask(question, &connection, options);
            return std::shared_ptr<const query::Answer>(answer);
        },
        [this](std::shared_ptr<const query::Answer> answer) { showAnswer(std::move(answer)); });
}

void ExplorePage::cancel()
{
    if (cancel_flag_)
        cancel_flag_->store(true);
    status_->setText(tr("Cancelling…"));
}

void ExplorePage::setRunning(bool running)
{
    ask_->setEnabled(!running);
    cancel_->setEnabled(running);
}

void ExplorePage::showAnswer(std::shared_ptr<const query::Answer> answer)
{
    answer_ = std::move(answer);
    const query::Answer& a = *answer_;
    interpretation_->showAnswer(a, explorer_);
    sql_->loadUtf8Text(a.query ? a.query->shownSql + ";" : std::string());
    fillTable(a);
    using query::AnswerStatus;
    switch (a.status) {
    case AnswerStatus::Answered:
    case AnswerStatus::Partial:
        chart_->showAnswer(a);
        status_->setMessage(tr("%1 rows%2 in %3 ms, read-only.")
                                .arg(a.result.rows.size())
                                .arg(a.result.truncated ? tr(" (more were cut at the row cap)") : QString())
                                .arg(a.result.elapsedMs),
                            a.status == AnswerStatus::Answered ? validIcon() : warningIcon());
        break;
    case AnswerStatus::Ambiguous:
        chart_->clear(tr("Pick what the question means above."));
        status_->setMessage(tr("The question can mean more than one thing: pick one of the alternatives."), warningIcon());
        break;
    case AnswerStatus::Refused:
        chart_->clear(tr("Nothing was run."));
        status_->setMessage(QString::fromStdString(a.message), errorIcon());
        break;
    case AnswerStatus::NotUnderstood:
    case AnswerStatus::Failed:
        chart_->clear(tr("Nothing to draw."));
        status_->setMessage(QString::fromStdString(a.message), errorIcon());
        break;
    }
    Q_EMIT answered();
}

void ExplorePage::fillTable(const query::Answer& answer)
{
    rows_->clear();
    table_->sortByColumn(-1, Qt::AscendingOrder);
    if (answer.query) {
        QStringList headers;
        for (const std::string& c : answer.query->columns)
            headers << QString::fromStdString(c);
        rows_->setHorizontalHeaderLabels(headers);
    }
    for (const auto& row : answer.result.rows) {
        QList<QStandardItem*> items;
        for (const QVariant& v : row) {
            auto* item = new QStandardItem(cellText(v));
            if (numeric(v)) {
                item->setData(v.toDouble(), Qt::UserRole);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            items << item;
        }
        rows_->appendRow(items);
    }
    table_->resizeColumnsToContents();
    copy_->setEnabled(!answer.result.rows.empty());
    csv_->setEnabled(!answer.result.rows.empty());
}

QString ExplorePage::tsvOfSelection() const
{
    QModelIndexList cells = table_->selectionModel()->selectedIndexes();
    const bool all = cells.isEmpty();
    const QAbstractItemModel* model = table_->model();
    QString out;
    if (all) {
        for (int c = 0; c < model->columnCount(); ++c)
            out += (c ? "\t" : "") + model->headerData(c, Qt::Horizontal).toString();
        out += '\n';
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c)
                out += (c ? "\t" : "") + model->index(r, c).data().toString();
            out += '\n';
        }
        return out;
    }
    std::sort(cells.begin(), cells.end(), [](const QModelIndex& a, const QModelIndex& b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    int row = cells.front().row();
    for (const QModelIndex& cell : cells) {
        if (cell.row() != row) {
            out += '\n';
            row = cell.row();
        } else if (&cell != &cells.front()) {
            out += '\t';
        }
        out += cell.data().toString();
    }
    return out + '\n';
}

void ExplorePage::copySelection() const
{
    QApplication::clipboard()->setText(tsvOfSelection());
    status_->setText(tr("Copied as tab-separated text."));
}

QString ExplorePage::exportCsv(const QString& path) const
{
    if (!answer_ || !answer_->query)
        return tr("there is no answer to export");
    QString csv;
    QStringList header;
    for (const std::string& c : answer_->query->columns)
        header << csvField(QString::fromStdString(c));
    csv += header.join(',') + '\n';
    for (const auto& row : answer_->result.rows) {
        QStringList cells;
        for (const QVariant& v : row)
            cells << (v.isNull() ? QString() : csvField(v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 17) : v.toString()));
        csv += cells.join(',') + '\n';
    }
    return QString::fromStdString(writeFileAtomically(path.toStdString(), csv.toStdString()));
}

void ExplorePage::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the rows as CSV"), QStringLiteral("answer.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path); !error.isEmpty())
        status_->setMessage(tr("Export failed: %1").arg(error), errorIcon());
    else
        status_->setMessage(tr("Wrote %1.").arg(path), validIcon());
}

}  // namespace ss::ui
