#pragma once

class QWidget;

namespace ss::ui {

class Workspace;

// Opens the connection dialog on the workspace's project and makes the database chosen there the active one.
// Returns true when the user chose one.
bool chooseDatabase(Workspace& workspace, QWidget* parent);

}  // namespace ss::ui
