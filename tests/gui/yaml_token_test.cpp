#include "ui/widgets/yaml_token.h"

#include <catch2/catch.hpp>

#include <string>

using ss::ui::yamlTokenAt;

namespace {

std::string tokenAt(const std::string& line, const std::string& startsWith)
{
    const auto span = yamlTokenAt(line, static_cast<int>(line.find(startsWith)));
    return line.substr(static_cast<std::size_t>(span.start), static_cast<std::size_t>(span.length));
}

}  // namespace

TEST_CASE("the squiggle covers the YAML token a diagnostic points at", "[gui][token]")
{
    CHECK(tokenAt("  - {name: city, type: VARCHR(10)}", "VARCHR") == "VARCHR(10)");
    CHECK(tokenAt("  - {name: amount, type: DECIMAL(18, 2), nullable: false}", "DECIMAL") == "DECIMAL(18, 2)");
    CHECK(tokenAt("      type: VARCHR(10)   # old name", "VARCHR") == "VARCHR(10)");
    CHECK(tokenAt("    - name: Bad Name", "Bad") == "Bad Name");
    CHECK(tokenAt("    - name: x", "name") == "name");
    CHECK(tokenAt("grain: \"loan_id, payment_date\" # why", "\"") == "\"loan_id, payment_date\"");
    CHECK(tokenAt("sql: 'it''s here', x", "'") == "'it''s here'");
    CHECK(tokenAt("columns: [a, [b, c], d]  ", "[") == "[a, [b, c], d]");
    CHECK(tokenAt("url: http://host:5432/db", "http") == "http://host:5432/db");
}

TEST_CASE("a location at or past the end of a line underlines its last character", "[gui][token]")
{
    CHECK(yamlTokenAt("key:", 4).start == 3);
    CHECK(yamlTokenAt("key:", 4).length == 1);
    CHECK(yamlTokenAt("key:\r\n", 9).start == 3);
    CHECK(yamlTokenAt("", 0).length == 0);
}
