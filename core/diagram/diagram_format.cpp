#include "core/diagram/diagram_format.h"

#include "core/spec/schema_model.h"

namespace ss {

const char* toString(DiagramFormat format)
{
    switch (format) {
    case DiagramFormat::Svg: return "svg";
    case DiagramFormat::Png: return "png";
    case DiagramFormat::Pdf: return "pdf";
    case DiagramFormat::Dot: return "dot";
    case DiagramFormat::Mermaid: return "mermaid";
    }
    return "svg";
}

std::optional<DiagramFormat> parseDiagramFormat(std::string_view text)
{
    for (auto f : {DiagramFormat::Svg, DiagramFormat::Png, DiagramFormat::Pdf, DiagramFormat::Dot, DiagramFormat::Mermaid})
        if (equalsIgnoreCase(text, toString(f)))
            return f;
    return std::nullopt;
}

std::optional<DiagramFormat> diagramFormatFromPath(std::string_view path)
{
    const auto dot = path.rfind('.');
    if (dot == std::string_view::npos)
        return std::nullopt;
    const std::string_view ext = path.substr(dot + 1);
    if (equalsIgnoreCase(ext, "gv"))
        return DiagramFormat::Dot;
    if (equalsIgnoreCase(ext, "mmd"))
        return DiagramFormat::Mermaid;
    return parseDiagramFormat(ext);
}

}  // namespace ss
