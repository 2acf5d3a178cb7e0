#pragma once

#include "ui/shell/active_database.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace ss::ui {

class LatestJobRunner;
class StatusLine;
struct ProbeResult;

// Chooses the database the pages work on: one of the project's environments (dbx.yml), or one defined here: a
// SQLite file (new or existing) or a PostgreSQL / MariaDB / MySQL server. A password typed here is kept for this
// session only; it is never written into the project or the settings. Test opens the connection on a worker
// thread and reports the server's version or the exact error.
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    ConnectionDialog(const Project& project, const ActiveDatabase& current, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    // The database the fields describe now (an environment's, when they still hold its URL).
    ActiveDatabase database() const;

    QListWidget* environments() const { return environments_; }
    QComboBox* kindBox() const { return kind_; }
    QLineEdit* sqlitePath() const { return sqlitePath_; }
    QLineEdit* hostEdit() const { return host_; }
    QSpinBox* portBox() const { return port_; }
    QLineEdit* databaseEdit() const { return database_; }
    QLineEdit* userEdit() const { return user_; }
    QLineEdit* passwordEdit() const { return password_; }
    QPushButton* testButton() const { return test_; }
    QString urlText() const;
    QString testResult() const;
    bool isTesting() const;

    void test();

Q_SIGNALS:
    // A test finished and its result is on screen.
    void tested();

private:
    QWidget* buildForm();
    void showEnvironment(int row);
    void fillFields(const ActiveDatabase& database);
    void kindChanged();
    void fieldsChanged();
    void browseSqlite();
    void showProbe(const ProbeResult& result);

    const Project project_;
    QString environmentShown_;  // the environment whose URL the fields were filled from
    QListWidget* environments_;
    QComboBox* kind_;
    QStackedWidget* pages_;
    QLineEdit* sqlitePath_;
    QLineEdit* host_;
    QSpinBox* port_;
    QLineEdit* database_;
    QLineEdit* user_;
    QLineEdit* password_;
    QLabel* url_;
    QPushButton* test_;
    StatusLine* result_;
    QDialogButtonBox* buttons_;
    LatestJobRunner* jobs_;
    bool filling_ = false;
};

}  // namespace ss::ui
