#include "core/db/connection_url.h"

#include "core/spec/schema_model.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>

namespace ss {

namespace {

constexpr const char* kPasswordHelp =
    "passwords never go into a URL: set PGPASSWORD, MYSQL_PWD or DBX_PASSWORD, or put a line in ~/.pgpass "
    "(MySQL: ~/.config/schema-studio/credentials, same format)";

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool percentDecode(std::string_view text, std::string& out)
{
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out.push_back(text[i]);
            continue;
        }
        if (i + 2 >= text.size())
            return false;
        const int hi = hexValue(text[i + 1]);
        const int lo = hexValue(text[i + 2]);
        if (hi < 0 || lo < 0)
            return false;
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    return true;
}

bool isPasswordKey(std::string_view key)
{
    const std::string k = toLower(key);
    return k == "password" || k == "pwd" || k == "pass" || k == "passwd";
}

std::string percentEncoded(const std::string& text)
{
    static const char* const kHex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 15]);
        }
    }
    return out;
}

UrlParseResult failure(std::string message)
{
    UrlParseResult r;
    r.error = std::move(message);
    return r;
}

// SQLite and DuckDB: a database is one file, named absolutely or relative to the project folder.
UrlParseResult parseFile(Dialect dialect, std::string_view rest, const std::string& baseDir, const std::string& shown)
{
    const std::string product = dialect == Dialect::DuckDb ? "DuckDB" : "SQLite";
    const std::string scheme = toString(dialect);
    if (rest.substr(0, 2) == "//")
        rest.remove_prefix(2);
    if (rest.find('?') != std::string_view::npos)
        return failure(shown + ": a " + product + " URL takes no options");
    std::string path;
    if (!percentDecode(rest, path))
        return failure(shown + ": malformed %-escape in the file path");
    if (path.empty())
        return failure(shown + ": the " + product + " URL names no file (" + scheme + ":///abs/path." +
                       (dialect == Dialect::DuckDb ? "duckdb" : "db") + " or " + scheme + ":relative/path)");
    namespace fs = std::filesystem;
    fs::path file(path);
    if (file.is_relative()) {
        std::error_code ec;
        const fs::path base = baseDir.empty() ? fs::current_path(ec) : fs::path(baseDir);
        file = base / file;
    }
    UrlParseResult r;
    r.url.dialect = dialect;
    r.url.path = file.lexically_normal().string();
    return r;
}

std::string parseOptions(std::string_view query, Dialect dialect, ConnectionUrl& url, const std::string& shown)
{
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty())
            continue;
        const auto eq = pair.find('=');
        std::string key;
        std::string value;
        if (!percentDecode(pair.substr(0, eq), key) ||
            !percentDecode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), value))
            return shown + ": malformed %-escape in the options";
        if (isPasswordKey(key))
            return shown + ": " + kPasswordHelp;
        const bool known = key == "connect_timeout" || (key == "sslmode" && dialect == Dialect::PostgreSql);
        if (!known)
            return shown + ": unknown option '" + key + "' (accepted: connect_timeout" +
                   (dialect == Dialect::PostgreSql ? ", sslmode)" : ")");
        url.options[key] = value;
    }
    return {};
}

UrlParseResult parseServer(Dialect dialect, std::string_view rest, const std::string& shown)
{
    const std::string example = std::string(dialect == Dialect::PostgreSql ? "postgresql" : "mysql") +
                                "://user@host:port/database";
    if (rest.substr(0, 2) != "//")
        return failure(shown + ": expected " + example);
    rest.remove_prefix(2);
    const auto authorityEnd = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, authorityEnd);
    rest = authorityEnd == std::string_view::npos ? std::string_view() : rest.substr(authorityEnd);

    UrlParseResult r;
    ConnectionUrl& url = r.url;
    url.dialect = dialect;
    if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
        const std::string_view userInfo = authority.substr(0, at);
        if (userInfo.find(':') != std::string_view::npos)
            return failure(shown + ": the URL holds a password; " + kPasswordHelp);
        if (!percentDecode(userInfo, url.user))
            return failure(shown + ": malformed %-escape in the user name");
        authority.remove_prefix(at + 1);
    }
    std::string_view portText;
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos)
            return failure(shown + ": unclosed '[' in the host");
        url.host = std::string(authority.substr(1, close - 1));
        const std::string_view after = authority.substr(close + 1);
        if (!after.empty() && after.front() != ':')
            return failure(shown + ": unexpected text after the host");
        portText = after.empty() ? after : after.substr(1);
    } else {
        const auto colon = authority.find(':');
        url.host = std::string(authority.substr(0, colon));
        if (colon != std::string_view::npos)
            portText = authority.substr(colon + 1);
    }
    if (!portText.empty()) {
        const auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), url.port);
        if (ec != std::errc() || end != portText.data() + portText.size() || url.port <= 0 || url.port > 65535)
            return failure(shown + ": the port must be a number from 1 to 65535");
    }

    std::string_view dbPart = rest;
    std::string_view query;
    if (const auto q = rest.find('?'); q != std::string_view::npos) {
        dbPart = rest.substr(0, q);
        query = rest.substr(q + 1);
    }
    if (!dbPart.empty() && dbPart.front() == '/')
        dbPart.remove_prefix(1);
    if (!percentDecode(dbPart, url.database))
        return failure(shown + ": malformed %-escape in the database name");
    if (url.database.empty() || url.database.find('/') != std::string::npos)
        return failure(shown + ": name the database, as in " + example);
    if (std::string e = parseOptions(query, dialect, url, shown); !e.empty())
        return failure(std::move(e));
    return r;
}

}  // namespace

bool ConnectionUrl::isMissingFile() const
{
    std::error_code ec;
    return (dialect == Dialect::Sqlite || dialect == Dialect::DuckDb) && !std::filesystem::exists(path, ec);
}

int ConnectionUrl::effectivePort() const
{
    if (port > 0)
        return port;
    return dialect == Dialect::PostgreSql ? 5432 : dialect == Dialect::MySql ? 3306 : 0;
}

std::string ConnectionUrl::display() const
{
    if (dialect == Dialect::Sqlite || dialect == Dialect::DuckDb)
        return std::string(toString(dialect)) + "://" + path;
    std::string out = std::string(toString(dialect)) + "://";
    if (!user.empty())
        out += percentEncoded(user) + "@";
    out += host.find(':') != std::string::npos ? "[" + host + "]" : host;
    out += ":" + std::to_string(effectivePort()) + "/" + percentEncoded(database);
    bool first = true;
    for (const auto& [key, value] : options) {
        out += (first ? "?" : "&") + key + "=" + percentEncoded(value);
        first = false;
    }
    return out;
}

UrlParseResult parseConnectionUrl(std::string_view text, const std::string& baseDir)
{
    const std::string shown = redactedUrl(text);
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0)
        return failure("'" + shown + "' is not a database URL (expected sqlite:///path.db, "
                                     "duckdb:///path.duckdb, postgresql://user@host:port/db or mysql://user@host:port/db)");
    const std::string scheme = toLower(text.substr(0, colon));
    const std::string_view rest = text.substr(colon + 1);
    if (scheme == "sqlite" || scheme == "sqlite3")
        return parseFile(Dialect::Sqlite, rest, baseDir, shown);
    if (scheme == "duckdb")
        return parseFile(Dialect::DuckDb, rest, baseDir, shown);
    if (scheme == "postgresql" || scheme == "postgres")
        return parseServer(Dialect::PostgreSql, rest, shown);
    if (scheme == "mysql" || scheme == "mariadb")
        return parseServer(Dialect::MySql, rest, shown);
    return failure(shown + ": unknown scheme '" + scheme + "' (expected sqlite, duckdb, postgresql, mysql or mariadb)");
}

std::string redactedUrl(std::string_view text)
{
    std::string out(text);
    const auto scheme = out.find("://");
    if (scheme != std::string::npos) {
        const std::size_t start = scheme + 3;
        const std::size_t end = std::min(out.find_first_of("/?#", start), out.size());
        const std::size_t at = out.rfind('@', end == 0 ? 0 : end - 1);
        if (at != std::string::npos && at >= start) {
            const std::size_t colon = out.find(':', start);
            if (colon != std::string::npos && colon < at)
                out.replace(colon + 1, at - colon - 1, "***");
        }
    }
    const auto q = out.find('?');
    if (q == std::string::npos)
        return out;
    std::string redacted = out.substr(0, q + 1);
    std::string_view query = std::string_view(out).substr(q + 1);
    bool first = true;
    while (true) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        const auto eq = pair.find('=');
        redacted += first ? "" : "&";
        first = false;
        if (eq != std::string_view::npos && isPasswordKey(pair.substr(0, eq)))
            redacted += std::string(pair.substr(0, eq)) + "=***";
        else
            redacted += std::string(pair);
        if (amp == std::string_view::npos)
            break;
        query = query.substr(amp + 1);
    }
    return redacted;
}

}  // namespace ss
