#include "core/evolve/json_text.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ss::evolve {

namespace {

// The text with each integer literal of more than 19 digits given a fractional part; strings are left alone.
std::string bigIntegersAsDecimals(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 16);
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        out += c;
        if (inString) {
            if (c == '\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        const bool startsNumber = (c >= '0' && c <= '9') && (i == 0 || text[i - 1] == '-' || text[i - 1] == ':'
                                                              || text[i - 1] == '[' || text[i - 1] == ','
                                                              || text[i - 1] == ' ' || text[i - 1] == '\t'
                                                              || text[i - 1] == '\n' || text[i - 1] == '\r');
        if (!startsNumber)
            continue;
        std::size_t end = i + 1;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            ++end;
        out.append(text.substr(i + 1, end - i - 1));
        const bool integer = end == text.size() || (text[end] != '.' && text[end] != 'e' && text[end] != 'E');
        if (integer && end - i > 19)
            out += ".0";
        i = end - 1;
    }
    return out;
}

}  // namespace

simdjson::error_code parseJson(simdjson::dom::parser& parser, std::string_view text, bool padded,
                               simdjson::dom::element& element)
{
    const simdjson::error_code error = parser.parse(text.data(), text.size(), !padded).get(element);
    if (error != simdjson::NUMBER_ERROR)
        return error;
    const std::string decimals = bigIntegersAsDecimals(text);
    if (decimals.size() == text.size())
        return error;
    return parser.parse(decimals).get(element);
}

JsonProblem jsonProblem(std::string_view text, simdjson::error_code error)
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())), &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return {0, simdjson::error_message(error)};
    return {parseError.offset, parseError.errorString().toStdString()};
}

}  // namespace ss::evolve
