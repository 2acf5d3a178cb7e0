#include "core/plan/impact_report.h"

namespace ss {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string summaryLine(const Plan& plan)
{
    const RiskSummary s = plan.summary();
    if (s.total() == 0)
        return "No changes: the current schema already matches the target.";
    return std::to_string(s.total()) + " operation" + (s.total() == 1 ? "" : "s") + ": " + std::to_string(s.high) +
           " high, " + std::to_string(s.medium) + " medium, " + std::to_string(s.safe) +
           " safe; highest risk: " + toString(s.highest()) + ".";
}

}  // namespace

std::string operationObject(const Operation& op)
{
    switch (op.kind) {
    case OpKind::AddColumn:
    case OpKind::AlterColumnType:
    case OpKind::AlterColumnNullability:
    case OpKind::AlterColumnDefault:
    case OpKind::CommentColumn:
    case OpKind::RenameColumn: return op.after.name;
    case OpKind::DropColumn: return op.before.name;
    case OpKind::AddIndex:
    case OpKind::DropIndex: return op.index.name;
    case OpKind::AddUnique:
    case OpKind::DropUnique: return op.unique.name;
    case OpKind::AddCheck:
    case OpKind::DropCheck: return op.check.name;
    case OpKind::AddForeignKey:
    case OpKind::DropForeignKey: return op.foreignKey.name;
    default: return {};
    }
}

QJsonObject operationJson(const Operation& op, int step)
{
    QJsonArray reasons;
    for (const auto& r : op.risks)
        reasons.append(QJsonObject{{"code", qs(r.code)}, {"level", toString(r.level)}, {"message", qs(r.message)}});
    QJsonObject o{{"step", step},
                  {"kind", toString(op.kind)},
                  {"table", qs(op.table)},
                  {"description", qs(op.describe())},
                  {"risk", toString(op.risk())},
                  {"reasons", reasons}};
    const std::string object = operationObject(op);
    if (!object.empty())
        o.insert("object", qs(object));
    if (!op.oldName.empty())
        o.insert("old_name", qs(op.oldName));
    if (!op.schema.empty())
        o.insert("schema", qs(op.schema));
    return o;
}

QJsonArray operationsJson(const Plan& plan)
{
    QJsonArray ops;
    for (std::size_t i = 0; i < plan.operations.size(); ++i)
        ops.append(operationJson(plan.operations[i], static_cast<int>(i) + 1));
    return ops;
}

QJsonObject summaryJson(const Plan& plan)
{
    const RiskSummary s = plan.summary();
    return QJsonObject{{"operations", s.total()},
                       {"safe", s.safe},
                       {"medium", s.medium},
                       {"high", s.high},
                       {"highest", toString(s.highest())},
                       {"from_version", qs(plan.fromVersion)},
                       {"to_version", qs(plan.toVersion)}};
}

QJsonArray notesJson(const Plan& plan)
{
    QJsonArray notes;
    for (const auto& note : plan.notes)
        notes.append(QJsonObject{{"table", qs(note.table)}, {"text", qs(note.text)}});
    return notes;
}

std::string formatImpactText(const Plan& plan, bool summaryOnly)
{
    std::string out;
    if (!summaryOnly)
        for (std::size_t i = 0; i < plan.operations.size(); ++i) {
            const Operation& op = plan.operations[i];
            out += std::to_string(i + 1) + ". [" + toString(op.risk()) + "] " + op.describe() + "\n";
            for (const auto& r : op.risks)
                out += "     " + r.code + " " + toString(r.level) + ": " + r.message + "\n";
        }
    if (!summaryOnly)
        for (const auto& note : plan.notes)
            out += "note: " + note.text + "\n";
    out += summaryLine(plan) + "\n";
    return out;
}

}  // namespace ss
