#include "core/db/credentials.h"

#include "core/util/atomic_file.h"

#include <sys/stat.h>

#include <cstdlib>

namespace ss {

namespace {

constexpr std::size_t kMaxCredentialsBytes = 1u << 20;

std::optional<std::string> environment(const char* name)
{
    const char* value = std::getenv(name);
    if (!value || !*value)
        return std::nullopt;
    return std::string(value);
}

std::string homeDir()
{
    return environment("HOME").value_or(std::string());
}

// Splits one line into its colon-separated fields, honouring \: and \\.
std::vector<std::string> fields(std::string_view line)
{
    std::vector<std::string> out(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\\' && i + 1 < line.size()) {
            out.back().push_back(line[++i]);
        } else if (c == ':' && out.size() < 5) {
            out.emplace_back();
        } else {
            out.back().push_back(c);
        }
    }
    return out;
}

bool fieldMatches(const std::string& pattern, const std::string& value)
{
    return pattern == "*" || pattern == value;
}

// Reads a password file when it exists and only its owner can read it; records why it was not used otherwise.
std::optional<std::string> fromFile(const std::string& path, const std::string& host, int port,
                                    const std::string& database, const std::string& user, PasswordLookup& lookup)
{
    struct stat st {};
    if (path.empty() || ::stat(path.c_str(), &st) != 0)
        return std::nullopt;
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        lookup.skipped.push_back(path + " is readable by others: run chmod 600 on it");
        return std::nullopt;
    }
    std::string text;
    std::string error;
    if (!readWholeFile(path, text, error, kMaxCredentialsBytes)) {
        lookup.skipped.push_back(error);
        return std::nullopt;
    }
    auto found = findInPasswordFile(text, host, port, database, user);
    if (found)
        lookup.source = path;
    return found;
}

}  // namespace

std::string credentialsFilePath()
{
    if (auto config = environment("XDG_CONFIG_HOME"))
        return *config + "/schema-studio/credentials";
    const std::string home = homeDir();
    return home.empty() ? std::string() : home + "/.config/schema-studio/credentials";
}

std::optional<std::string> findInPasswordFile(std::string_view text, const std::string& host, int port,
                                              const std::string& database, const std::string& user)
{
    const std::string hostName = host.empty() ? "localhost" : host;
    const std::string portText = std::to_string(port);
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        const auto f = fields(line);
        if (f.size() != 5)
            continue;
        if (fieldMatches(f[0], hostName) && fieldMatches(f[1], portText) && fieldMatches(f[2], database) &&
            fieldMatches(f[3], user))
            return f[4];
    }
    return std::nullopt;
}

PasswordLookup findPassword(const ConnectionUrl& url)
{
    PasswordLookup lookup;
    if (url.dialect == Dialect::Sqlite)
        return lookup;
    const char* own = url.dialect == Dialect::PostgreSql ? "PGPASSWORD" : "MYSQL_PWD";
    for (const char* name : {own, "DBX_PASSWORD"}) {
        if (auto value = environment(name)) {
            lookup.password = std::move(value);
            lookup.source = name;
            return lookup;
        }
    }
    if (url.dialect == Dialect::PostgreSql) {
        const auto pgpass = environment("PGPASSFILE");
        const std::string home = homeDir();
        const std::string path = pgpass ? *pgpass : home.empty() ? std::string() : home + "/.pgpass";
        if ((lookup.password = fromFile(path, url.host, url.effectivePort(), url.database, url.user, lookup)))
            return lookup;
    }
    lookup.password = fromFile(credentialsFilePath(), url.host, url.effectivePort(), url.database, url.user, lookup);
    return lookup;
}

PasswordLookup findLlmKey(const std::string& host, int port)
{
    PasswordLookup lookup;
    if (auto value = environment("DBX_LLM_API_KEY")) {
        lookup.password = std::move(value);
        lookup.source = "DBX_LLM_API_KEY";
        return lookup;
    }
    lookup.password = fromFile(credentialsFilePath(), host, port, "llm", "*", lookup);
    return lookup;
}

}  // namespace ss
