#include "core/spec/yaml_text.h"

#include "core/util/atomic_file.h"

#include <cstdio>

namespace ss {

namespace {

// yaml-cpp accepts some invalid UTF-8 and rejects other bytes with vague messages; checking first gives the
// user the exact line and column of the bad byte.
bool findInvalidUtf8(std::string_view text, int& line, int& column, unsigned char& byte)
{
    line = 1;
    column = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        if (c < 0x80)
            length = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        bool valid = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (valid && length == 3) {
            const auto c1 = static_cast<unsigned char>(text[i + 1]);
            valid = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);  // overlong, surrogates
        }
        if (valid && length == 4) {
            const auto c1 = static_cast<unsigned char>(text[i + 1]);
            valid = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
        }
        if (!valid) {
            byte = c;
            return true;
        }
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return false;
}

Diagnostic located(const std::string& rule, const std::string& message, int line, int column,
                   const std::string& hint = {})
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.ruleId = rule;
    d.message = message;
    d.loc = {line, column};
    d.hint = hint;
    return d;
}

}  // namespace

std::string normalizeLineBreaks(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out += text[i];
            continue;
        }
        out += '\n';
        if (i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
    }
    return out;
}

std::optional<std::string> checkYamlText(std::string_view text, std::size_t maxBytes, const char* what,
                                              std::vector<Diagnostic>& out)
{
    if (text.size() > maxBytes) {
        const std::string name = what;
        out.push_back(located("file-too-large",
                              "the " + name + " is " + std::to_string(text.size() / (1024 * 1024)) + " MiB; " + name +
                                  "s are limited to " + std::to_string(maxBytes / (1024 * 1024)) + " MiB",
                              1, 1, "split it, or check that this is the file you meant"));
        return std::nullopt;
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::string normalized = normalizeLineBreaks(text);
    text = normalized;

    int line = 0;
    int column = 0;
    unsigned char byte = 0;
    if (findInvalidUtf8(text, line, column, byte)) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", byte);
        out.push_back(located("encoding", std::string("byte ") + hex + " is not valid UTF-8", line, column,
                              "save the file as UTF-8"));
        return std::nullopt;
    }
    if (text.find('\0') != std::string_view::npos) {
        out.push_back(located("encoding", "the file contains a NUL byte; it is not a text file", 1, 1));
        return std::nullopt;
    }
    return normalized;
}

std::optional<YamlDocument> parseYamlText(std::string_view text, std::size_t maxBytes, const char* what,
                                          std::vector<Diagnostic>& out)
{
    const std::optional<std::string> checked = checkYamlText(text, maxBytes, what, out);
    if (!checked)
        return std::nullopt;
    YamlParseResult parsed = parseYamlDocument(*checked);
    if (!parsed.ok()) {
        out.push_back(located("yaml-syntax", parsed.error, parsed.line, parsed.column));
        return std::nullopt;
    }
    return std::move(parsed.document);
}

bool readYamlFile(const std::string& path, std::size_t maxBytes, std::string& content, std::vector<Diagnostic>& out)
{
    std::string error;
    if (readWholeFile(path, content, error, maxBytes))
        return true;
    out.push_back(located("io", error, 0, 0));
    return false;
}

}  // namespace ss
