#pragma once

#include <string>
#include <vector>

namespace ss::design {

// What part of a sentence a phrase sits in: its subject, after "by/per/across/for each", after
// "measuring/tracking/with", after "counting", after "flagging", or after "with" in a plain-table request.
enum class Segment { Subject, Dimensions, Measures, Counts, Flags };

struct Phrase {
    Segment segment = Segment::Subject;
    std::vector<std::string> words;
    bool explicitMeasure = false;  // after "measuring", "tracking", ...: never dimensions, unlike after "with"
    std::string text() const;
};

// Splits tokens into phrases at the segment markers and at commas, "and", "or", "plus".
std::vector<Phrase> splitPhrases(const std::vector<std::string>& tokens);

// Words joined with single spaces, from `from` up to (not including) `to`.
std::string joinWords(const std::vector<std::string>& words, std::size_t from = 0, std::size_t to = std::string::npos);

// The phrase's words without leading and trailing filler (a, the, of, ...).
std::vector<std::string> trimFiller(const std::vector<std::string>& words);

}  // namespace ss::design
