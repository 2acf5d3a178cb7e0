#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/explore_input.h"
#include "app/dbx/run_logging.h"

#include "core/query/answer_json.h"

#include "core/llm/llm_endpoint.h"
#include "core/project/project_folder.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <charconv>
#include <memory>
#include <iostream>

namespace dbx {

namespace {

const char* kAskUsage = "Usage: dbx ask \"QUESTION\" --db URL|ENVIRONMENT [--project DIR] [--spec FILE] [--semantic FILE]\n"
                        "               [--json] [--no-exec] [--explain-only] [--limit N] [--timeout SECONDS]\n"
                        "               [--offline] [--llm URL] [--model NAME]";

bool parsePositive(const std::string& text, int& out)
{
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size() && out > 0;
}

std::string cellText(const QVariant& value)
{
    if (value.isNull())
        return "NULL";
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 2).toStdString();
    return value.toString().toStdString();
}

// Columns line up by characters, not bytes: Bogotá is six wide.
std::size_t width(const std::string& text)
{
    return static_cast<std::size_t>(QString::fromStdString(text).size());
}

void printTable(const ss::query::Answer& answer)
{
    std::vector<std::vector<std::string>> grid = {answer.query->columns};
    for (const auto& row : answer.result.rows) {
        std::vector<std::string> cells;
        for (const QVariant& v : row)
            cells.push_back(cellText(v));
        grid.push_back(std::move(cells));
    }
    std::vector<std::size_t> widths(grid.front().size(), 0);
    for (const auto& row : grid)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], width(row[i]));
    for (std::size_t r = 0; r < grid.size(); ++r) {
        std::string line;
        for (std::size_t i = 0; i < grid[r].size() && i < widths.size(); ++i)
            line += (i ? " | " : "  ") + grid[r][i] + std::string(widths[i] - width(grid[r][i]), ' ');
        line.erase(line.find_last_not_of(' ') + 1);
        std::cout << line << "\n";
        if (r == 0) {
            std::string rule = "  ";
            for (std::size_t i = 0; i < widths.size(); ++i)
                rule += (i ? "-+-" : "") + std::string(widths[i], '-');
            std::cout << rule << "\n";
        }
    }
    std::cout << answer.result.rows.size() << (answer.result.truncated ? "+ rows (cut at the row cap)" : " rows") << ", "
              << answer.result.elapsedMs << " ms\n";
}

void printHuman(const ss::query::Answer& answer, const ss::query::SemanticModel& model, bool explainOnly)
{
    using ss::query::AnswerStatus;
    if (answer.status == AnswerStatus::Refused) {
        std::cout << "Refused: " << answer.message << "\n";
        return;
    }
    for (const auto& a : answer.ambiguities) {
        std::cout << "Ambiguous: " << a.question << "\n";
        for (const std::string& alternative : a.alternatives)
            std::cout << "  - " << alternative << "\n";
    }
    if (!answer.notUnderstood.empty()) {
        std::cout << "Not understood:";
        for (const std::string& w : answer.notUnderstood)
            std::cout << " \"" << w << "\"";
        std::cout << "\n";
    }
    if (!answer.plan) {
        if (!answer.message.empty() && answer.ambiguities.empty())
            std::cout << answer.message << "\n";
        for (const std::string& note : answer.notes)
            std::cout << "note: " << note << "\n";
        return;
    }
    std::cout << "Understood:\n";
    for (const std::string& line : ss::query::interpretationLines(*answer.plan, model))
        std::cout << "  " << line << "\n";
    for (const std::string& note : answer.notes)
        std::cout << "  note: " << note << "\n";
    if (!answer.model.empty())
        std::cout << "  model: " << answer.model << ", " << answer.tokensIn << " tokens in, " << answer.tokensOut << " out\n";
    std::cout << "\n" << answer.query->shownSql << ";\n";
    if (explainOnly || !answer.executed)
        return;
    std::cout << "\n";
    if (answer.status == AnswerStatus::Failed)
        std::cout << "Failed: " << answer.message << "\n";
    else
        printTable(answer);
}

}  // namespace

int runAsk(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project", "spec", "semantic", "limit", "timeout", "llm", "model"},
                    {"json", "no-exec", "explain-only", "offline", "help"}, error))
        return usageError("ask", error, kAskUsage);
    if (args.has("help")) {
        std::cout << kAskUsage << "\n\n"
                     "Answer a question in plain words from a database, offline: the question is read against the\n"
                     "database's tables, columns, descriptions and category values, written as one SELECT for its\n"
                     "dialect and run read-only (a read-only transaction; SQLite opened read-only). A question that\n"
                     "asks to change data, or SQL typed in, is refused and nothing runs.\n"
                     "  --db URL|ENVIRONMENT  the database (an environment of the project's dbx.yml, or a URL)\n"
                     "  --project DIR         where ENVIRONMENT, relative paths and semantic.yml are looked up (default .)\n"
                     "  --spec FILE           a spec whose descriptions and measures describe the database's tables\n"
                     "  --semantic FILE       synonyms, preferred measures, default date (default: PROJECT/semantic.yml)\n"
                     "  --json                print one JSON object: question, status, sql, parameters, interpretation,\n"
                     "                        ambiguities, notUnderstood, columns, rows, rowCount, truncated, elapsedMs\n"
                     "  --no-exec             write the SQL and the interpretation without running it\n"
                     "  --explain-only        print the interpretation and the SQL, not the rows\n"
                     "  --limit N             keep at most N rows (default 10000)\n"
                     "  --timeout SECONDS     stop the query after this long (default 30)\n"
                     "  --llm URL, --model M  a chat-completions endpoint (else $DBX_LLM_URL, else llm: in dbx.yml),\n"
                     "                        asked only when the question is not read whole offline; it answers with\n"
                     "                        a structured query checked against the schema, never with SQL that runs\n"
                     "  --offline             never ask a model\n"
                     "Exit: 0 answered, 1 not understood, ambiguous (the alternatives listed), refused or failed,\n"
                     "2 usage or connection error.\n";
        return kOk;
    }
    if (args.positionals().size() != 1 || args.positionals().front().empty())
        return usageError("ask", "give one QUESTION, in quotes", kAskUsage);
    ss::query::AskOptions options;
    if (args.has("limit") && !parsePositive(args.value("limit"), options.rowCap))
        return usageError("ask", "--limit must be a positive whole number", kAskUsage);
    int timeout = 30;
    if (args.has("timeout") && !parsePositive(args.value("timeout"), timeout))
        return usageError("ask", "--timeout must be a positive whole number of seconds", kAskUsage);
    options.timeoutMs = timeout * 1000;
    options.execute = !args.has("no-exec") && !args.has("explain-only");
    ss::Project project;
    if (const std::string failed = ss::loadProject(args.value("project", "."), project); !failed.empty()) {
        std::cerr << "dbx ask: " << failed << "\n";
        return kUsage;
    }
    if (!args.has("offline"))
        options.llm = ss::resolveLlmEndpoint(args.value("llm"), args.value("model"), &project);
    // The model is reached with Qt's network stack, which needs an application object for its event loop.
    std::unique_ptr<QCoreApplication> application;
    if (options.llm.configured() && !QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "dbx";
        static char* argvQt[] = {name, nullptr};
        application = std::make_unique<QCoreApplication>(argc, argvQt);
    }
    ExploreInput input;
    if (const int code = openExploreInput("ask", args, kAskUsage, input); code >= 0)
        return code;
    const std::string startedAt = ss::utcTimestampNow();
    const ss::query::Answer answer = input.explorer->ask(args.positionals().front(), &input.connection, options);
    // Every question that was not refused is a run of the ask phase in the database's run log (Metrics shows
    // them); a refused one writes nothing at all.
    if (answer.status != ss::query::AnswerStatus::Refused) {
        ss::RunRecord run;
        run.kind = "ask";
        run.phase = "ask";
        run.status = answer.status == ss::query::AnswerStatus::Failed ? "failed" : "finished";
        run.startedAt = startedAt;
        run.finishedAt = ss::utcTimestampNow();
        run.durationMs = answer.elapsedMs;
        run.rows = static_cast<std::int64_t>(answer.result.rows.size());
        run.model = answer.model;
        run.tokensIn = answer.tokensIn;
        run.tokensOut = answer.tokensOut;
        run.detail = std::string(ss::query::toString(answer.status)) + ": " + answer.question;
        logRunIn("ask", args.value("db"), args.value("project"), run);
    }
    if (args.has("json"))
        std::cout << QJsonDocument(ss::query::answerJson(answer, input.explorer->model())).toJson(QJsonDocument::Indented).toStdString();
    else
        printHuman(answer, input.explorer->model(), args.has("explain-only"));
    return answer.status == ss::query::AnswerStatus::Answered ? kOk : kFindings;
}

}  // namespace dbx
