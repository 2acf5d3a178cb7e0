#include "core/evolve/entity_files.h"

#include "core/evolve/json_text.h"
#include "core/evolve/value_kinds.h"
#include "core/query/lexicon.h"
#include "core/util/snake_case.h"
#include "core/util/trim.h"

#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace ss::evolve {

EntityFile parseEntityFile(const std::string& argument, const std::string& typeField)
{
    EntityFile file;
    const std::size_t equals = argument.find('=');
    // A path may hold '=' itself; a type never holds '/'.
    if (equals != std::string::npos && equals > 0 && argument.substr(0, equals).find('/') == std::string::npos) {
        file.type = argument.substr(0, equals);
        file.path = argument.substr(equals + 1);
    } else {
        file.path = argument;
        file.typeField = typeField;
    }
    return file;
}

std::string typeFromFileName(const std::string& path)
{
    std::string base = QFileInfo(QString::fromStdString(path)).completeBaseName().toStdString();
    if (const std::size_t dot = base.find('.'); dot != std::string::npos)
        base = base.substr(0, dot);
    std::string words;
    for (const std::string& word : query::nameWords(snakeCase(base)))
        words += (words.empty() ? "" : "_") + word;
    return words.empty() ? "entity" : words;
}

namespace {

Entity entityOf(const EntityFile& file, simdjson::dom::object record, const std::string& fallbackType)
{
    Entity entity;
    entity.attributes = record;
    entity.type = file.type;
    if (entity.type.empty() && file.typeField.empty()) {
        entity.type = fallbackType;
    } else if (entity.type.empty()) {
        std::string_view type;
        const bool named = record.at_key(file.typeField).get_string().get(type) == simdjson::SUCCESS;
        entity.type = named && !trimmed(type).empty() ? snakeCase(type) : fallbackType;
        if (named)
            entity.omitted = file.typeField;
    }
    if (simdjson::dom::element id; record.at_key("id").get(id) == simdjson::SUCCESS && (id.is_string() || id.is_number()))
        entity.key = textOf(id);
    for (const char* label : {"name", "title", "label"}) {
        simdjson::dom::element value;
        if (record.at_key(label).get(value) != simdjson::SUCCESS)
            continue;
        if (value.is_string()) {
            entity.name = value.get_string().value_unsafe();
            break;
        }
        if (simdjson::dom::object object; value.get_object().get(object) == simdjson::SUCCESS) {  // world-countries: name.common
            for (const simdjson::dom::key_value_pair inner : object)
                if (inner.value.is_string()) {
                    entity.name = inner.value.get_string().value_unsafe();
                    break;
                }
            if (!entity.name.empty())
                break;
        }
    }
    return entity;
}

std::string lineColumn(std::string_view text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < qsizetype(text.size()); ++i) {
        if (text[std::size_t(i)] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return std::to_string(line) + ":" + std::to_string(column);
}

std::string readWholeDocument(const EntityFile& file, const EntitySink& sink, const std::string& fallbackType,
                              std::atomic<long long>* read)
{
    simdjson::padded_string text;
    if (simdjson::padded_string::load(file.path).get(text) != simdjson::SUCCESS)
        return file.path + ": the file cannot be read";
    if (read)
        *read += static_cast<long long>(text.size());
    simdjson::dom::parser parser;
    simdjson::dom::element document;
    if (const auto error = parseJson(parser, text, true, document)) {
        const JsonProblem problem = jsonProblem(text, error);
        return file.path + ":" + lineColumn(text, problem.offset) + ": " + problem.message;
    }
    simdjson::dom::array records;
    if (simdjson::dom::object object; document.get_array().get(records) != simdjson::SUCCESS
                                      && document.get_object().get(object) == simdjson::SUCCESS) {
        int arrays = 0;
        for (const simdjson::dom::key_value_pair member : object)
            if (member.value.get_array().get(records) == simdjson::SUCCESS)
                ++arrays;
        if (arrays != 1)
            return file.path + ": a JSON collection is an array of objects (or an object holding one such array); this "
                               "object holds " + std::to_string(arrays) + " arrays";
    }
    long long index = 0;
    for (const simdjson::dom::element record : records) {
        ++index;
        simdjson::dom::object object;
        if (record.get_object().get(object) != simdjson::SUCCESS)
            return file.path + ": record " + std::to_string(index) + " is not a JSON object";
        if (!sink(entityOf(file, object, fallbackType)))
            return {};
    }
    return {};
}

// The lines of a file read in large blocks, each handed on with the padding simdjson reads past its end (the
// next lines, or the block's spare room), so that no line is copied.
class PaddedLines {
public:
    PaddedLines(QFile& in, qint64 end) : m_in(in), m_end(end), m_offset(in.pos()) {}

    // The next line without its newline and the bytes it took; false at the end of the range or on an error.
    bool next(std::string_view& line, qint64& consumed)
    {
        if (m_end >= 0 && m_offset + qint64(m_start) >= m_end)
            return false;
        for (;;) {
            const char* from = m_buffer.data() + m_start;
            const std::size_t available = m_filled - m_start;
            if (const void* newline = available ? std::memchr(from, '\n', available) : nullptr) {
                const std::size_t length = std::size_t(static_cast<const char*>(newline) - from);
                line = std::string_view(from, length);
                consumed = qint64(length + 1);
                m_start += length + 1;
                return true;
            }
            if (m_atEnd) {
                if (available == 0)
                    return false;
                line = std::string_view(from, available);
                consumed = qint64(available);
                m_start = m_filled;
                return true;
            }
            std::memmove(m_buffer.data(), from, available);
            m_offset += qint64(m_start);
            m_start = 0;
            m_filled = available;
            if (m_buffer.size() < m_filled + kBlock + simdjson::SIMDJSON_PADDING)
                m_buffer.resize(m_filled + kBlock + simdjson::SIMDJSON_PADDING);
            const qint64 n = m_in.read(m_buffer.data() + m_filled, kBlock);
            if (n < 0) {
                m_error = m_in.errorString().toStdString();
                return false;
            }
            m_atEnd = n == 0;
            m_filled += std::size_t(n);
        }
    }

    const std::string& error() const { return m_error; }

private:
    static constexpr std::size_t kBlock = std::size_t(1) << 22;

    QFile& m_in;
    qint64 m_end;
    qint64 m_offset;  // the file offset of the buffer's first byte
    std::string m_buffer;
    std::size_t m_start = 0;
    std::size_t m_filled = 0;
    bool m_atEnd = false;
    std::string m_error;
};

// The number of lines in the file before `offset`.
long long linesBefore(QFile& in, qint64 offset)
{
    long long lines = 0;
    if (!in.seek(0))
        return 0;
    while (in.pos() < offset && !in.atEnd())
        lines += in.read(std::min<qint64>(offset - in.pos(), 1 << 20)).count('\n');
    return lines;
}

// Reads the lines from the file's position up to `end` (-1: its end). Errors name the file's own line numbers;
// for a range that starts inside the file the lines before it are counted then, on that path only.
std::string readLines(const EntityFile& file, QFile& in, const EntitySink& sink, const std::string& fallbackType,
                      std::atomic<long long>* read, qint64 end = -1)
{
    const qint64 begin = in.pos();
    long long line = 0;
    const auto fileLine = [&] { return std::to_string(line + (begin > 0 ? linesBefore(in, begin) : 0)); };
    simdjson::dom::parser parser;
    PaddedLines lines(in, end);
    std::string_view text;
    qint64 consumed = 0;
    while (lines.next(text, consumed)) {
        ++line;
        if (read)
            *read += consumed;
        if (trimmed(text).empty())
            continue;
        simdjson::dom::element document;
        if (const auto error = parseJson(parser, text, true, document)) {
            const JsonProblem problem = jsonProblem(text, error);
            return file.path + ":" + fileLine() + ":" + std::to_string(problem.offset + 1) + ": " + problem.message;
        }
        simdjson::dom::object record;
        if (document.get_object().get(record) != simdjson::SUCCESS)
            return file.path + ":" + fileLine() + ":1: each line of an NDJSON file is one JSON object";
        if (!sink(entityOf(file, record, fallbackType)))
            return {};
    }
    return lines.error().empty() ? std::string() : file.path + ": " + lines.error();
}

// Whether the first line of `head` is a JSON object of its own: NDJSON, not one document spread over lines.
bool firstLineIsObject(const QByteArray& head)
{
    const qsizetype newline = head.indexOf('\n');
    if (newline < 0)
        return false;
    simdjson::dom::parser parser;
    simdjson::dom::element line;
    return parseJson(parser, std::string_view(head.constData(), std::size_t(newline)), false, line) == simdjson::SUCCESS
           && line.is_object();
}

}  // namespace

NdjsonLayout ndjsonLayout(const std::string& path)
{
    NdjsonLayout layout;
    QFile in(QString::fromStdString(path));
    if (!in.open(QIODevice::ReadOnly))
        return layout;
    layout.size = in.size();
    const QByteArray head = in.peek(1 << 20);
    const qsizetype start = head.indexOf('{');
    if (start < 0 || head.left(start).trimmed().size() != 0 || !firstLineIsObject(head.mid(start)))
        return layout;
    layout.lines = true;
    return layout;
}

std::string readEntityLineRange(const EntityFile& file, qint64 begin, qint64 end, const EntitySink& sink)
{
    QFile in(QString::fromStdString(file.path));
    if (!in.open(QIODevice::ReadOnly))
        return file.path + ": " + in.errorString().toStdString();
    if (!in.seek(begin))
        return file.path + ": " + in.errorString().toStdString();
    return readLines(file, in, sink, typeFromFileName(file.path), nullptr, end);
}

qint64 lineStartAfter(const std::string& path, qint64 offset)
{
    QFile in(QString::fromStdString(path));
    if (!in.open(QIODevice::ReadOnly) || !in.seek(offset))
        return offset;
    in.readLine();
    return in.pos();
}

std::string readEntityFile(const EntityFile& file, const EntitySink& sink, std::atomic<long long>* read)
{
    QFile in(QString::fromStdString(file.path));
    if (!in.open(QIODevice::ReadOnly))
        return file.path + ": " + in.errorString().toStdString();
    const std::string fallbackType = typeFromFileName(file.path);
    // The first character decides: '[' is one JSON document; '{' is NDJSON unless the whole file is one object.
    char first = 0;
    while (in.peek(&first, 1) == 1 && (first == ' ' || first == '\n' || first == '\r' || first == '\t'))
        in.read(&first, 1);
    if (first == '[')
        return readWholeDocument(file, sink, fallbackType, read);
    if (first != '{')
        return file.path + ":1:1: not JSON: a collection starts with '[' (an array) or '{' (NDJSON)";
    if (!firstLineIsObject(in.peek(1 << 20)))  // '{' alone on its line: one document
        return readWholeDocument(file, sink, fallbackType, read);
    return readLines(file, in, sink, fallbackType, read);
}

}  // namespace ss::evolve
