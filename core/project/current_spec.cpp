#include "core/project/current_spec.h"

#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_writer.h"
#include "core/util/atomic_file.h"

namespace ss {

std::string recordAppliedSpec(const SchemaModel& applied, const std::string& specPath, const std::string& currentPath)
{
    std::string text;
    std::string unreadable;  // not a failure: the applied model itself is written then
    bool copyFile = false;
    if (!specPath.empty() && readWholeFile(specPath, text, unreadable, kMaxSpecBytes)) {
        const LoadResult onDisk = loadSchemaYaml(text);
        copyFile = onDisk.ok() && onDisk.model == applied;
    }
    if (!copyFile) text = saveSchemaYaml(applied);
    return writeFileAtomically(currentPath, text);
}

}  // namespace ss
