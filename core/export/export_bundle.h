#pragma once

#include "core/export/model_generators.h"
#include "core/spec/schema_model.h"
#include "core/sql/dialect.h"

#include <string>
#include <vector>

namespace ss {

// The text artifacts of a spec that the Export page writes into one folder, under names that say what they are:
//   <name>.yml                    the spec as written
//   ddl/<name>.<dialect>.sql      its complete DDL per dialect
//   docs/<name>.md                its data dictionary (Mermaid ER embedded)
//   models/<name><extension>      its typed models per language
struct ExportSelection {
    bool specYaml = true;
    bool docs = true;
    std::vector<Dialect> ddl;
    std::vector<ModelLanguage> models;
};

struct ExportFile {
    std::string relativePath;
    std::string content;
};

std::vector<ExportFile> exportFiles(const SchemaModel& model, const std::string& specText, const std::string& name,
                                    const ExportSelection& selection);

// Writes each file atomically under `folder` (creating subfolders), in order, stopping at the first failure.
// `written` receives the paths written, so that a failure still says what is on disk. Returns an empty string
// or the failure, naming the file.
std::string writeExportFiles(const std::string& folder, const std::vector<ExportFile>& files,
                             std::vector<std::string>& written);

}  // namespace ss
