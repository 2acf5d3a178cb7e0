#include "core/design/phrases.h"

#include "core/design/knowledge_base.h"
#include "core/design/tokenizer.h"

#include <algorithm>
#include <map>

namespace ss::design {

std::string joinWords(const std::vector<std::string>& words, std::size_t from, std::size_t to)
{
    std::string s;
    for (std::size_t i = from; i < std::min(to, words.size()); ++i)
        s += (s.empty() ? "" : " ") + words[i];
    return s;
}

std::string Phrase::text() const { return joinWords(words); }

std::vector<Phrase> splitPhrases(const std::vector<std::string>& tokens)
{
    static const std::map<std::string, Segment> markers = {
        {"by", Segment::Dimensions}, {"per", Segment::Dimensions}, {"across", Segment::Dimensions},
        {"measuring", Segment::Measures}, {"measure", Segment::Measures}, {"measures", Segment::Measures},
        {"tracking", Segment::Measures}, {"capturing", Segment::Measures},
        {"recording", Segment::Measures}, {"showing", Segment::Measures}, {"including", Segment::Measures},
        {"with", Segment::Measures}, {"counting", Segment::Counts}, {"flagging", Segment::Flags},
        {"whether", Segment::Flags},
    };
    std::vector<Phrase> phrases;
    Phrase current;
    auto flush = [&] {
        if (!current.words.empty())
            phrases.push_back(current);
        current.words.clear();
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& t = tokens[i];
        const bool forEach = (t == "for" || t == "of") && i + 1 < tokens.size() && (tokens[i + 1] == "each" || tokens[i + 1] == "every");
        if (forEach) {
            flush();
            current.segment = Segment::Dimensions;
            ++i;
            continue;
        }
        if (const auto m = markers.find(t); m != markers.end()) {
            flush();
            current.segment = m->second;
            current.explicitMeasure = m->second == Segment::Measures && t != "with" && t != "showing" && t != "including";
            continue;
        }
        if (t == kSeparator || t == "and" || t == "or" || t == "plus") {
            flush();
            continue;
        }
        current.words.push_back(t);
    }
    flush();
    return phrases;
}

std::vector<std::string> trimFiller(const std::vector<std::string>& words)
{
    const KnowledgeBase& kb = KnowledgeBase::instance();
    std::size_t first = 0;
    std::size_t last = words.size();
    while (first < last && (kb.inClass("filler", words[first])))
        ++first;
    while (last > first && kb.inClass("filler", words[last - 1]))
        --last;
    return {words.begin() + static_cast<std::ptrdiff_t>(first), words.begin() + static_cast<std::ptrdiff_t>(last)};
}

}  // namespace ss::design
