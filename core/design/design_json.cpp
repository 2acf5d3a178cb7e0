#include "core/design/design_json.h"

#include "core/spec/diagnostics_json.h"

#include <QJsonArray>

namespace ss::design {

QJsonObject designResultJson(const DesignResult& r)
{
    QJsonArray understood;
    for (const Understanding& u : r.understood)
        understood.append(QJsonObject{{"role", QString::fromStdString(u.role)},
                                      {"words", QString::fromStdString(u.words)},
                                      {"table", QString::fromStdString(u.table)},
                                      {"column", QString::fromStdString(u.column)}});
    QJsonArray notUnderstood;
    for (const std::string& words : r.notUnderstood)
        notUnderstood.append(QString::fromStdString(words));
    QJsonObject json{{"ok", r.ok},
                     {"source", QString::fromStdString(r.source)},
                     {"message", QString::fromStdString(r.message)},
                     {"yaml", QString::fromStdString(r.yaml)},
                     {"understood", understood},
                     {"notUnderstood", notUnderstood},
                     {"diagnostics", diagnosticsJson(r.diagnostics)}};
    if (r.llm.rounds > 0)
        json.insert("llm", QJsonObject{{"model", QString::fromStdString(r.llm.model)},
                                       {"rounds", r.llm.rounds},
                                       {"tokensIn", r.llm.tokensIn},
                                       {"tokensOut", r.llm.tokensOut},
                                       {"elapsedMs", static_cast<qint64>(r.llm.elapsedMs)}});
    return json;
}

}  // namespace ss::design
