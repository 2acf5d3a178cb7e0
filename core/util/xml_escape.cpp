#include "core/util/xml_escape.h"

namespace ss {

std::string xmlEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default:
            // Control characters are not allowed in XML 1.0 at all; a name cannot need them.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t')
                out.push_back(c);
        }
    }
    return out;
}

}  // namespace ss
