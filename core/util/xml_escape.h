#pragma once

#include <string>
#include <string_view>

namespace ss {

// Escapes text for XML/HTML content and attribute values (SVG, Graphviz HTML-like labels).
std::string xmlEscape(std::string_view text);

}  // namespace ss
