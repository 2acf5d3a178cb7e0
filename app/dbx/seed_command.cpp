#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/seed_database.h"
#include "app/dbx/spec_input.h"

#include "core/seed/profile_reader.h"
#include "core/seed/profile_writer.h"
#include "core/seed/seed_plan.h"
#include "core/seed/table_producer.h"
#include "core/seed/value_format.h"
#include "core/spec/yaml_loader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iostream>

namespace dbx {

namespace {

const char* kSeedUsage =
    "Usage: dbx seed --spec FILE [--profile FILE] [--seed N] [--scale X] [--batch-size N]\n"
    "                (--dry-run [--preview N] [--json] | --write-profile FILE\n"
    "                 | --db URL|ENVIRONMENT [--project DIR] [--replace] [--json])";

struct SeedArgs {
    std::string spec;
    std::string profile;
    ss::seed::SeedOptions options;
    std::size_t preview = 5;
};

template <typename T>
bool parseNumber(const std::string& text, T& out)
{
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

// The diagnostic of a file that could not be read at all, or nothing.
const ss::Diagnostic* unreadable(const std::vector<ss::Diagnostic>& diagnostics)
{
    for (const auto& d : diagnostics)
        if (isReadProblem(d))
            return &d;
    return nullptr;
}

// Prints a file's diagnostics onto stderr; true when it has errors.
bool report(const std::string& file, const std::vector<ss::Diagnostic>& diagnostics)
{
    printDiagnostics(file, diagnostics, std::cerr);
    return ss::hasErrors(diagnostics);
}

void appendJsonValue(std::string& out, const ss::seed::ColumnBuffer& column, std::size_t i)
{
    using ss::seed::ValueKind;
    if (column.isNull(i)) {
        out += "null";
        return;
    }
    const ValueKind kind = column.shape.kind;
    std::string text;
    ss::seed::appendValue(text, column, i);
    const bool bare = kind == ValueKind::Integer || kind == ValueKind::Decimal || kind == ValueKind::Boolean ||
                      (kind == ValueKind::Real && std::isfinite(column.reals[i]));
    out += bare ? text : "\"" + jsonEscape(text) + "\"";
}

std::string cell(const ss::seed::ColumnBuffer& column, std::size_t i)
{
    if (column.isNull(i))
        return "NULL";
    std::string text;
    ss::seed::appendValue(text, column, i);
    if (text.size() > 28)
        text = text.substr(0, ss::seed::truncatedLength(text, 27)) + "~";
    return text;
}

void printTableHuman(const ss::seed::PlannedTable& table, const ss::seed::RowBatch& batch)
{
    std::cout << "\n" << table.name << ": " << table.rows << " rows\n";
    if (batch.rowCount == 0)
        return;
    std::vector<std::vector<std::string>> grid(batch.rowCount + 1);
    std::vector<std::size_t> widths(table.columns.size(), 0);
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        grid[0].push_back(table.columns[c].name);
        for (std::size_t r = 0; r < batch.rowCount; ++r)
            grid[r + 1].push_back(cell(batch.columns[c], r));
    }
    // Columns line up by characters, not bytes: "Malmö" is five wide.
    auto charsOf = [](const std::string& s) {
        return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
    };
    for (const auto& row : grid)
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], charsOf(row[c]));
    for (const auto& row : grid) {
        std::string line = " ";
        for (std::size_t c = 0; c < row.size(); ++c)
            line += " " + row[c] + std::string(widths[c] - charsOf(row[c]), ' ') + (c + 1 < row.size() ? " |" : "");
        line.erase(line.find_last_not_of(' ') + 1);
        std::cout << line << "\n";
    }
}

int dryRun(const ss::seed::SeedPlan& plan, std::size_t preview, bool json)
{
    std::string out;
    if (json)
        out = "{\"seed\": " + std::to_string(plan.seed) + ", \"total_rows\": " + std::to_string(plan.totalRows()) +
              ", \"tables\": [";
    else
        std::cout << "seed " << plan.seed << ": " << plan.tables.size() << " tables, " << plan.totalRows()
                  << " rows (dry run: nothing is written)\n";
    for (std::size_t t = 0; t < plan.tables.size(); ++t) {
        ss::seed::TableProducer producer(plan, t);
        ss::seed::RowBatch batch = producer.makeBatch();
        producer.nextBatch(batch, preview);
        const ss::seed::PlannedTable& table = plan.tables[t];
        if (!json) {
            printTableHuman(table, batch);
            continue;
        }
        out += std::string(t ? ", " : "") + "{\"name\": \"" + jsonEscape(table.name) +
               "\", \"rows\": " + std::to_string(table.rows) + ", \"columns\": [";
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            out += std::string(c ? ", " : "") + "{\"name\": \"" + jsonEscape(table.columns[c].name) +
                   "\", \"generator\": \"" + jsonEscape(table.columns[c].spec.generator) +
                   "\", \"inferred\": " + (table.columns[c].inferred ? "true" : "false") + "}";
        out += "], \"preview\": [";
        for (std::size_t r = 0; r < batch.rowCount; ++r) {
            out += r ? ", [" : "[";
            for (std::size_t c = 0; c < batch.columns.size(); ++c) {
                if (c)
                    out += ", ";
                appendJsonValue(out, batch.columns[c], r);
            }
            out += "]";
        }
        out += "]}";
    }
    if (json)
        std::cout << out << "]}\n";
    return kOk;
}

}  // namespace

int runSeed(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"spec", "profile", "seed", "scale", "batch-size", "preview", "write-profile", "db", "project"},
                    {"dry-run", "json", "replace", "help"}, error))
        return usageError("seed", error, kSeedUsage);
    if (args.has("help")) {
        std::cout << kSeedUsage << "\n\n"
                     "Generate synthetic data for a spec: dimensions first, then facts, deterministic by seed.\n"
                     "  --spec FILE           the schema spec\n"
                     "  --profile FILE        a seeding profile; what it leaves out is inferred from the spec\n"
                     "  --seed N              overrides the profile's seed (default 42)\n"
                     "  --scale X             multiplies every fixed row count (calendars keep one row per day)\n"
                     "  --batch-size N        rows per batch when loading (default 10000)\n"
                     "  --dry-run             print each table's row count and its first rows; write nothing\n"
                     "  --preview N           rows shown per table by --dry-run (default 5)\n"
                     "  --write-profile FILE  write the complete profile (given and inferred) to edit\n"
                     "  --db URL|ENVIRONMENT  the database to fill: its schema must exist (dbx apply) and its tables\n"
                     "                        be empty; progress goes to stderr, Ctrl-C stops cleanly\n"
                     "  --project DIR         where ENVIRONMENT and relative SQLite paths are looked up (default .)\n"
                     "  --replace             delete the rows the tables hold before seeding them\n"
                     "  --json                print the dry run, or the run's outcome, as JSON\n"
                     "Every run is logged in the database's dbx_runs table: tables finished stay, the table in\n"
                     "progress when a run stops is rolled back.\n"
                     "Exit: 0 done, 1 errors in the spec, profile or plan, or the run was refused, failed or\n"
                     "cancelled, 2 usage error or unreadable file.\n";
        return kOk;
    }
    SeedArgs a;
    a.spec = args.value("spec");
    a.profile = args.value("profile");
    if (a.spec.empty())
        return usageError("seed", "--spec FILE is required", kSeedUsage);
    if (args.has("seed")) {
        std::uint64_t seed = 0;
        if (!parseNumber(args.value("seed"), seed))
            return usageError("seed", "--seed must be a whole number from 0 to 18446744073709551615", kSeedUsage);
        a.options.seed = seed;
    }
    if (args.has("scale") && (!parseNumber(args.value("scale"), a.options.scale) || !(a.options.scale > 0) ||
                              a.options.scale > 1e6))
        return usageError("seed", "--scale must be a number above 0 (and at most 1000000)", kSeedUsage);
    std::size_t batchSize = 10'000;
    if (args.has("batch-size") && (!parseNumber(args.value("batch-size"), batchSize) || batchSize == 0 || batchSize > 1'000'000))
        return usageError("seed", "--batch-size must be a whole number from 1 to 1000000", kSeedUsage);
    if (args.has("preview") && (!parseNumber(args.value("preview"), a.preview) || a.preview > 1000))
        return usageError("seed", "--preview must be a whole number from 0 to 1000", kSeedUsage);
    if (args.has("db") && args.has("dry-run"))
        return usageError("seed", "--dry-run writes nothing: leave out --db, or --dry-run", kSeedUsage);
    if (args.has("db") && args.value("db").empty())
        return usageError("seed", "--db needs a URL or an environment name", kSeedUsage);
    if (!args.has("dry-run") && !args.has("write-profile") && !args.has("db"))
        return usageError("seed", "say what to do: --dry-run, --write-profile FILE or --db URL", kSeedUsage);

    const ss::LoadResult spec = ss::loadSchemaFile(a.spec);
    if (const ss::Diagnostic* d = unreadable(spec.diagnostics)) {
        std::cerr << "dbx seed: " << d->message << "\n";
        return kUsage;
    }
    if (report(a.spec, spec.diagnostics))
        return kFindings;
    ss::seed::SeedProfile profile;
    if (!a.profile.empty()) {
        const ss::seed::ProfileLoadResult loaded = ss::seed::loadSeedProfileFile(a.profile);
        if (const ss::Diagnostic* d = unreadable(loaded.diagnostics)) {
            std::cerr << "dbx seed: " << d->message << "\n";
            return kUsage;
        }
        if (report(a.profile, loaded.diagnostics))
            return kFindings;
        profile = loaded.profile;
    }
    const ss::seed::PlanResult planned = ss::seed::planSeeding(spec.model, profile, a.options);
    const bool profileErrors = report(a.profile.empty() ? "(inferred profile)" : a.profile, planned.profileDiagnostics);
    const bool specErrors = report(a.spec, planned.specDiagnostics);
    if (profileErrors || specErrors)
        return kFindings;

    if (args.has("write-profile")) {
        const std::string file = args.value("write-profile");
        if (const std::string writeError = ss::seed::saveSeedProfileFile(file, planned.plan.effectiveProfile); !writeError.empty()) {
            std::cerr << "dbx seed: " << writeError << "\n";
            return kUsage;
        }
        if (!args.has("json"))
            std::cout << "wrote " << file << " (" << planned.plan.effectiveProfile.tables.size() << " tables)\n";
    }
    if (args.has("dry-run"))
        return dryRun(planned.plan, a.preview, args.has("json"));
    if (args.has("db"))
        return seedIntoDatabase(args, planned.plan, batchSize, kSeedUsage);
    return kOk;
}

}  // namespace dbx
