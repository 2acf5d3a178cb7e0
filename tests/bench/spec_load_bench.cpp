// Load + validate of a 2,000-table x 21-column spec, beside yaml-cpp's bare parse of the same text.
#include "support/spec_generator.h"

#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"

#include <yaml-cpp/yaml.h>

#include <cstdio>

int main()
{
    const std::string text = bench::generateSpec({});
    std::printf("spec: %zu bytes\n", text.size());

    std::size_t sink = 0;
    const double bare = bench::medianSeconds(5, [&] { sink += YAML::Load(text).size(); });
    std::size_t diagnostics = 0;
    const double ours = bench::medianSeconds(5, [&] {
        ss::LoadResult r = ss::loadSchemaYaml(text);
        diagnostics = r.diagnostics.size() + ss::validate(r.model).size();
        sink += r.model.tables.size();
    });
    std::printf("yaml-cpp YAML::Load (bare parse): %.3f s\n", bare);
    std::printf("ss::loadSchemaYaml + ss::validate: %.3f s (%zu diagnostics)\n", ours, diagnostics);
    std::printf("ratio: %.2fx the bare parse (target <= 1.2x)\n", ours / bare);
    return sink == 0 ? 1 : 0;
}
