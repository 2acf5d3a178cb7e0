#include "core/db/bookkeeping_sql.h"

namespace ss {

std::string quoteNames(std::string shape, const std::function<std::string(const char*)>& quote)
{
    std::string out;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const std::size_t close = shape[i] == '{' ? shape.find('}', i) : std::string::npos;
        if (close == std::string::npos) {
            out.push_back(shape[i]);
            continue;
        }
        out += quote(shape.substr(i + 1, close - i - 1).c_str());
        i = close;
    }
    return out;
}

std::string columnList(const std::vector<const char*>& columns, const std::function<std::string(const char*)>& quote)
{
    std::string out;
    for (const char* c : columns)
        out += (out.empty() ? "" : ", ") + quote(c);
    return out;
}

std::string placeholders(std::size_t n)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += i ? ", ?" : "?";
    return out;
}

QVariant nullIfEmpty(const std::string& text)
{
    return text.empty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromStdString(text));
}

std::string columnText(const QSqlQuery& query, int column)
{
    return query.value(column).toString().toStdString();
}

}  // namespace ss
