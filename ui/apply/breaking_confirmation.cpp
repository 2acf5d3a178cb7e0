#include "ui/apply/breaking_confirmation.h"

#include "ui/plan/operation_list.h"
#include "ui/widgets/painted_icon.h"
#include "ui/widgets/plural.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

QString backupText(const ActiveDatabase& database)
{
    if (database.dialect() == Dialect::Sqlite) {
        const QFileInfo file(QString::fromStdString(database.resolved.path));
        return QObject::tr("Before anything runs, the whole database file is backed up beside it, in %1. The ledger "
                           "records where.")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    }
    return QObject::tr("Before anything runs, every table these changes alter or drop is copied inside the database "
                       "(dbx_backup_<migration>_<table>). The ledger records the copies.");
}

}  // namespace

BreakingConfirmation::BreakingConfirmation(const MigrationScript& script, const ActiveDatabase& database, QWidget* parent)
    : QDialog(parent),
      expected_(database.databaseName()),
      intro_(new QLabel(this)),
      changes_(new QTreeWidget(this)),
      backup_(new QLabel(backupText(database), this)),
      name_(new QLineEdit(this)),
      apply_(nullptr)
{
    setObjectName(QStringLiteral("BreakingConfirmation"));
    setWindowTitle(tr("Confirm High-Risk Changes"));
    const std::vector<const ScriptOperation*> risky = script.highRiskOperations();

    auto* icon = new QLabel(this);
    icon->setPixmap(errorIcon().pixmap(40, 40));
    intro_->setWordWrap(true);
    intro_->setTextFormat(Qt::PlainText);
    const auto changes = static_cast<qsizetype>(risky.size());
    intro_->setText(tr("This migration makes %1 to %2. They lose data or break what reads it, and cannot be undone by "
                       "applying the old spec again:")
                        .arg(plural(changes, "high-risk change", "high-risk changes"), database.label()));
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro_, 1);

    changes_->setHeaderHidden(true);
    changes_->setRootIsDecorated(false);
    changes_->setSelectionMode(QAbstractItemView::NoSelection);
    changes_->setWordWrap(true);
    for (const ScriptOperation* op : risky) {
        auto* item = new QTreeWidgetItem(changes_);
        item->setText(0, tr("%1. %2").arg(op->step).arg(QString::fromStdString(op->description)));
        item->setIcon(0, errorIcon());
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        addReasonRows(item, op->reasons, Qt::UserRole, op->step);
        item->setExpanded(true);
    }
    changes_->setMinimumHeight(160);

    backup_->setWordWrap(true);
    auto* prompt = new QLabel(tr("To run them, type the database's name, <b>%1</b>:").arg(expected_.toHtmlEscaped()), this);
    prompt->setBuddy(name_);
    name_->setPlaceholderText(expected_);

    auto* buttons = new QDialogButtonBox(this);
    apply_ = buttons->addButton(changes == 1 ? tr("Apply the High-Risk Change") : tr("Apply %1 High-Risk Changes").arg(changes),
                                QDialogButtonBox::AcceptRole);
    apply_->setEnabled(false);
    QPushButton* refuse = buttons->addButton(tr("Don't Apply"), QDialogButtonBox::RejectRole);
    refuse->setDefault(true);
    // Enter refuses until the name is typed, then confirms.
    connect(name_, &QLineEdit::textChanged, this, [this, refuse](const QString& text) {
        const bool confirmed = !expected_.isEmpty() && text == expected_;
        apply_->setEnabled(confirmed);
        apply_->setDefault(confirmed);
        refuse->setDefault(!confirmed);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(changes_, 1);
    layout->addWidget(backup_);
    layout->addWidget(prompt);
    layout->addWidget(name_);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString BreakingConfirmation::text() const
{
    QStringList lines{intro_->text()};
    for (int i = 0; i < changes_->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = changes_->topLevelItem(i);
        lines << item->text(0);
        for (int child = 0; child < item->childCount(); ++child) lines << QStringLiteral("  ") + item->child(child)->text(0);
    }
    lines << backup_->text();
    return lines.join(QLatin1Char('\n'));
}

}  // namespace ss::ui
