#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ss {

enum class DiagramFormat { Svg, Png, Pdf, Dot, Mermaid };

const char* toString(DiagramFormat format);  // "svg", "png", "pdf", "dot", "mermaid"
std::optional<DiagramFormat> parseDiagramFormat(std::string_view text);
// From a file name's extension: .svg .png .pdf .dot/.gv .mmd/.mermaid
std::optional<DiagramFormat> diagramFormatFromPath(std::string_view path);

}  // namespace ss
