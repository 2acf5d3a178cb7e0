#include "core/evolve/json_lists.h"

#include <cmath>

namespace ss::evolve {

QJsonArray stringArray(const std::vector<std::string>& list)
{
    QJsonArray out;
    for (const std::string& s : list)
        out.append(QString::fromStdString(s));
    return out;
}

std::vector<std::string> stringList(const QJsonValue& array)
{
    std::vector<std::string> out;
    for (const QJsonValue& v : array.toArray())
        out.push_back(v.toString().toStdString());
    return out;
}

std::string percent(double share)
{
    return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

}  // namespace ss::evolve
