#include "core/db/inspect/catalog_session.h"

#include <QSqlError>
#include <QVariant>

#include <cctype>

namespace ss {

bool CatalogSession::each(const char* purpose, const QString& sql, const std::function<void(const QSqlQuery&)>& onRow)
{
    return each(purpose, sql, {}, onRow);
}

bool CatalogSession::each(const char* purpose, const QString& sql, const QVariantList& bound,
                          const std::function<void(const QSqlQuery&)>& onRow)
{
    if (!m_error.empty())
        return false;
    ++m_queries;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool ok = false;
    if (bound.isEmpty()) {
        ok = q.exec(sql);
    } else if ((ok = q.prepare(sql))) {
        for (const QVariant& value : bound)
            q.addBindValue(value);
        ok = q.exec();
    }
    if (!ok) {
        m_error = std::string("reading the catalog (") + purpose + ") failed: " + q.lastError().text().toStdString();
        return false;
    }
    while (q.next())
        onRow(q);
    return true;
}

std::string textAt(const QSqlQuery& q, int i)
{
    return q.value(i).toString().toStdString();
}

std::vector<int> numberList(const std::string& text)
{
    std::vector<int> out;
    int value = 0;
    bool inNumber = false;
    bool negative = false;
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            value = value * 10 + (c - '0');
            inNumber = true;
        } else {
            if (inNumber)
                out.push_back(negative ? -value : value);
            negative = c == '-';
            value = 0;
            inNumber = false;
        }
    }
    if (inNumber)
        out.push_back(negative ? -value : value);
    return out;
}

}  // namespace ss
