#include "app/dbx/cli_args.h"
#include "app/dbx/commands.h"

#include "core/db/database_connection.h"
#include "core/db/project_database.h"
#include "core/seed/report/table_report.h"
#include "core/seed/value_format.h"

#include <charconv>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace dbx {

namespace {

const char* kReportUsage = "Usage: dbx report TABLE --db URL|ENVIRONMENT [--project DIR] [--percentiles 90,95,99] [--json]";

// "90,95,99" -> {90, 95, 99}; each from 0 to 100.
bool parsePercentiles(const std::string& text, std::vector<double>& out)
{
    out.clear();
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        double value = 0;
        auto [ptr, ec] = std::from_chars(text.data() + start, text.data() + end, value);
        if (ec != std::errc() || ptr != text.data() + end || end == start || value < 0 || value > 100)
            return false;
        out.push_back(value);
        start = end + 1;
    }
    return !out.empty() && out.size() <= 20;
}

std::string number(double value)
{
    std::string text;
    ss::seed::appendReal(text, value);
    return text;
}

std::string statJson(const std::optional<ss::seed::StatValue>& value)
{
    if (!value)
        return "null";
    return value->number ? number(*value->number) : "\"" + jsonEscape(value->text) + "\"";
}

void printJson(const ss::seed::TableReport& report)
{
    std::string out = "{\"table\": \"" + jsonEscape(report.table) + "\", \"rows\": " + std::to_string(report.rows) + ", \"columns\": [";
    for (std::size_t i = 0; i < report.columns.size(); ++i) {
        const ss::seed::ColumnReport& c = report.columns[i];
        out += std::string(i ? ", " : "") + "{\"name\": \"" + jsonEscape(c.name) + "\", \"type\": \"" + jsonEscape(c.type.toString()) +
               "\", \"non_null\": " + std::to_string(c.nonNull) + ", \"null_ratio\": " + number(c.nullRatio) +
               ", \"distinct\": " + std::to_string(c.distinct) + ", \"min\": " + statJson(c.min) + ", \"max\": " + statJson(c.max) +
               ", \"mean\": " + (c.mean ? number(*c.mean) : "null") + ", \"percentiles\": {";
        for (std::size_t p = 0; p < c.percentiles.size(); ++p)
            out += std::string(p ? ", " : "") + "\"p" + number(c.percentiles[p].percent) + "\": " + statJson(c.percentiles[p].value);
        out += "}}";
    }
    std::cout << out << "]}\n";
}

// Twelve significant digits: enough for any DECIMAL a report shows, without the noise of interpolation.
std::string shown(const ss::seed::StatValue& value)
{
    if (!value.number)
        return value.text;
    std::ostringstream out;
    out << std::setprecision(12) << *value.number;
    return out.str();
}

std::string cut(const std::string& text, std::size_t width)
{
    return text.size() <= width ? text : text.substr(0, width - 1) + "~";
}

void printHuman(const ss::seed::TableReport& report, const std::vector<double>& percents)
{
    std::cout << report.table << ": " << report.rows << " rows\n";
    std::vector<std::vector<std::string>> grid;
    std::vector<std::string> header = {"column", "type", "null %", "distinct", "min", "max", "mean"};
    for (double p : percents)
        header.push_back("p" + number(p));
    grid.push_back(header);
    for (const ss::seed::ColumnReport& c : report.columns) {
        std::ostringstream nullPercent;
        nullPercent << std::fixed << std::setprecision(1) << c.nullRatio * 100;
        std::vector<std::string> row = {c.name, c.type.toString(), nullPercent.str(), std::to_string(c.distinct),
                                        c.min ? cut(shown(*c.min), 24) : "", c.max ? cut(shown(*c.max), 24) : "",
                                        c.mean ? number(std::round(*c.mean * 1e4) / 1e4) : ""};
        for (double p : percents) {
            std::string cell;
            for (const auto& value : c.percentiles)
                if (value.percent == p)
                    cell = cut(shown(value.value), 24);
            row.push_back(cell);
        }
        grid.push_back(std::move(row));
    }
    std::vector<std::size_t> widths(header.size(), 0);
    for (const auto& row : grid)
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const auto& row : grid) {
        std::string line = " ";
        for (std::size_t i = 0; i < row.size(); ++i)
            line += " " + row[i] + std::string(widths[i] - row[i].size(), ' ') + (i + 1 < row.size() ? " |" : "");
        line.erase(line.find_last_not_of(' ') + 1);
        std::cout << line << "\n";
    }
}

}  // namespace

int runReport(const std::vector<std::string>& argv)
{
    Args args;
    std::string error;
    if (!args.parse(argv, {"db", "project", "percentiles"}, {"json", "help"}, error))
        return usageError("report", error, kReportUsage);
    if (args.has("help")) {
        std::cout << kReportUsage << "\n\n"
                     "What a table holds, computed in the database: the row count and, per column, the share of\n"
                     "NULLs, the number of distinct values, min, max, mean (numbers; booleans: the share of true)\n"
                     "and percentiles (numbers interpolated, dates and times the nearest value below).\n"
                     "  --db URL|ENVIRONMENT  the database (an environment of the project's dbx.yml, or a URL)\n"
                     "  --project DIR         where ENVIRONMENT and relative SQLite paths are looked up (default .)\n"
                     "  --percentiles LIST    comma-separated, 0-100 (default 50,90,95,99)\n"
                     "  --json                print the report as JSON\n"
                     "Exit: 0 done, 1 the database cannot be reached or has no such table, 2 usage error.\n";
        return kOk;
    }
    if (args.positionals().size() != 1)
        return usageError("report", "name one TABLE", kReportUsage);
    if (!args.has("db") || args.value("db").empty())
        return usageError("report", "--db URL|ENVIRONMENT is required", kReportUsage);
    std::vector<double> percents = {50, 90, 95, 99};
    if (args.has("percentiles") && !parsePercentiles(args.value("percentiles"), percents))
        return usageError("report", "--percentiles must list up to 20 numbers from 0 to 100, e.g. 90,95,99", kReportUsage);
    const ss::UrlParseResult target = ss::resolveDatabase(args.value("db"), args.value("project"));
    if (!target.ok())
        return usageError("report", target.error, kReportUsage);
    ss::DatabaseConnection connection;
    ss::OpenOptions open;
    open.readOnly = true;
    if (std::string openError = connection.open(target.url, open); !openError.empty()) {
        std::cerr << "dbx report: " << openError << "\n";
        return kFindings;
    }
    const ss::seed::TableReport report = ss::seed::reportTable(connection, args.positionals().front(), percents);
    if (!report.ok()) {
        std::cerr << "dbx report: " << report.error << "\n";
        return kFindings;
    }
    if (args.has("json"))
        printJson(report);
    else
        printHuman(report, percents);
    return kOk;
}

}  // namespace dbx
