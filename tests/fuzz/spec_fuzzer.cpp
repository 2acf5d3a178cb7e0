#include "core/spec/incremental_spec_loader.h"
#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_writer.h"

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
    if (!(sliced.model == loaded.model) || !(sliced.diagnostics == loaded.diagnostics))
        std::abort();
    if (!loaded.ok())
        return 0;
    ss::validate(loaded.model);
    const ss::LoadResult again = ss::loadSchemaYaml(ss::saveSchemaYaml(loaded.model));
    if (!again.ok() || !(again.model == loaded.model))
        std::abort();
    return 0;
}
