#include "core/evolve/pattern.h"

#include <QJsonArray>

namespace ss::evolve {

const char* toString(PatternKind kind)
{
    switch (kind) {
    case PatternKind::CommonAttributes: return "common_attributes";
    case PatternKind::NestedCollection: return "nested_collection";
    case PatternKind::Reference: return "reference";
    case PatternKind::CoOccurrence: return "co_occurrence";
    case PatternKind::Temporal: return "temporal";
    }
    return "common_attributes";
}

QJsonObject toJson(const Pattern& pattern)
{
    QJsonArray examples;
    for (const std::string& e : pattern.examples)
        examples.append(QString::fromStdString(e));
    return QJsonObject{{QStringLiteral("id"), QString::fromStdString(pattern.id)},
                       {QStringLiteral("kind"), QString::fromLatin1(toString(pattern.kind))},
                       {QStringLiteral("name"), QString::fromStdString(pattern.name)},
                       {QStringLiteral("description"), QString::fromStdString(pattern.description)},
                       {QStringLiteral("confidence"), pattern.confidence},
                       {QStringLiteral("frequency"), double(pattern.frequency)},
                       {QStringLiteral("examples"), examples},
                       {QStringLiteral("evidence"), pattern.evidence},
                       {QStringLiteral("suggestedStructure"), pattern.suggestedStructure}};
}

}  // namespace ss::evolve
