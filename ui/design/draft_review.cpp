#include "ui/design/draft_review.h"

#include "ui/widgets/code_editor.h"
#include "ui/widgets/spec_diff_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr int kTableRole = Qt::UserRole;
constexpr int kColumnRole = Qt::UserRole + 1;

QString sourceText(const design::DesignResult& draft)
{
    if (draft.source == "model")
        return QObject::tr("Drafted by %1 in %2 round(s), %3 + %4 tokens, %5 ms.")
            .arg(QString::fromStdString(draft.llm.model.empty() ? std::string("the model") : draft.llm.model))
            .arg(draft.llm.rounds)
            .arg(draft.llm.tokensIn)
            .arg(draft.llm.tokensOut)
            .arg(draft.llm.elapsedMs);
    if (draft.source == "offline-fallback" || !draft.message.empty()) return QString::fromStdString(draft.message);
    return QObject::tr("Drafted offline.");
}

}  // namespace

DraftReview::DraftReview(QWidget* parent)
    : QWidget(parent),
      message_(new QLabel(this)),
      diff_(new SpecDiffView(this)),
      chips_(new QListWidget(this)),
      accept_(new QPushButton(tr("&Accept draft"), this)),
      discard_(new QPushButton(tr("&Discard"), this))
{
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::PlainText);
    fillChips(chips_, {});
    accept_->setToolTip(tr("Replace the editor's text with the draft (Undo restores it)"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(message_, 1);
    buttons->addWidget(discard_);
    buttons->addWidget(accept_);

    auto* understood = new QLabel(tr("What I understood:"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(diff_, 1);
    layout->addWidget(understood);
    layout->addWidget(chips_);

    connect(accept_, &QPushButton::clicked, this, &DraftReview::accepted);
    connect(discard_, &QPushButton::clicked, this, &DraftReview::discarded);
    connect(chips_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        selectInDraft(item->data(kTableRole).toString(), item->data(kColumnRole).toString());
    });
}

void DraftReview::fillChips(QListWidget* list, const std::vector<design::Understanding>& understood)
{
    list->clear();
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setResizeMode(QListView::Adjust);
    list->setSpacing(3);
    list->setMaximumHeight(list->fontMetrics().height() * 4 + 16);
    for (const design::Understanding& u : understood) {
        const QString target = QString::fromStdString(u.column.empty() ? u.table : u.table + "." + u.column);
        const QString words = u.words.empty() ? QString() : QStringLiteral(" “%1”").arg(QString::fromStdString(u.words));
        auto* item = new QListWidgetItem(QStringLiteral("%1%2 → %3").arg(QString::fromStdString(u.role), words, target), list);
        item->setData(kTableRole, QString::fromStdString(u.table));
        item->setData(kColumnRole, QString::fromStdString(u.column));
        item->setToolTip(QObject::tr("Select the YAML this produced"));
    }
}

int DraftReview::lineOf(const SchemaModel& model, const QString& table, const QString& column)
{
    const Table* t = model.findTable(table.toStdString());
    if (!t) return 0;
    if (!column.isEmpty())
        if (const Column* c = t->findColumn(column.toStdString()); c && c->loc.known()) return c->loc.line;
    return t->loc.line;
}

void DraftReview::show(const design::DesignResult& draft, const std::string& editorText)
{
    draft_ = draft;
    rows_ = alignLines(splitLines(editorText), splitLines(draft.yaml));
    diff_->setComparison(tr("The editor's text"), editorText, tr("The draft"), draft.yaml, rows_);
    message_->setText(sourceText(draft));
    fillChips(chips_, draft.understood);
}

QString DraftReview::message() const
{
    return message_->text();
}

void DraftReview::selectInDraft(const QString& table, const QString& column)
{
    const int line = lineOf(draft_.model, table, column);
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        if (rows_[r].right == line - 1) {
            diff_->right()->selectLine(static_cast<int>(r) + 1);
            diff_->right()->setFocus();
            return;
        }
    }
}

}  // namespace ss::ui
