#pragma once

#include "core/diagram/er_graph.h"

#include <string>

namespace ss {

// The words drawn on a card, shared by the screen and the exports so both measure and show the same text.
// Markers follow the common modelling-tool convention: PK, FK, and PF for a column that is both.
std::string rowMarker(const ErRow& row);
std::string rowTypeText(const ErRow& row);  // the type, with "?" appended when the column is nullable
const char* cardKindText(TableKind kind);   // what the header says under the name

}  // namespace ss
