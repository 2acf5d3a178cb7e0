#include "ui/shell/new_project_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace ss::ui {

NewProjectDialog::NewProjectDialog(QWidget* parent)
    : QDialog(parent), name_(new QLineEdit(this)), location_(new QLineEdit(this)), preview_(new QLabel(this))
{
    setWindowTitle(tr("New Project"));
    // The name becomes a folder name: keep it to characters every file system accepts.
    name_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9 _.-]+")), this));
    name_->setPlaceholderText(tr("loan_risk"));
    location_->setText(QDir::homePath());
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(location_, 1);
    locationRow->addWidget(browse);
    preview_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    preview_->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    create_ = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Location:"), locationRow);
    form->addRow(tr("Creates:"), preview_);
    form->addRow(buttons);
    setMinimumWidth(520);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Location"), location_->text());
        if (!dir.isEmpty()) location_->setText(dir);
    });
    connect(name_, &QLineEdit::textChanged, this, &NewProjectDialog::updatePreview);
    connect(location_, &QLineEdit::textChanged, this, &NewProjectDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

QString NewProjectDialog::projectName() const
{
    return name_->text().trimmed();
}

QString NewProjectDialog::projectDir() const
{
    return QDir(location_->text().trimmed()).filePath(projectName());
}

void NewProjectDialog::updatePreview()
{
    const bool ready = !projectName().isEmpty() && QFileInfo(location_->text().trimmed()).isDir();
    create_->setEnabled(ready);
    preview_->setText(ready ? QDir::toNativeSeparators(projectDir()) + tr("  (dbx.yml, schema_specs/, migrations/, "
                                                                          "seeding_profiles/)")
                            : tr("Give a name and an existing location."));
}

}  // namespace ss::ui
