#include "ui/design/prompt_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr const char* kHistoryKey = "design/promptHistory";
constexpr int kHistorySize = 20;

}  // namespace

QStringList PromptPanel::examples()
{
    return {QStringLiteral("a star schema for loan risk analysis"),
            QStringLiteral("hospital admissions by ward, doctor and day measuring length of stay and cost"),
            QStringLiteral("an order-entry app with customers, orders and order lines"),
            QStringLiteral("add a job title column to employees")};
}

PromptPanel::PromptPanel(QWidget* parent)
    : QWidget(parent),
      prompt_(new QComboBox(this)),
      editOpen_(new QCheckBox(tr("&Edit the open spec"), this)),
      generate_(new QPushButton(tr("&Generate"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      designer_(new QLabel(this))
{
    prompt_->setEditable(true);
    prompt_->setInsertPolicy(QComboBox::NoInsert);
    prompt_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    prompt_->lineEdit()->setPlaceholderText(tr("Describe the schema, e.g. \"%1\"").arg(examples().first()));
    prompt_->lineEdit()->setClearButtonEnabled(true);
    prompt_->addItems(QSettings().value(QLatin1String(kHistoryKey)).toStringList());
    prompt_->setCurrentIndex(-1);
    auto* label = new QLabel(tr("&Prompt:"), this);
    label->setBuddy(prompt_);
    generate_->setDefault(true);
    generate_->setToolTip(tr("Draft a spec from the prompt; nothing changes until you accept the draft"));
    cancel_->setEnabled(false);

    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(prompt_, 1);
    row->addWidget(generate_);
    row->addWidget(cancel_);

    QStringList links;
    for (const QString& example : examples())
        links << QStringLiteral("<a href=\"%1\">%1</a>").arg(example.toHtmlEscaped());
    auto* exampleLabel = new QLabel(tr("Try: %1").arg(links.join(QStringLiteral(" · "))), this);
    exampleLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    exampleLabel->setWordWrap(true);
    designer_->setTextFormat(Qt::PlainText);
    designer_->setForegroundRole(QPalette::PlaceholderText);

    auto* second = new QHBoxLayout;
    second->addWidget(exampleLabel, 1);
    second->addWidget(editOpen_);
    second->addSpacing(12);
    second->addWidget(designer_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addLayout(second);

    connect(exampleLabel, &QLabel::linkActivated, this, [this](const QString& example) {
        setPrompt(example);
        setEditsOpenSpec(example.startsWith(QLatin1String("add ")));
        prompt_->setFocus();
    });
    connect(generate_, &QPushButton::clicked, this, &PromptPanel::generateRequested);
    connect(prompt_->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (generate_->isEnabled()) Q_EMIT generateRequested();
    });
    connect(cancel_, &QPushButton::clicked, this, &PromptPanel::cancelRequested);
}

QString PromptPanel::prompt() const
{
    return prompt_->currentText();
}

void PromptPanel::setPrompt(const QString& text)
{
    prompt_->setEditText(text);
}

bool PromptPanel::editsOpenSpec() const
{
    return editOpen_->isChecked();
}

void PromptPanel::setEditsOpenSpec(bool on)
{
    editOpen_->setChecked(on);
}

void PromptPanel::setDesigner(const QString& description)
{
    designer_->setText(description);
}

void PromptPanel::setRunning(bool running)
{
    generate_->setEnabled(!running);
    cancel_->setEnabled(running);
    prompt_->setEnabled(!running);
}

void PromptPanel::remember(const QString& prompt)
{
    QStringList history = QSettings().value(QLatin1String(kHistoryKey)).toStringList();
    history.removeAll(prompt);
    history.prepend(prompt);
    while (history.size() > kHistorySize) history.removeLast();
    QSettings().setValue(QLatin1String(kHistoryKey), history);
    const QSignalBlocker blocker(prompt_);
    prompt_->clear();
    prompt_->addItems(history);
    prompt_->setEditText(prompt);
}

}  // namespace ss::ui
