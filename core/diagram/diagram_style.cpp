#include "core/diagram/diagram_style.h"

#include <cstdio>

namespace ss {

std::uint32_t DiagramPalette::headerFill(TableKind kind) const
{
    switch (kind) {
    case TableKind::Dimension: return dimensionHeader;
    case TableKind::Fact: return factHeader;
    case TableKind::Table: return tableHeader;
    }
    return tableHeader;
}

DiagramPalette DiagramPalette::light()
{
    return {0xffffff, 0xffffff, 0x8a96a3, 0x1f2328, 0x5b6570, 0xffffff,
            0x2f6db5, 0xc2571a, 0x5d6b78, 0x7a8794, 0xf2b600};
}

DiagramPalette DiagramPalette::dark()
{
    return {0x1e2227, 0x2a2f36, 0x5c6773, 0xe6e9ed, 0xa4afba, 0xffffff,
            0x3d7cc9, 0xd06a2c, 0x66737f, 0x8f9baa, 0xffc83d};
}

std::string toHexColour(std::uint32_t rgb)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%06x", static_cast<unsigned>(rgb & 0xffffffu));
    return buf;
}

}  // namespace ss
