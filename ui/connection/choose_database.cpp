#include "ui/connection/choose_database.h"

#include "ui/connection/connection_dialog.h"
#include "ui/shell/workspace.h"

namespace ss::ui {

bool chooseDatabase(Workspace& workspace, QWidget* parent)
{
    ConnectionDialog dialog(workspace.project(), workspace.activeDatabase(), parent);
    if (dialog.exec() != QDialog::Accepted) return false;
    workspace.setActiveDatabase(dialog.database());
    return true;
}

}  // namespace ss::ui
