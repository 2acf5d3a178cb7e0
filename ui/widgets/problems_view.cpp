#include "ui/widgets/problems_view.h"

#include "ui/widgets/painted_icon.h"

#include <QHeaderView>

namespace ss::ui {

namespace {

constexpr int kLineRole = Qt::UserRole;
constexpr int kColumnRole = Qt::UserRole + 1;

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error: return errorIcon();
    case Severity::Warning: return warningIcon();
    case Severity::Info: return infoIcon();
    }
    return errorIcon();
}

}  // namespace

ProblemsView::ProblemsView(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(4);
    setHeaderLabels({tr("Severity"), tr("Message"), tr("Rule"), tr("Line:Col")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(SingleSelection);
    setWordWrap(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(LocationColumn, QHeaderView::ResizeToContents);

    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int line = item->data(LocationColumn, kLineRole).toInt();
        if (line > 0) Q_EMIT problemActivated(line, item->data(LocationColumn, kColumnRole).toInt());
    });
}

void ProblemsView::setDiagnostics(const std::vector<Diagnostic>& diagnostics)
{
    setUpdatesEnabled(false);
    clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(static_cast<int>(diagnostics.size()));
    for (const Diagnostic& d : diagnostics) {
        auto* item = new QTreeWidgetItem;
        item->setIcon(SeverityColumn, severityIcon(d.severity));
        item->setText(SeverityColumn, QString::fromLatin1(toString(d.severity)));
        item->setText(MessageColumn, QString::fromStdString(d.message));
        QString tip = QString::fromStdString(d.message);
        if (!d.hint.empty()) tip += QStringLiteral("\n") + QString::fromStdString(d.hint);
        item->setToolTip(MessageColumn, tip);
        item->setText(RuleColumn, QString::fromStdString(d.ruleId));
        item->setText(LocationColumn, d.loc.known() ? QStringLiteral("%1:%2").arg(d.loc.line).arg(d.loc.column)
                                                    : QStringLiteral("—"));
        item->setData(LocationColumn, kLineRole, d.loc.line);
        item->setData(LocationColumn, kColumnRole, d.loc.column);
        item->setTextAlignment(LocationColumn, Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    addTopLevelItems(items);
    setUpdatesEnabled(true);
}

}  // namespace ss::ui
