#pragma once

#include <string>
#include <string_view>

namespace ss {

// Write to a temporary file beside the target, fsync it, rename it over the target and fsync the folder,
// so a crash leaves either the old file or the new one, never half of either.
// Returns an empty string on success, else a message naming the path and the system error.
std::string writeFileAtomically(const std::string& path, std::string_view content);

// Reads a whole file; returns false and sets error (naming the path) when it cannot.
bool readWholeFile(const std::string& path, std::string& content, std::string& error, std::size_t maxBytes);

}  // namespace ss
