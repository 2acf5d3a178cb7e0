#include "core/spec/yaml_loader.h"

#include "core/spec/spec_reader.h"
#include "core/spec/yaml_text.h"

namespace ss {

LoadResult loadSchemaYaml(std::string_view text)
{
    LoadResult result;
    if (auto document = parseYamlText(text, kMaxSpecBytes, "spec", result.diagnostics))
        result.model = readSpec(*document, result.diagnostics);
    sortDiagnostics(result.diagnostics);
    return result;
}

LoadResult loadSchemaFile(const std::string& path)
{
    LoadResult result;
    std::string content;
    if (!readYamlFile(path, kMaxSpecBytes, content, result.diagnostics))
        return result;
    return loadSchemaYaml(content);
}

}  // namespace ss
