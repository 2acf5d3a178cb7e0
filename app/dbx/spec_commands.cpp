#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/spec_input.h"

#include "core/spec/spec_check.h"
#include "core/spec/yaml_writer.h"
#include "core/util/atomic_file.h"

#include <iostream>

namespace dbx {

namespace {

const char* kValidateUsage = "Usage: dbx validate FILE [--strict] [--json]";
const char* kFormatUsage = "Usage: dbx format FILE [--check] [--drop-comments]";

void printJson(const std::string& file, const std::vector<ss::Diagnostic>& diagnostics)
{
    int errors = 0;
    int warnings = 0;
    for (const auto& d : diagnostics)
        (d.severity == ss::Severity::Error ? errors : warnings) += d.severity == ss::Severity::Info ? 0 : 1;
    std::cout << "{\"file\": \"" << jsonEscape(file) << "\", \"valid\": " << (errors == 0 ? "true" : "false")
              << ", \"errors\": " << errors << ", \"warnings\": " << warnings << ", \"diagnostics\": [";
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        const auto& d = diagnostics[i];
        std::cout << (i ? ", " : "") << "{\"severity\": \"" << ss::toString(d.severity) << "\", \"rule\": \""
                  << jsonEscape(d.ruleId) << "\", \"message\": \"" << jsonEscape(d.message)
                  << "\", \"line\": " << d.loc.line << ", \"column\": " << d.loc.column << ", \"hint\": \""
                  << jsonEscape(d.hint) << "\"}";
    }
    std::cout << "]}\n";
}

int countComments(const std::string& text)
{
    int count = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        const auto first = text.find_first_not_of(" \t", start);
        if (first != std::string::npos && first < end && text[first] == '#')
            ++count;
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return count;
}

}  // namespace

int runValidate(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {}, {"strict", "json", "help"}, error))
        return usageError("validate", error, kValidateUsage);
    if (args.has("help")) {
        std::cout << kValidateUsage << "\n\nCheck a spec: YAML syntax, types, references and the validator rules.\n"
                     "  --strict  treat warnings as errors\n  --json    print the result as JSON\n"
                     "Exit: 0 valid, 1 errors found, 2 usage error or unreadable file.\n";
        return kOk;
    }
    if (args.positionals().size() != 1)
        return usageError("validate", "expected exactly one FILE", kValidateUsage);
    const std::string file = args.positionals()[0];
    ss::ValidationOptions options;
    options.strict = args.has("strict");
    const ss::LoadResult result = ss::checkSpecFile(file, options);

    if (args.has("json"))
        printJson(file, result.diagnostics);
    else
        printDiagnostics(file, result.diagnostics, std::cout);

    if (hasReadProblem(result.diagnostics))
        return kUsage;
    if (!result.ok())
        return kFindings;
    if (!args.has("json"))
        std::cout << file << ": valid (" << result.model.tables.size() << " tables, " << result.model.views.size()
                  << " views)\n";
    return kOk;
}

int runFormat(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {}, {"check", "drop-comments", "help"}, error))
        return usageError("format", error, kFormatUsage);
    if (args.has("help")) {
        std::cout << kFormatUsage << "\n\nRewrite a spec in its canonical form (stable order, one column per line).\n"
                     "  --check          change nothing; exit 1 if the file is not canonical\n"
                     "  --drop-comments  allow rewriting a file that has comments (they are not kept)\n"
                     "Exit: 0 canonical or rewritten, 1 not canonical (--check) or spec errors, 2 usage error.\n";
        return kOk;
    }
    if (args.positionals().size() != 1)
        return usageError("format", "expected exactly one FILE", kFormatUsage);
    const std::string file = args.positionals()[0];

    std::string text;
    if (!ss::readWholeFile(file, text, error, ss::kMaxSpecBytes)) {
        std::cerr << "dbx format: " << error << "\n";
        return kUsage;
    }
    const ss::LoadResult result = ss::loadSchemaYaml(text);
    if (!result.ok()) {
        printDiagnostics(file, result.diagnostics, std::cerr);
        std::cerr << "dbx format: " << file << " has errors; fix them before formatting\n";
        return kFindings;
    }
    const std::string canonical = ss::saveSchemaYaml(result.model);
    if (canonical == text) {
        if (!args.has("check"))
            std::cout << file << ": already canonical\n";
        return kOk;
    }
    if (args.has("check")) {
        std::cout << file << ": not canonical; run 'dbx format " << file << "'\n";
        return kFindings;
    }
    if (const int comments = countComments(text); comments > 0 && !args.has("drop-comments")) {
        std::cerr << "dbx format: " << file << " has " << comments
                  << " comment line(s), which the canonical form does not keep; nothing was changed.\n"
                     "Run again with --drop-comments to rewrite it anyway.\n";
        return kFindings;
    }
    if (const std::string writeError = ss::writeFileAtomically(file, canonical); !writeError.empty()) {
        std::cerr << "dbx format: " << writeError << "\n";
        return kUsage;
    }
    std::cout << file << ": formatted\n";
    return kOk;
}

}  // namespace dbx
