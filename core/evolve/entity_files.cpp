#include "core/evolve/entity_files.h"

#include "core/query/lexicon.h"
#include "core/util/snake_case.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

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

std::string scalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().toStdString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17).toStdString();
    return {};
}

Entity entityOf(const EntityFile& file, QJsonObject record, const std::string& fallbackType)
{
    Entity entity;
    entity.type = file.type;
    if (entity.type.empty() && file.typeField.empty()) {
        entity.type = fallbackType;
    } else if (entity.type.empty()) {
        const QString field = QString::fromStdString(file.typeField);
        const QJsonValue type = record.value(field);
        entity.type = type.isString() && !type.toString().trimmed().isEmpty() ? snakeCase(type.toString().toStdString())
                                                                                : fallbackType;
        if (type.isString())
            record.remove(field);
    }
    entity.key = scalarText(record.value(QStringLiteral("id")));
    for (const char* label : {"name", "title", "label"}) {
        const QJsonValue value = record.value(QLatin1String(label));
        if (value.isString()) {
            entity.name = value.toString().toStdString();
            break;
        }
        if (value.isObject()) {  // world-countries: name.common
            for (const QJsonValue& inner : value.toObject())
                if (inner.isString()) {
                    entity.name = inner.toString().toStdString();
                    break;
                }
            if (!entity.name.empty())
                break;
        }
    }
    entity.attributes = std::move(record);
    return entity;
}

std::string lineColumn(const QByteArray& text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return std::to_string(line) + ":" + std::to_string(column);
}

std::string readWholeDocument(const EntityFile& file, QFile& in, const EntitySink& sink, const std::string& fallbackType,
                              std::atomic<long long>* read)
{
    const QByteArray text = in.readAll();
    if (read)
        *read += text.size();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return file.path + ":" + lineColumn(text, parseError.offset) + ": " + parseError.errorString().toStdString();
    QJsonArray records;
    if (document.isArray()) {
        records = document.array();
    } else {
        const QJsonObject object = document.object();
        int arrays = 0;
        for (const QJsonValue& member : object)
            if (member.isArray()) {
                records = member.toArray();
                ++arrays;
            }
        if (arrays != 1)
            return file.path + ": a JSON collection is an array of objects (or an object holding one such array); this "
                               "object holds " + std::to_string(arrays) + " arrays";
    }
    long long index = 0;
    for (const QJsonValue& record : records) {
        ++index;
        if (!record.isObject())
            return file.path + ": record " + std::to_string(index) + " is not a JSON object";
        if (!sink(entityOf(file, record.toObject(), fallbackType)))
            return {};
    }
    return {};
}

std::string readLines(const EntityFile& file, QFile& in, const EntitySink& sink, const std::string& fallbackType,
                      std::atomic<long long>* read, long long line = 0, qint64 end = -1)
{
    while (!in.atEnd() && (end < 0 || in.pos() < end)) {
        const QByteArray text = in.readLine();
        ++line;
        if (read)
            *read += text.size();
        if (text.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return file.path + ":" + std::to_string(line) + ":" + std::to_string(parseError.offset + 1) + ": "
                   + parseError.errorString().toStdString();
        if (!document.isObject())
            return file.path + ":" + std::to_string(line) + ":1: each line of an NDJSON file is one JSON object";
        if (!sink(entityOf(file, document.object(), fallbackType)))
            return {};
    }
    return {};
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
    const qsizetype newline = head.indexOf('\n');
    if (start < 0 || newline < 0 || head.left(start).trimmed().size() != 0 || QJsonDocument::fromJson(head.left(newline)).isNull())
        return layout;
    layout.lines = true;
    return layout;
}

std::string readEntityLineRange(const EntityFile& file, qint64 begin, qint64 end, const EntitySink& sink)
{
    QFile in(QString::fromStdString(file.path));
    if (!in.open(QIODevice::ReadOnly))
        return file.path + ": " + in.errorString().toStdString();
    // Lines before the range are counted so that an error names the line of the file.
    long long line = 0;
    while (in.pos() < begin && !in.atEnd()) {
        const QByteArray chunk = in.read(std::min<qint64>(begin - in.pos(), 1 << 20));
        line += chunk.count('\n');
    }
    return readLines(file, in, sink, typeFromFileName(file.path), nullptr, line, end);
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
        return readWholeDocument(file, in, sink, fallbackType, read);
    if (first != '{')
        return file.path + ":1:1: not JSON: a collection starts with '[' (an array) or '{' (NDJSON)";
    const QByteArray firstLine = in.peek(1 << 20);
    const qsizetype newline = firstLine.indexOf('\n');
    const bool singleDocument = newline < 0
                                || QJsonDocument::fromJson(firstLine.left(newline)).isNull();  // '{' alone on its line
    return singleDocument ? readWholeDocument(file, in, sink, fallbackType, read) : readLines(file, in, sink, fallbackType, read);
}

}  // namespace ss::evolve
