#include "core/design/time_reader.h"

#include <map>

namespace ss::design {

std::optional<TimeLevel> timeLevel(const std::string& word)
{
    static const std::map<std::string, TimeLevel> words = {
        {"daily", TimeLevel::Day}, {"day", TimeLevel::Day}, {"days", TimeLevel::Day}, {"date", TimeLevel::Day},
        {"night", TimeLevel::Day}, {"nights", TimeLevel::Day},
        {"dates", TimeLevel::Day}, {"nightly", TimeLevel::Day}, {"hourly", TimeLevel::Day}, {"hour", TimeLevel::Day},
        {"weekly", TimeLevel::Week}, {"week", TimeLevel::Week}, {"weeks", TimeLevel::Week},
        {"monthly", TimeLevel::Month}, {"month", TimeLevel::Month}, {"months", TimeLevel::Month},
        {"quarterly", TimeLevel::Quarter}, {"quarter", TimeLevel::Quarter}, {"quarters", TimeLevel::Quarter},
        {"yearly", TimeLevel::Year}, {"annual", TimeLevel::Year}, {"annually", TimeLevel::Year},
        {"year", TimeLevel::Year}, {"years", TimeLevel::Year},
    };
    const auto it = words.find(word);
    return it == words.end() ? std::nullopt : std::optional<TimeLevel>(it->second);
}

}  // namespace ss::design
