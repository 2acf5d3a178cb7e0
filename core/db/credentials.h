#pragma once

#include "core/db/connection_url.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ss {

// Where a server connection's password comes from, first match wins:
//   PostgreSQL: $PGPASSWORD, $DBX_PASSWORD, $PGPASSFILE (else ~/.pgpass), the Schema Studio credentials file;
//   MySQL/MariaDB: $MYSQL_PWD, $DBX_PASSWORD, the Schema Studio credentials file.
// The credentials file is $XDG_CONFIG_HOME/schema-studio/credentials (else ~/.config/...), in the .pgpass
// format. Files readable by group or others are skipped, as libpq skips ~/.pgpass.
struct PasswordLookup {
    std::optional<std::string> password;
    std::string source;                 // "PGPASSWORD", "/home/ann/.pgpass", ...: never the password itself
    std::vector<std::string> skipped;   // files not used, and why (for error messages)
};

PasswordLookup findPassword(const ConnectionUrl& url);

// The password of the first line of .pgpass-format text (host:port:database:user:password; `*` matches
// anything, `\:` and `\\` escape) that matches. An empty host matches `localhost`, as libpq has it.
std::optional<std::string> findInPasswordFile(std::string_view text, const std::string& host, int port,
                                              const std::string& database, const std::string& user);

// A language model endpoint's API key: $DBX_LLM_API_KEY, else the credentials file's line for the endpoint's
// host and port with `llm` as its database ("api.example.com:443:llm:*:KEY").
PasswordLookup findLlmKey(const std::string& host, int port);

// The Schema Studio credentials file's path (it need not exist).
std::string credentialsFilePath();

}  // namespace ss
