#include "core/spec/incremental_spec_loader.h"
#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_writer.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>

// Any bytes must load without crashing, hanging or leaking, and the editor's incremental loader must agree
// with the whole load; whatever loads cleanly must validate, and its canonical text must load back to the
// same model.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ss::LoadResult loaded = ss::loadSchemaYaml(text);
    ss::IncrementalSpecLoader incremental;
    const ss::LoadResult sliced = incremental.load(text);
    std::vector<ss::Diagnostic> wholeDiagnostics = loaded.diagnostics;
    std::stable_sort(wholeDiagnostics.begin(), wholeDiagnostics.end(), [](const auto& a, const auto& b) {
        return a.loc.line != b.loc.line ? a.loc.line < b.loc.line : a.loc.column < b.loc.column;
    });
    if (!(sliced.model == loaded.model) || !(sliced.diagnostics == wholeDiagnostics))
        std::abort();
    if (!loaded.ok())
        return 0;
    ss::validate(loaded.model);
    const ss::LoadResult again = ss::loadSchemaYaml(ss::saveSchemaYaml(loaded.model));
    if (!again.ok() || !(again.model == loaded.model))
        std::abort();
    return 0;
}
