#include "core/seed/pattern.h"

#include <algorithm>
#include <charconv>

namespace ss::seed {

int digitCount(std::int64_t value, int base)
{
    int digits = value < 0 ? 2 : 1;
    const auto b = static_cast<std::uint64_t>(base);
    for (std::uint64_t v = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value); v >= b;
         v /= b)
        ++digits;
    return digits;
}

bool ParsedPattern::hasSequence() const
{
    for (const PatternPart& p : parts)
        if (p.kind == PatternPart::Kind::Sequence || p.kind == PatternPart::Kind::Code)
            return true;
    return false;
}

std::size_t ParsedPattern::maxLength(std::int64_t maxSequence) const
{
    std::size_t length = 0;
    for (const PatternPart& p : parts) {
        if (p.kind == PatternPart::Kind::Literal)
            length += p.literal.size();
        else if (p.kind == PatternPart::Kind::Sequence)
            length += static_cast<std::size_t>(std::max(p.width, digitCount(maxSequence, 10)));
        else if (p.kind == PatternPart::Kind::Code)
            length += static_cast<std::size_t>(std::max(p.width, digitCount(std::max<std::int64_t>(maxSequence, 0), 36)));
        else
            length += static_cast<std::size_t>(p.width);
    }
    return length;
}

ParsedPattern parsePattern(std::string_view pattern)
{
    ParsedPattern result;
    auto fail = [&](std::size_t offset, std::string message) {
        result.parts.clear();
        result.error = std::move(message);
        result.offset = offset;
        return result;
    };
    std::string literal;
    auto flushLiteral = [&] {
        if (!literal.empty()) {
            PatternPart part;
            part.literal = std::move(literal);
            result.parts.push_back(std::move(part));
            literal.clear();
        }
    };
    std::size_t i = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c == '}') {
            if (i + 1 < pattern.size() && pattern[i + 1] == '}') {
                literal.push_back('}');
                i += 2;
                continue;
            }
            return fail(i, "a lone '}' in the pattern; write '}}' for a literal brace");
        }
        if (c != '{') {
            literal.push_back(c);
            ++i;
            continue;
        }
        if (i + 1 < pattern.size() && pattern[i + 1] == '{') {
            literal.push_back('{');
            i += 2;
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        if (close == std::string_view::npos)
            return fail(i, "a '{' in the pattern is never closed; write '{{' for a literal brace");
        const std::string_view body = pattern.substr(i + 1, close - i - 1);
        const std::size_t colon = body.find(':');
        const std::string_view name = body.substr(0, colon);
        PatternPart part;
        if (name == "seq")
            part.kind = PatternPart::Kind::Sequence;
        else if (name == "code")
            part.kind = PatternPart::Kind::Code;
        else if (name == "digits")
            part.kind = PatternPart::Kind::Digits;
        else if (name == "letters")
            part.kind = PatternPart::Kind::Letters;
        else if (name == "hex")
            part.kind = PatternPart::Kind::Hex;
        else
            return fail(i, "unknown placeholder {" + std::string(body) + "}; use {seq}, {seq:08}, {code:N}, {digits:N}, {letters:N} or {hex:N}");
        if (colon != std::string_view::npos) {
            const std::string_view width = body.substr(colon + 1);
            auto [end, ec] = std::from_chars(width.data(), width.data() + width.size(), part.width);
            if (ec != std::errc() || end != width.data() + width.size() || part.width < 1 || part.width > 64)
                return fail(i, "the width in {" + std::string(body) + "} must be a number from 1 to 64");
        } else if (part.kind != PatternPart::Kind::Sequence && part.kind != PatternPart::Kind::Code) {
            return fail(i, "{" + std::string(name) + "} needs a width, as in {" + std::string(name) + ":4}");
        }
        flushLiteral();
        result.parts.push_back(std::move(part));
        i = close + 1;
    }
    flushLiteral();
    return result;
}

}  // namespace ss::seed
