#pragma once

#include <string>

namespace ss {

// Who runs an apply: what the ledger records as "applied by" and what a lock names as its holder.
struct ProcessIdentity {
    std::string user;
    std::string host;
    long long pid = 0;

    std::string userAtHost() const { return user + "@" + host; }
};

ProcessIdentity currentProcess();

// Whether a process with this id runs on this machine (a process of another user counts as running).
bool processIsAlive(long long pid);

}  // namespace ss
