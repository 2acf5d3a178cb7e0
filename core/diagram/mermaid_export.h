#pragma once

#include "core/diagram/er_graph.h"

#include <string>

namespace ss {

// A Mermaid `erDiagram`: one entity per card with its attributes (type, name, PK/FK, and the exact type and
// nullability as the comment where Mermaid's type word cannot carry them), one relationship per foreign key.
std::string exportMermaid(const ErGraph& graph);

// The name Mermaid sees for a table: letters, digits, '_' and '-' only (other characters become '_').
std::string mermaidName(const std::string& name);

}  // namespace ss
