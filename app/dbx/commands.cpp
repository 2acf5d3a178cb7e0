#include "app/dbx/commands.h"

namespace dbx {

const std::vector<Command>& commands()
{
    static const std::vector<Command> list = {
        {"init", "create a project folder", runInit},
        {"design", "draft a spec from a sentence, or edit one with a sentence", runDesign},
        {"validate", "check a spec and print located diagnostics", runValidate},
        {"format", "rewrite a spec in its canonical form", runFormat},
        {"inspect", "read a live database's schema into a spec", runInspect},
        {"plan", "diff two specs: ordered operations, risk and migration SQL", runPlan},
        {"impact", "the risk report of a change, without the SQL", runImpact},
        {"apply", "apply a migration (or a target spec) to a database, recorded in its ledger", runApply},
        {"drift", "compare a live database with its spec", runDrift},
        {"seed", "generate synthetic data for a spec and load it into a database", runSeed},
        {"ask", "answer a question in plain words from a database, read-only: SQL, interpretation, rows", runAsk},
        {"suggest-queries", "questions a database can answer, from its measures, dates and categories", runSuggestQueries},
        {"evolve", "proposals the data makes for the schema: analyze, review, approve, reject, roll back", runEvolve},
        {"serve", "the engine as a local REST service: validate, design, plan, apply, seed, runs", runServe},
        {"runs", "the run log of a database: designs, applies, seeds, with their times, rows and tokens", runRuns},
        {"report", "what a table holds: null ratios, distinct counts, min/max/mean, percentiles", runReport},
        {"diagram", "draw the ER diagram of a spec (SVG, PNG, PDF, DOT, Mermaid)", runDiagram},
        {"docs", "write a Markdown data dictionary of a spec, with its ER diagram", runDocs},
        {"generate", "generate the complete DDL of a spec for a dialect, or typed models of its tables", runGenerate},
    };
    return list;
}

}  // namespace dbx
