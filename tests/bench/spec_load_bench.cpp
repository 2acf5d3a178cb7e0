// Load + validate of a 2,000-table x 21-column spec, beside yaml-cpp's bare parse of the same text.
#include "support/spec_generator.h"

#include "core/spec/incremental_spec_loader.h"
#include "core/spec/spec_check.h"
#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <sstream>

namespace {

// Consumes parser events and keeps nothing: the floor that any loader on yaml-cpp's scanner pays.
class DiscardingHandler : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++events; }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { ++events; }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { ++events; }
    void OnMapEnd() override {}
    std::size_t events = 0;
};

}  // namespace

int main()
{
    const std::string text = bench::generateSpec({});
    std::printf("spec: %zu bytes\n", text.size());

    std::size_t sink = 0;
    const double bare = bench::medianSeconds(5, [&] { sink += YAML::Load(text).size(); });
    const double scanOnly = bench::medianSeconds(5, [&] {
        std::istringstream in(text);
        YAML::Parser parser(in);
        DiscardingHandler handler;
        parser.HandleNextDocument(handler);
        sink += handler.events;
    });
    std::size_t diagnostics = 0;
    const double ours = bench::medianSeconds(5, [&] {
        ss::LoadResult r = ss::loadSchemaYaml(text);
        diagnostics = r.diagnostics.size() + ss::validate(r.model).size();
        sink += r.model.tables.size();
    });
    std::printf("yaml-cpp YAML::Load (bare parse): %.3f s\n", bare);
    std::printf("yaml-cpp parser events only (scanner floor): %.3f s\n", scanOnly);
    std::printf("ss::loadSchemaYaml + ss::validate: %.3f s (%zu diagnostics)\n", ours, diagnostics);
    std::printf("ratio: %.2fx the bare parse (target <= 1.2x)\n", ours / bare);

    // The editor's case: the spec was checked once, then one table changes between checks.
    ss::IncrementalSpecLoader editor;
    ss::checkSpecText(editor, text);
    std::string edited = text;
    const std::size_t typedAt = edited.find("col_5", edited.size() / 2);
    int keystroke = 0;
    const double revalidate = bench::medianSeconds(9, [&] {
        edited[typedAt + 4] = static_cast<char>('a' + (keystroke++ % 26));
        const ss::LoadResult r = ss::checkSpecText(editor, edited);
        sink += r.diagnostics.size() + static_cast<std::size_t>(editor.lastParsedTables());
    });
    std::printf("revalidate after an edit to one table (incremental load + validate): %.3f s "
                "(%d table re-parsed, target <= 0.5 s)\n", revalidate, editor.lastParsedTables());
    return sink == 0 ? 1 : 0;
}
