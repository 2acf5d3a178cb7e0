#pragma once

#include <QJsonArray>
#include <QJsonValue>

#include <string>
#include <vector>

namespace ss::evolve {

QJsonArray stringArray(const std::vector<std::string>& list);
std::vector<std::string> stringList(const QJsonValue& array);
// A share as people read it: 0.853 -> "85%".
std::string percent(double share);

}  // namespace ss::evolve
