#include "core/db/apply/process_identity.h"

#include <QString>
#include <QSysInfo>

#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace ss {

ProcessIdentity currentProcess()
{
    ProcessIdentity id;
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name)
        id.user = pw->pw_name;
    else
        id.user = "uid" + std::to_string(geteuid());
    id.host = QSysInfo::machineHostName().toStdString();
    id.pid = static_cast<long long>(getpid());
    return id;
}

bool processIsAlive(long long pid)
{
    if (pid <= 0)
        return false;
    return kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

}  // namespace ss
