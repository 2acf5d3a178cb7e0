#include "ui/proposals/proposal_list.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <tuple>

namespace ss::ui {

QColor priorityColour(evolve::Priority priority)
{
    switch (priority) {
    case evolve::Priority::High: return QColor(0xc0, 0x39, 0x2b);
    case evolve::Priority::Medium: return QColor(0xd6, 0x8a, 0x00);
    case evolve::Priority::Low: return QColor(0x4a, 0x7f, 0xb5);
    }
    return Qt::gray;
}

namespace {

QIcon badge(const QColor& colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

QString statusText(evolve::ProposalStatus status)
{
    switch (status) {
    case evolve::ProposalStatus::Pending: return QObject::tr("pending");
    case evolve::ProposalStatus::Rejected: return QObject::tr("rejected");
    case evolve::ProposalStatus::Implemented: return QObject::tr("implemented");
    case evolve::ProposalStatus::RolledBack: return QObject::tr("rolled back");
    case evolve::ProposalStatus::Failed: return QObject::tr("failed");
    }
    return {};
}

}  // namespace

ProposalList::ProposalList(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Proposal"), tr("Type"), tr("Status")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setObjectName(QStringLiteral("proposals"));
}

void ProposalList::setProposals(const std::vector<evolve::Proposal>& proposals, const QString& status)
{
    const QString selected = currentId();
    clear();
    // Most urgent first: by priority, then what they create (tables before what builds on them), then by title.
    std::vector<const evolve::Proposal*> ordered;
    for (const evolve::Proposal& p : proposals)
        ordered.push_back(&p);
    std::stable_sort(ordered.begin(), ordered.end(), [](const evolve::Proposal* a, const evolve::Proposal* b) {
        return std::tuple(a->priority, a->type, a->title) < std::tuple(b->priority, b->type, b->title);
    });
    for (const evolve::Proposal* proposal : ordered) {
        const evolve::Proposal& p = *proposal;
        if (!status.isEmpty() && QString::fromLatin1(evolve::toString(p.status)) != status)
            continue;
        auto* item = new QTreeWidgetItem(this);
        // The priority is the badge's colour, and said in words for those who do not read colours.
        item->setIcon(TitleColumn, badge(priorityColour(p.priority)));
        item->setToolTip(TitleColumn, tr("%1 priority").arg(QString::fromLatin1(evolve::toString(p.priority))) + QLatin1Char('\n')
                                          + QString::fromStdString(p.id + "\n" + p.rationale));
        item->setText(TypeColumn, QString::fromLatin1(evolve::toString(p.type)));
        item->setText(TitleColumn, QString::fromStdString(p.title));
        item->setText(StatusColumn, statusText(p.status));
        item->setData(0, Qt::UserRole, QString::fromStdString(p.id));
        if (p.status == evolve::ProposalStatus::Rejected || p.status == evolve::ProposalStatus::RolledBack)
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, palette().placeholderText());
    }
    if (!select(selected) && topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
}

QString ProposalList::currentId() const
{
    const QTreeWidgetItem* item = currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool ProposalList::select(const QString& id)
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, Qt::UserRole).toString() == id) {
            setCurrentItem(topLevelItem(i));
            return true;
        }
    return false;
}

}  // namespace ss::ui
