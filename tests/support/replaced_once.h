#pragma once

#include <catch2/catch.hpp>

#include <string>

// `text` with the first `from` replaced by `to`; a `from` that is not there fails the test.
inline std::string replacedOnce(const std::string& text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    INFO(from);
    REQUIRE(at != std::string::npos);
    return text.substr(0, at) + to + text.substr(at + from.size());
}
