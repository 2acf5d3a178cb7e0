#pragma once

#include <QComboBox>

#include <vector>

namespace ss::ui {

// Where one side of a plan comes from: a spec, the empty schema, or the workspace's active database as it is.
struct SpecSource {
    enum class Kind { EmptySchema, DesignSpec, File, LiveDatabase };
    Kind kind = Kind::EmptySchema;
    QString path;  // File: the spec file

    friend bool operator==(const SpecSource&, const SpecSource&) = default;
};

struct SpecSourceEntry {
    SpecSource source;
    QString label;
    QString toolTip;
};

// A combo box of sources, ended by "Other spec file…", which asks for a file and offers it as a source.
class SpecSourcePicker : public QComboBox {
    Q_OBJECT

public:
    explicit SpecSourcePicker(QWidget* parent = nullptr);

    // Replaces the entries and selects `selected`; a file source that is not listed gets an entry of its own.
    void setEntries(std::vector<SpecSourceEntry> entries, const SpecSource& selected);
    SpecSource source() const;
    // Where "Other spec file…" starts looking.
    void setBrowseFolder(const QString& folder) { browseFolder_ = folder; }

Q_SIGNALS:
    // The user picked another source.
    void sourceChosen(const ss::ui::SpecSource& source);

private:
    void add(const SpecSourceEntry& entry);
    int indexOf(const SpecSource& source) const;
    void browse();

    QString browseFolder_;
    int shown_ = -1;  // the entry selected before "Other spec file…" was picked
};

// An entry for a spec file: its file name, the full path as tool tip.
SpecSourceEntry fileEntry(const QString& path);

}  // namespace ss::ui
