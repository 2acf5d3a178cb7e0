#include "core/export/export_bundle.h"

#include "core/export/data_dictionary.h"
#include "core/export/full_ddl.h"
#include "core/util/atomic_file.h"

#include <filesystem>

namespace ss {

std::vector<ExportFile> exportFiles(const SchemaModel& model, const std::string& specText, const std::string& name,
                                    const ExportSelection& selection)
{
    std::vector<ExportFile> files;
    if (selection.specYaml)
        files.push_back({name + ".yml", specText});
    for (const Dialect dialect : selection.ddl)
        files.push_back({"ddl/" + name + "." + toString(dialect) + ".sql", fullDdl(model, dialect)});
    if (selection.docs)
        files.push_back({"docs/" + name + ".md", dataDictionary(model)});
    for (const ModelLanguage language : selection.models)
        files.push_back({"models/" + name + fileExtension(language), generateModels(model, language)});
    return files;
}

std::string writeExportFiles(const std::string& folder, const std::vector<ExportFile>& files,
                             std::vector<std::string>& written)
{
    namespace fs = std::filesystem;
    for (const ExportFile& file : files) {
        const fs::path path = fs::path(folder) / file.relativePath;
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        if (ec)
            return "cannot create the folder " + path.parent_path().string() + ": " + ec.message();
        if (std::string error = writeFileAtomically(path.string(), file.content); !error.empty())
            return error;
        written.push_back(path.string());
    }
    return {};
}

}  // namespace ss
