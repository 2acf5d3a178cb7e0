#pragma once

#include "core/spec/diagnostic.h"
#include "core/spec/yaml_tree.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ss {

// The checks every YAML file passes before it is parsed: a size limit, a UTF-8 byte-order mark dropped,
// invalid UTF-8 and NUL bytes refused, each a diagnostic at its line and column. Returns the text to parse
// (without the byte-order mark, every line break as "\n"), or nothing.
std::optional<std::string> checkYamlText(std::string_view text, std::size_t maxBytes, const char* what,
                                              std::vector<Diagnostic>& out);

// What every YAML file of a project (specs, seeding profiles) goes through before its own reader: a size
// limit, a UTF-8 byte-order mark dropped, line breaks normalised, invalid UTF-8 and NUL bytes refused, then the parse; each problem is
// a diagnostic at its line and column. `what` names the file in messages ("spec", "profile").
// Returns the document, or nothing when the text cannot be read as one.
std::optional<YamlDocument> parseYamlText(std::string_view text, std::size_t maxBytes, const char* what,
                                          std::vector<Diagnostic>& out);

// Reads a whole file for a loader; a file that cannot be read becomes an "io" diagnostic.
// YAML's line breaks (CRLF, and CR alone as in old Mac files) as "\n": every reader then counts lines as the
// editor does, whichever program saved the file.
std::string normalizeLineBreaks(std::string_view text);

bool readYamlFile(const std::string& path, std::size_t maxBytes, std::string& content, std::vector<Diagnostic>& out);

}  // namespace ss
