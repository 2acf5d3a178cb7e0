#include "app/dbx/commands.h"

namespace dbx {

const std::vector<Command>& commands()
{
    static const std::vector<Command> list = {
        {"validate", "check a spec and print located diagnostics", runValidate},
        {"format", "rewrite a spec in its canonical form", runFormat},
        {"seed", "generate synthetic data for a spec (dry run, inferred profile)", runSeed},
    };
    return list;
}

}  // namespace dbx
