#include "core/spec/diagnostics_json.h"

#include <QJsonObject>

namespace ss {

QJsonArray diagnosticsJson(const std::vector<Diagnostic>& diagnostics)
{
    QJsonArray list;
    for (const Diagnostic& d : diagnostics) {
        QJsonObject item{{"severity", toString(d.severity)},
                         {"rule", QString::fromStdString(d.ruleId)},
                         {"message", QString::fromStdString(d.message)}};
        if (d.loc.known()) {
            item.insert("line", d.loc.line);
            item.insert("column", d.loc.column);
        }
        if (!d.hint.empty())
            item.insert("hint", QString::fromStdString(d.hint));
        list.append(item);
    }
    return list;
}

}  // namespace ss
