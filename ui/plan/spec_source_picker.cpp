#include "ui/plan/spec_source_picker.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace ss::ui {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kBrowse = -1;  // the kind stored on "Other spec file…"

}  // namespace

SpecSourceEntry fileEntry(const QString& path)
{
    return {{SpecSource::Kind::File, path}, QFileInfo(path).fileName(), QDir::toNativeSeparators(path)};
}

SpecSourcePicker::SpecSourcePicker(QWidget* parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (itemData(index, kKindRole).toInt() == kBrowse) {
            browse();
            return;
        }
        const bool changed = index != shown_;
        shown_ = index;
        if (changed) Q_EMIT sourceChosen(source());
    });
}

void SpecSourcePicker::setEntries(std::vector<SpecSourceEntry> entries, const SpecSource& selected)
{
    const QSignalBlocker blocker(this);
    clear();
    for (const SpecSourceEntry& entry : entries) add(entry);
    if (indexOf(selected) < 0 && selected.kind == SpecSource::Kind::File) add(fileEntry(selected.path));
    addItem(tr("Other spec file…"), kBrowse);
    setItemData(count() - 1, tr("Choose a spec file anywhere on disk"), Qt::ToolTipRole);
    shown_ = std::max(0, indexOf(selected));
    setCurrentIndex(shown_);
}

SpecSource SpecSourcePicker::source() const
{
    const int index = currentIndex();
    if (index < 0 || itemData(index, kKindRole).toInt() == kBrowse) return {};
    return {static_cast<SpecSource::Kind>(itemData(index, kKindRole).toInt()), itemData(index, kPathRole).toString()};
}

void SpecSourcePicker::add(const SpecSourceEntry& entry)
{
    const int index = count() - (count() > 0 && itemData(count() - 1, kKindRole).toInt() == kBrowse ? 1 : 0);
    insertItem(index, entry.label, static_cast<int>(entry.source.kind));
    setItemData(index, entry.source.path, kPathRole);
    setItemData(index, entry.toolTip, Qt::ToolTipRole);
}

int SpecSourcePicker::indexOf(const SpecSource& source) const
{
    for (int i = 0; i < count(); ++i) {
        const int kind = itemData(i, kKindRole).toInt();
        if (kind == static_cast<int>(source.kind) && itemData(i, kPathRole).toString() == source.path) return i;
    }
    return -1;
}

void SpecSourcePicker::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Spec"), browseFolder_,
                                                      tr("Specs (*.yml *.yaml);;All files (*)"));
    if (path.isEmpty()) {
        setCurrentIndex(shown_);
        return;
    }
    const SpecSource chosen{SpecSource::Kind::File, QFileInfo(path).absoluteFilePath()};
    if (indexOf(chosen) < 0) add(fileEntry(chosen.path));
    shown_ = indexOf(chosen);
    setCurrentIndex(shown_);
    Q_EMIT sourceChosen(chosen);
}

}  // namespace ss::ui
