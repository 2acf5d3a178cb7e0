#pragma once

#include "core/spec/schema_model.h"

#include <cstdint>
#include <string>

namespace ss {

// Colours as 0xRRGGBB; the screen and every export use the same palette, so a file looks like the window.
struct DiagramPalette {
    std::uint32_t background;
    std::uint32_t cardFill;
    std::uint32_t cardBorder;
    std::uint32_t rowText;
    std::uint32_t typeText;   // column types and key markers, quieter than names
    std::uint32_t headerText;
    std::uint32_t dimensionHeader;
    std::uint32_t factHeader;
    std::uint32_t tableHeader;
    std::uint32_t edge;
    std::uint32_t highlight;  // search hits and the focused table

    std::uint32_t headerFill(TableKind kind) const;

    static DiagramPalette light();
    static DiagramPalette dark();
};

// Text sizes in scene units (pixels at 100% zoom). The family falls back to any sans-serif in SVG viewers.
struct DiagramFonts {
    std::string family = "DejaVu Sans";
    int titleSize = 13;  // table name, bold
    int kindSize = 10;   // "dimension" / "fact" / "table" in the header
    int rowSize = 12;    // column names, types and markers
};

std::string toHexColour(std::uint32_t rgb);  // "#rrggbb"

}  // namespace ss
