#pragma once

#include "core/util/json_escape.h"

#include <map>
#include <string>
#include <vector>

namespace dbx {

// Exit codes shared by every command (documented in `dbx --help`).
enum ExitCode { kOk = 0, kFindings = 1, kUsage = 2, kRiskFound = 3 };

// Parsed command line of one command: `--flag`, `--option VALUE` / `--option=VALUE`, and positionals.
class Args {
public:
    // valueOptions: the options that take a value; flags: the ones that do not. Anything else is a usage error.
    bool parse(const std::vector<std::string>& argv, const std::vector<std::string>& valueOptions,
               const std::vector<std::string>& flags, std::string& error);

    bool has(const std::string& name) const { return m_flags.count(name) || m_values.count(name); }
    std::string value(const std::string& name, const std::string& fallback = {}) const;
    // Every value an option was given, for options that may be repeated (--source A --source B); value() is the last.
    std::vector<std::string> values(const std::string& name) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }

private:
    std::map<std::string, std::string> m_values;
    std::map<std::string, std::vector<std::string>> m_repeated;
    std::map<std::string, bool> m_flags;
    std::vector<std::string> m_positionals;
};

// Prints "dbx CMD: message" and the usage hint to stderr; returns kUsage.
int usageError(const std::string& command, const std::string& message, const std::string& usage);

using ss::jsonEscape;

}  // namespace dbx
