#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"
#include "app/dbx/explore_input.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <iostream>

namespace dbx {

namespace {

const char* kSuggestUsage = "Usage: dbx suggest-queries --db URL|ENVIRONMENT [--project DIR] [--spec FILE] [--semantic FILE]\n"
                            "                           [--topic WORDS] [--limit N] [--json]";

}  // namespace

int runSuggestQueries(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project", "spec", "semantic", "topic", "limit"}, {"json", "help"}, error))
        return usageError("suggest-queries", error, kSuggestUsage);
    if (args.has("help")) {
        std::cout << kSuggestUsage << "\n\n"
                     "Questions a database can answer with `dbx ask`, from its measures, dates and categories: each\n"
                     "one reads without ambiguity as worded.\n"
                     "  --topic WORDS  only questions about these words (\"risk\", \"payments by region\")\n"
                     "  --limit N      at most N questions (default 12)\n"
                     "  --json         print {\"questions\": [...]}\n"
                     "Exit: 0 done, 2 usage or connection error.\n";
        return kOk;
    }
    if (!args.positionals().empty())
        return usageError("suggest-queries", "unexpected argument '" + args.positionals().front() + "'", kSuggestUsage);
    int limit = 12;
    if (args.has("limit")) {
        const std::string text = args.value("limit");
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), limit);
        if (ec != std::errc() || ptr != text.data() + text.size() || limit <= 0)
            return usageError("suggest-queries", "--limit must be a positive whole number", kSuggestUsage);
    }
    ExploreInput input;
    if (const int code = openExploreInput("suggest-queries", args, kSuggestUsage, input); code >= 0)
        return code;
    const std::vector<std::string> questions = input.explorer->suggest(args.value("topic"), limit);
    if (args.has("json")) {
        QJsonArray list;
        for (const std::string& q : questions)
            list.append(QString::fromStdString(q));
        QJsonObject out;
        out["questions"] = list;
        std::cout << QJsonDocument(out).toJson(QJsonDocument::Indented).toStdString();
    } else {
        for (const std::string& q : questions)
            std::cout << q << "\n";
    }
    return kOk;
}

}  // namespace dbx
