#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"

#include <algorithm>
#include <iostream>

namespace {

void printHelp()
{
    std::cout << "Usage: dbx COMMAND [OPTIONS]\n\n"
                 "Schema Studio on the command line: every step of the desktop app, for scripts and CI.\n\n"
                 "Commands:\n";
    std::size_t width = 0;
    for (const auto& c : dbx::commands())
        width = std::max(width, std::string(c.name).size());
    for (const auto& c : dbx::commands())
        std::cout << "  " << c.name << std::string(width + 2 - std::string(c.name).size(), ' ') << c.summary << "\n";
    std::cout << "\nRun 'dbx COMMAND --help' for a command's options.\n"
                 "Exit codes: 0 success, 1 findings (errors, drift), 2 usage error or unreadable input, "
                 "3 risk at or above --fail-on-risk.\n";
}

}  // namespace

int main(int argc, char* argv[])
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        printHelp();
        return dbx::kUsage;
    }
    const std::string command = args.front();
    if (command == "--help" || command == "-h" || command == "help") {
        printHelp();
        return dbx::kOk;
    }
    if (command == "--version") {
        std::cout << "dbx " << SS_VERSION << "\n";
        return dbx::kOk;
    }
    for (const auto& c : dbx::commands())
        if (command == c.name)
            return c.run(std::vector<std::string>(args.begin() + 1, args.end()));
    std::cerr << "dbx: unknown command '" << command << "'\nRun 'dbx --help' for the list of commands.\n";
    return dbx::kUsage;
}
