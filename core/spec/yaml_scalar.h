#pragma once

#include <string>
#include <string_view>

namespace ss {

enum class YamlContext { Block, Flow };

// The text of a scalar as the canonical writer puts it: plain where YAML reads it back as the same string,
// double-quoted with escapes otherwise. Never a block scalar: see appendBlockValue for those.
std::string yamlScalar(std::string_view text, YamlContext context);

// Appends " VALUE\n" for a mapping value in block context at the given indentation of its key:
// a literal block (|-) for readable multi-line text, else yamlScalar.
void appendBlockValue(std::string& out, std::string_view text, int keyIndent);

}  // namespace ss
