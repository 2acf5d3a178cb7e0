#pragma once

#include "core/query/semantic_model.h"

#include <string>
#include <vector>

namespace ss::query {

// Questions a model can answer, most useful first: the main measures per month, by each category, the top
// entities by them, how many of each entity there are and by what. Not yet checked for ambiguity: Explorer's
// suggest() keeps those that read cleanly (or their settled alternatives).
struct Candidate {
    std::string question;
    std::string about;  // the words of the tables it reads and their descriptions: what a topic is matched to
};
std::vector<Candidate> candidateQuestions(const SemanticModel& model);

// Whether a candidate is about `topic`: a word of the topic (normalized) among the words of its question or of
// what it is about.
bool matchesTopic(const Candidate& candidate, const std::string& topic);

}  // namespace ss::query
