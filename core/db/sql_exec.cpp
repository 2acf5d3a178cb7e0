#include "core/db/sql_exec.h"

#include <QSqlError>

namespace ss {

std::string queryError(const QSqlQuery& query)
{
    QString text = query.lastError().text().simplified();
    if (text.isEmpty())
        text = QStringLiteral("unknown error");
    return text.toStdString();
}

std::string execBound(QSqlQuery& query, const QString& sql, const QVariantList& values, const std::string& purpose)
{
    if (values.isEmpty()) {
        // Not prepared: MySQL cannot prepare every statement a migration holds, and nothing needs binding.
        if (!query.exec(sql))
            return purpose + ": " + queryError(query);
        return {};
    }
    if (!query.prepare(sql))
        return purpose + ": " + queryError(query);
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec())
        return purpose + ": " + queryError(query);
    return {};
}

}  // namespace ss
