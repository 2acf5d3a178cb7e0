#include "app/dbx/cli_args.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace dbx {

bool Args::parse(const std::vector<std::string>& argv, const std::vector<std::string>& valueOptions,
                 const std::vector<std::string>& flags, std::string& error)
{
    auto contains = [](const std::vector<std::string>& list, const std::string& s) {
        return std::find(list.begin(), list.end(), s) != list.end();
    };
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (arg.size() > 2 && arg.rfind("--", 0) == 0) {
            std::string name = arg.substr(2);
            std::string inlineValue;
            const auto eq = name.find('=');
            const bool hasInline = eq != std::string::npos;
            if (hasInline) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            if (contains(valueOptions, name)) {
                if (hasInline) {
                    m_values[name] = inlineValue;
                } else if (i + 1 < argv.size()) {
                    m_values[name] = argv[++i];
                } else {
                    error = "option --" + name + " needs a value";
                    return false;
                }
                m_repeated[name].push_back(m_values[name]);
            } else if (contains(flags, name) && !hasInline) {
                m_flags[name] = true;
            } else {
                error = "unknown option --" + name;
                return false;
            }
        } else {
            m_positionals.push_back(arg);
        }
    }
    return true;
}

std::string Args::value(const std::string& name, const std::string& fallback) const
{
    auto it = m_values.find(name);
    return it == m_values.end() ? fallback : it->second;
}

std::vector<std::string> Args::values(const std::string& name) const
{
    auto it = m_repeated.find(name);
    return it == m_repeated.end() ? std::vector<std::string>{} : it->second;
}

int usageError(const std::string& command, const std::string& message, const std::string& usage)
{
    std::cerr << "dbx " << command << ": " << message << "\n" << usage << "\nTry 'dbx " << command << " --help'.\n";
    return kUsage;
}

}  // namespace dbx
