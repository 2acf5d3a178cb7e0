#include "core/evolve/proposal.h"

#include "core/evolve/json_lists.h"

#include <QJsonArray>

#include <algorithm>
#include <set>

namespace ss::evolve {

const char* toString(ProposalType type)
{
    switch (type) {
    case ProposalType::Table: return "table";
    case ProposalType::Column: return "column";
    case ProposalType::Relationship: return "relationship";
    case ProposalType::Index: return "index";
    }
    return "table";
}

const char* toString(Priority priority)
{
    switch (priority) {
    case Priority::High: return "high";
    case Priority::Medium: return "medium";
    case Priority::Low: return "low";
    }
    return "medium";
}

const char* toString(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Pending: return "pending";
    case ProposalStatus::Rejected: return "rejected";
    case ProposalStatus::Implemented: return "implemented";
    case ProposalStatus::RolledBack: return "rolled_back";
    case ProposalStatus::Failed: return "failed";
    }
    return "pending";
}

namespace {

template <typename E, std::size_t N>
std::optional<E> parseOf(const std::string& text, const E (&values)[N])
{
    for (E value : values)
        if (text == toString(value))
            return value;
    return std::nullopt;
}

QString s(const std::string& text) { return QString::fromStdString(text); }


QJsonObject tableJson(const Table& table, const QJsonObject& supportingData)
{
    QJsonObject coverage;
    for (const QJsonValue& c : supportingData.value(QStringLiteral("columns")).toArray())
        coverage.insert(c.toObject().value(QStringLiteral("name")).toString(), c.toObject().value(QStringLiteral("coverage")));
    QJsonArray columns;
    for (const Column& column : table.columns) {
        QJsonObject c{{QStringLiteral("name"), s(column.name)},
                      {QStringLiteral("type"), s(column.type.toString())},
                      {QStringLiteral("nullable"), column.nullable}};
        if (coverage.contains(s(column.name)))
            c.insert(QStringLiteral("coverage"), coverage.value(s(column.name)));
        columns.append(c);
    }
    QJsonArray foreignKeys;
    for (const ForeignKey& fk : table.foreignKeys)
        foreignKeys.append(QJsonObject{{QStringLiteral("columns"), stringArray(fk.columns)},
                                       {QStringLiteral("references"), QJsonObject{{QStringLiteral("table"), s(fk.refTable)},
                                                                                  {QStringLiteral("columns"), stringArray(fk.refColumns)}}}});
    return QJsonObject{{QStringLiteral("name"), s(table.name)},
                       {QStringLiteral("primary_key"), stringArray(primaryKeyOf(table))},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("foreign_keys"), foreignKeys}};
}

}  // namespace

std::optional<ProposalType> parseProposalType(const std::string& text)
{
    static const ProposalType all[] = {ProposalType::Table, ProposalType::Column, ProposalType::Relationship, ProposalType::Index};
    return parseOf(text, all);
}

std::optional<Priority> parsePriority(const std::string& text)
{
    static const Priority all[] = {Priority::High, Priority::Medium, Priority::Low};
    return parseOf(text, all);
}

std::optional<ProposalStatus> parseProposalStatus(const std::string& text)
{
    static const ProposalStatus all[] = {ProposalStatus::Pending, ProposalStatus::Rejected, ProposalStatus::Implemented,
                                         ProposalStatus::RolledBack, ProposalStatus::Failed};
    return parseOf(text, all);
}

std::vector<Proposal> inDependencyOrder(std::vector<Proposal> proposals)
{
    std::set<std::string> pending;
    for (const Proposal& p : proposals)
        pending.insert(p.id);
    std::vector<Proposal> ordered;
    while (!proposals.empty()) {
        const std::size_t before = proposals.size();
        for (auto it = proposals.begin(); it != proposals.end();) {
            const bool ready = std::none_of(it->dependsOn.begin(), it->dependsOn.end(),
                                            [&](const std::string& d) { return pending.count(d) > 0; });
            if (ready) {
                pending.erase(it->id);
                ordered.push_back(std::move(*it));
                it = proposals.erase(it);
            } else {
                ++it;
            }
        }
        if (proposals.size() == before)
            break;
    }
    for (Proposal& p : proposals)
        ordered.push_back(std::move(p));
    return ordered;
}

QJsonObject toJson(const Proposal& p)
{
    QJsonObject json{{QStringLiteral("id"), s(p.id)},
                     {QStringLiteral("type"), QString::fromLatin1(toString(p.type))},
                     {QStringLiteral("priority"), QString::fromLatin1(toString(p.priority))},
                     {QStringLiteral("status"), QString::fromLatin1(toString(p.status))},
                     {QStringLiteral("title"), s(p.title)},
                     {QStringLiteral("description"), s(p.description)},
                     {QStringLiteral("rationale"), s(p.rationale)},
                     {QStringLiteral("confidence"), p.confidence},
                     {QStringLiteral("frequency"), double(p.frequency)},
                     {QStringLiteral("patternId"), s(p.patternId)},
                     {QStringLiteral("dependsOn"), stringArray(p.dependsOn)},
                     {QStringLiteral("dialect"), s(p.dialect)},
                     {QStringLiteral("sqlPreview"), s(p.sqlPreview)},
                     {QStringLiteral("impact"), p.impact},
                     {QStringLiteral("supportingData"), p.supportingData}};
    if (p.type == ProposalType::Table && !p.change.tables.empty())
        json.insert(QStringLiteral("table"), tableJson(p.change.tables.front(), p.supportingData));
    if (p.supportingData.contains(QStringLiteral("relationship")))
        json.insert(QStringLiteral("relationship"), p.supportingData.value(QStringLiteral("relationship")));
    if (!p.createdAt.empty())
        json.insert(QStringLiteral("createdAt"), s(p.createdAt));
    if (!p.reviewedBy.empty())
        json.insert(QStringLiteral("reviewedBy"), s(p.reviewedBy));
    if (!p.reviewNotes.empty())
        json.insert(QStringLiteral("reviewNotes"), s(p.reviewNotes));
    if (!p.implementedAt.empty())
        json.insert(QStringLiteral("implementedAt"), s(p.implementedAt));
    return json;
}

}  // namespace ss::evolve
