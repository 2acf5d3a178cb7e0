#include "ui/explore/interpretation_bar.h"

#include "core/query/answer_json.h"
#include "core/query/lexicon.h"
#include "core/query/rewording.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

QString spoken(const query::SemanticModel& model, int field)
{
    return QString::fromStdString(query::spokenField(model, field));
}

QString aggregationText(Aggregation a)
{
    switch (a) {
    case Aggregation::Avg: return QObject::tr("average");
    case Aggregation::Min: return QObject::tr("minimum");
    case Aggregation::Max: return QObject::tr("maximum");
    case Aggregation::Count: return QObject::tr("count of");
    case Aggregation::CountDistinct: return QObject::tr("distinct");
    default: return QObject::tr("total");
    }
}

}  // namespace

InterpretationBar::InterpretationBar(QWidget* parent) : QWidget(parent), chips_(new QHBoxLayout), note_(new QLabel(this))
{
    chips_->setContentsMargins(0, 0, 0, 0);
    chips_->setSpacing(6);
    note_->setWordWrap(true);
    note_->setObjectName(QStringLiteral("interpretationNote"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(chips_);
    layout->addWidget(note_);
    clear();
}

void InterpretationBar::clear()
{
    for (QToolButton* b : buttons_)
        delete b;
    buttons_.clear();
    while (QLayoutItem* item = chips_->takeAt(0))
        delete item;
    note_->clear();
    note_->hide();
}

QToolButton* InterpretationBar::chip(const QString& name) const
{
    for (QToolButton* b : buttons_)
        if (b->objectName() == name)
            return b;
    return nullptr;
}

QString InterpretationBar::summaryText() const
{
    QStringList parts;
    for (QToolButton* b : buttons_)
        parts << b->text();
    if (!note_->text().isEmpty())
        parts << note_->text();
    return parts.join(QStringLiteral(" · "));
}

QToolButton* InterpretationBar::addChip(const QString& name, const QString& text, const QString& tip)
{
    auto* button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    chips_->addWidget(button);
    buttons_.push_back(button);
    return button;
}

void InterpretationBar::askPlan(const query::QueryPlan& plan)
{
    Q_EMIT askRequested(QString::fromStdString(query::rewordPlan(plan, explorer_->model())));
}

void InterpretationBar::showAnswer(const query::Answer& answer, std::shared_ptr<const query::Explorer> explorer)
{
    clear();
    explorer_ = std::move(explorer);
    QStringList notes;
    for (std::size_t a = 0; a < answer.ambiguities.size(); ++a) {
        const query::Ambiguity& ambiguity = answer.ambiguities[a];
        notes << QString::fromStdString(ambiguity.question);
        for (std::size_t i = 0; i < ambiguity.alternatives.size(); ++i) {
            const QString alternative = QString::fromStdString(ambiguity.alternatives[i]);
            QToolButton* b = addChip(QStringLiteral("choice-%1").arg(buttons_.size()), alternative, tr("Ask this instead"));
            connect(b, &QToolButton::clicked, this, [this, alternative] { Q_EMIT askRequested(alternative); });
        }
    }
    if (!answer.notUnderstood.empty()) {
        QStringList words;
        for (const std::string& w : answer.notUnderstood)
            words << QStringLiteral("“%1”").arg(QString::fromStdString(w));
        notes << tr("Not understood: %1").arg(words.join(QStringLiteral(", ")));
    }
    if (answer.plan && explorer_) {
        addMeasureChip(*answer.plan);
        addGroupChips(*answer.plan);
        addFilterChips(*answer.plan);
        addWindowChip(*answer.plan);
        for (int l : query::linksUsed(*answer.plan)) {
            const query::Link& link = explorer_->model().links[l];
            if (link.inferred)
                notes << tr("Joined %1 to %2 by %3: inferred from names and data (%4 % of values found)")
                             .arg(QString::fromStdString(explorer_->model().tables[link.from].name),
                                  QString::fromStdString(explorer_->model().tables[link.to].name),
                                  QString::fromStdString(link.fromColumns.front()))
                             .arg(qRound(link.inclusion * 100));
        }
    }
    for (const std::string& n : answer.notes)
        notes << QString::fromStdString(n);
    chips_->addStretch(1);
    note_->setText(notes.join(QStringLiteral("\n")));
    note_->setVisible(!notes.isEmpty());
}

void InterpretationBar::addMeasureChip(const query::QueryPlan& plan)
{
    const query::SemanticModel& model = explorer_->model();
    for (std::size_t i = 0; i < plan.measures.size(); ++i) {
        const query::PlannedMeasure& m = plan.measures[i];
        int table = -1;
        for (const query::QueryPart& part : plan.parts)
            if (std::find(part.measures.begin(), part.measures.end(), static_cast<int>(i)) != part.measures.end())
                table = part.table;
        const QString what = m.field >= 0 ? aggregationText(m.aggregation) + " " + spoken(model, m.field)
                                          : tr("number of %1").arg(QString::fromStdString(query::joinWords(model.tables[table].words)));
        QToolButton* b = addChip(i == 0 ? QStringLiteral("measure") : QStringLiteral("measure-%1").arg(i), QStringLiteral("Σ ") + what + QStringLiteral(" ▾"),
                                 tr("The measure: pick another of %1").arg(QString::fromStdString(model.tables[table].name)));
        auto* menu = new QMenu(b);
        const auto replaceWith = [this, plan, i](int field, Aggregation aggregation) {
            query::QueryPlan edited = plan;
            edited.measures[i].field = field;
            edited.measures[i].aggregation = aggregation;
            askPlan(edited);
        };
        menu->addAction(tr("number of %1").arg(QString::fromStdString(query::joinWords(model.tables[table].words))), this,
                        [replaceWith] { replaceWith(-1, Aggregation::Count); });
        for (int f : model.tables[table].fields)
            if (model.fields[f].kind == query::FieldKind::Measure && f != m.field) {
                const Aggregation a = model.fields[f].aggregation;
                menu->addAction(aggregationText(a) + " " + spoken(model, f), this, [replaceWith, f, a] { replaceWith(f, a); });
            }
        b->setMenu(menu);
        b->setPopupMode(QToolButton::InstantPopup);
    }
}

void InterpretationBar::addGroupChips(const query::QueryPlan& plan)
{
    const query::SemanticModel& model = explorer_->model();
    for (std::size_t g = 0; g < plan.groups.size(); ++g) {
        const query::PlannedGroup& group = plan.groups[g];
        const QString text = group.grain != query::TimeGrain::None ? tr("per %1").arg(query::toString(group.grain)) : tr("by %1").arg(spoken(model, group.field));
        QToolButton* b = addChip(QStringLiteral("group-%1").arg(g), text + QStringLiteral("  ✕"), tr("Click to stop grouping by this"));
        connect(b, &QToolButton::clicked, this, [this, plan, g] {
            query::QueryPlan edited = plan;
            edited.groups.erase(edited.groups.begin() + static_cast<long>(g));
            for (query::QueryPart& part : edited.parts)
                if (g < part.groupPaths.size())
                    part.groupPaths.erase(part.groupPaths.begin() + static_cast<long>(g));
            askPlan(edited);
        });
    }
    if (plan.parts.empty() || plan.measures.empty())
        return;
    // Categories of the measure's table and of the tables it joins directly.
    const int table = plan.parts.front().table;
    QToolButton* add = addChip(QStringLiteral("add-group"), tr("+ group ▾"), tr("Group the answer by a category or a period"));
    auto* menu = new QMenu(add);
    for (const char* grain : {"month", "quarter", "year"}) {
        const QString g = QString::fromLatin1(grain);
        menu->addAction(tr("per %1").arg(g), this, [this, plan, g] {
            Q_EMIT askRequested(QString::fromStdString(query::rewordPlan(plan, explorer_->model())) + " per " + g);
        });
    }
    menu->addSeparator();
    std::vector<int> tables = {table};
    for (int l : model.outgoing[table])
        tables.push_back(model.links[l].to);
    for (int t : tables) {
        if (query::isDateTable(model.tables[t]))
            continue;
        for (int f : model.tables[t].fields) {
            const query::Field& field = model.fields[f];
            const bool grouped = std::any_of(plan.groups.begin(), plan.groups.end(), [f](const query::PlannedGroup& pg) { return pg.field == f; });
            if (field.kind != query::FieldKind::Dimension || field.values.size() < 2 || grouped)
                continue;
            menu->addAction(tr("by %1").arg(spoken(model, f)), this, [this, plan, f] {
                query::QueryPlan edited = plan;
                edited.groups.push_back(query::PlannedGroup{f, query::TimeGrain::None, explorer_->model().fields[f].column});
                askPlan(edited);
            });
        }
    }
    add->setMenu(menu);
    add->setPopupMode(QToolButton::InstantPopup);
}

void InterpretationBar::addFilterChips(const query::QueryPlan& plan)
{
    for (std::size_t f = 0; f < plan.filters.size(); ++f) {
        QToolButton* b = addChip(QStringLiteral("filter-%1").arg(f), QString::fromStdString(plan.filters[f].text) + QStringLiteral("  ✕"),
                                 tr("Click to drop this filter"));
        connect(b, &QToolButton::clicked, this, [this, plan, f] {
            query::QueryPlan edited = plan;
            edited.filters.erase(edited.filters.begin() + static_cast<long>(f));
            for (query::QueryPart& part : edited.parts)
                if (f < part.filterPaths.size())
                    part.filterPaths.erase(part.filterPaths.begin() + static_cast<long>(f));
            askPlan(edited);
        });
    }
}

void InterpretationBar::addWindowChip(const query::QueryPlan& plan)
{
    if (plan.measures.empty())
        return;
    const QString text = plan.window ? tr("%1 to %2").arg(plan.window->range.from.toString(Qt::ISODate), plan.window->range.to.addDays(-1).toString(Qt::ISODate))
                                     : tr("all time");
    QToolButton* b = addChip(QStringLiteral("window"), tr("time: %1 ▾").arg(text),
                             plan.window ? QString::fromStdString(plan.window->range.description) : tr("Limit the answer to a time window"));
    auto* menu = new QMenu(b);
    query::QueryPlan without = plan;
    without.window.reset();
    const QString base = QString::fromStdString(query::rewordPlan(without, explorer_->model()));
    if (plan.window)
        menu->addAction(tr("all time"), this, [this, base] { Q_EMIT askRequested(base); });
    for (const char* phrase : {"last month", "last quarter", "last year", "this year", "past 12 months"}) {
        const QString p = QString::fromLatin1(phrase);
        menu->addAction(p, this, [this, base, p] { Q_EMIT askRequested(base + " " + p); });
    }
    b->setMenu(menu);
    b->setPopupMode(QToolButton::InstantPopup);
}

}  // namespace ss::ui
