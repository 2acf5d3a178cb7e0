#pragma once

#include <QtGlobal>

#include <simdjson.h>

#include <string>
#include <string_view>

namespace ss::evolve {

// Parses JSON text as Qt's reader accepts it: simdjson refuses integers past 64 bits, which are read as decimals
// (doubles) instead, as Qt reads every number. `padded`: SIMDJSON_PADDING bytes past the text are readable, so it
// is parsed where it is. The element lives in the parser until its next parse; the text is not needed after.
simdjson::error_code parseJson(simdjson::dom::parser& parser, std::string_view text, bool padded,
                               simdjson::dom::element& element);

// What is wrong with JSON text that simdjson refused, and where: simdjson does not say where, so Qt's reader
// reads the same text again for the offset (on the error path only).
struct JsonProblem {
    qsizetype offset = 0;  // in bytes from the start of the text
    std::string message;
};
JsonProblem jsonProblem(std::string_view text, simdjson::error_code error);

}  // namespace ss::evolve
