#include "ui/seed/profile_form.h"

#include "core/seed/generator_catalog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

QString parameters(const seed::GeneratorSpec& spec)
{
    QStringList parts;
    for (const seed::TextParam& p : seed::textParams())
        if (!(spec.*p.field).empty())
            parts << QStringLiteral("%1 %2").arg(QLatin1String(p.key), QString::fromStdString(spec.*p.field));
    for (const seed::NumberParam& p : seed::numberParams())
        if (spec.*p.field)
            parts << QStringLiteral("%1 %2").arg(QLatin1String(p.key)).arg(*(spec.*p.field));
    if (!spec.values.empty())
        parts << QStringLiteral("%1 values").arg(spec.values.size());
    if (!spec.of.empty()) {
        QStringList of;
        for (const std::string& column : spec.of)
            of << QString::fromStdString(column);
        parts << QStringLiteral("of %1").arg(of.join(QStringLiteral(", ")));
    }
    if (spec.nullRate)
        parts << QStringLiteral("null_rate %1").arg(*spec.nullRate);
    if (spec.unique)
        parts << QStringLiteral("unique");
    if (!spec.given.empty())
        parts << QStringLiteral("given %1").arg(QString::fromStdString(spec.given));
    return parts.join(QStringLiteral(", "));
}

QTableWidgetItem* readOnly(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

}  // namespace

ProfileForm::ProfileForm(QWidget* parent)
    : QWidget(parent), tables_(new QTableWidget(this)), columns_(new QTableWidget(this)), hint_(new QLabel(this))
{
    tables_->setColumnCount(3);
    tables_->setHorizontalHeaderLabels({tr("Table"), tr("Rows"), tr("Count")});
    tables_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tables_->setSelectionMode(QAbstractItemView::SingleSelection);
    tables_->verticalHeader()->hide();
    tables_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tables_->horizontalHeader()->setStretchLastSection(true);
    tables_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);

    columns_->setColumnCount(4);
    columns_->setHorizontalHeaderLabels({tr("Column"), tr("Generator"), tr("Parameters"), tr("From")});
    columns_->setSelectionMode(QAbstractItemView::NoSelection);
    columns_->verticalHeader()->hide();
    columns_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns_->horizontalHeader()->setSectionResizeMode(ColumnParameters, QHeaderView::Stretch);
    columns_->setEditTriggers(QAbstractItemView::NoEditTriggers);

    hint_->setWordWrap(true);
    hint_->setText(tr("Rows and generators edited here are written into the profile; parameters are edited in the YAML."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tables_);
    splitter->addWidget(columns_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(hint_);

    connect(tables_, &QTableWidget::itemSelectionChanged, this, &ProfileForm::showColumns);
    connect(tables_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (filling_ || item->column() != TableRows)
            return;
        bool ok = false;
        const qint64 rows = item->text().trimmed().toLongLong(&ok);
        if (ok && rows >= 0) {
            Q_EMIT rowsEdited(tables_->item(item->row(), TableName)->text(), rows);
            return;
        }
        // Not a count: the plan's value comes back.
        const QSignalBlocker blocker(tables_);
        item->setText(QString::number(plan_->tables[static_cast<std::size_t>(item->row())].rows));
    });
}

void ProfileForm::setPlan(std::shared_ptr<const seed::SeedPlan> plan)
{
    const bool editable = plan != nullptr;
    setEnabled(editable || plan_);
    if (!plan) {
        tables_->setEditTriggers(QAbstractItemView::NoEditTriggers);
        columns_->setEnabled(false);
        return;
    }
    tables_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    columns_->setEnabled(true);
    const QString selected = currentTable();
    plan_ = std::move(plan);
    filling_ = true;
    tables_->setRowCount(static_cast<int>(plan_->tables.size()));
    int reselect = 0;
    for (int r = 0; r < static_cast<int>(plan_->tables.size()); ++r) {
        const seed::PlannedTable& table = plan_->tables[static_cast<std::size_t>(r)];
        const QString name = QString::fromStdString(table.name);
        if (name == selected)
            reselect = r;
        tables_->setItem(r, TableName, readOnly(name));
        auto* rows = new QTableWidgetItem(QString::number(table.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        rows->setToolTip(tr("Double-click to change the row count"));
        tables_->setItem(r, TableRows, rows);
        const seed::TableProfile* given = plan_->effectiveProfile.findTable(table.name);
        QString source = tr("fixed");
        if (given && !given->per.empty())
            source = tr("%1 × rows of %2").arg(given->factor).arg(QString::fromStdString(given->per));
        else if (given && !given->calendarStart.empty())
            source = tr("one per day from %1").arg(QString::fromStdString(given->calendarStart));
        tables_->setItem(r, TableSource, readOnly(source));
    }
    filling_ = false;
    selectTable(reselect);
    showColumns();
}

void ProfileForm::selectTable(int index)
{
    if (index >= 0 && index < tables_->rowCount())
        tables_->selectRow(index);
}

QString ProfileForm::currentTable() const
{
    const QList<QTableWidgetItem*> items = tables_->selectedItems();
    return items.isEmpty() ? QString() : tables_->item(items.front()->row(), TableName)->text();
}

void ProfileForm::showColumns()
{
    columns_->setRowCount(0);
    const QString name = currentTable();
    if (!plan_ || name.isEmpty())
        return;
    const seed::PlannedTable* table = plan_->findTable(name.toStdString());
    if (!table)
        return;
    columns_->setRowCount(static_cast<int>(table->columns.size()));
    for (int r = 0; r < static_cast<int>(table->columns.size()); ++r) {
        const seed::PlannedColumn& column = table->columns[static_cast<std::size_t>(r)];
        const QString columnName = QString::fromStdString(column.name);
        columns_->setItem(r, ColumnName, readOnly(columnName));
        auto* chooser = new QComboBox(columns_);
        for (const seed::GeneratorInfo& info : seed::generatorCatalog()) {
            chooser->addItem(QString::fromLatin1(info.name));
            chooser->setItemData(chooser->count() - 1, QString::fromLatin1(info.summary), Qt::ToolTipRole);
        }
        chooser->setCurrentText(QString::fromStdString(column.spec.generator));
        connect(chooser, &QComboBox::activated, this, [this, name, columnName, chooser] {
            Q_EMIT generatorChosen(name, columnName, chooser->currentText());
        });
        columns_->setCellWidget(r, ColumnGenerator, chooser);
        columns_->setItem(r, ColumnParameters, readOnly(parameters(column.spec)));
        columns_->setItem(r, ColumnSource, readOnly(column.inferred ? tr("inferred") : tr("profile")));
    }
}

}  // namespace ss::ui
