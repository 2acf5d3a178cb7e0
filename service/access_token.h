#pragma once

#include <QByteArray>

#include <string>

namespace ss::service {

// The bearer token every request must carry, kept in a file only its owner can read (like Jupyter's): read from
// the file when it exists, else made from the system's random source and written there (0600, atomically).
struct AccessToken {
    QByteArray token;
    std::string path;
    bool created = false;
    std::string error;  // why the token could not be read or made
};

AccessToken loadOrCreateToken(const std::string& path);

// $XDG_CONFIG_HOME/schema-studio/serve-token (else ~/.config/...).
std::string defaultTokenPath();

// Compares in time that does not depend on where the two differ.
bool sameToken(const QByteArray& expected, const QByteArray& given);

}  // namespace ss::service
