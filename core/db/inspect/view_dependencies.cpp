#include "core/db/inspect/view_dependencies.h"

#include "core/sql/sql_tokens.h"
#include "core/spec/schema_model.h"

#include <unordered_map>
#include <unordered_set>

namespace ss {

std::vector<std::string> referencedObjects(const std::string& sql, const std::vector<std::string>& names,
                                           const std::string& self)
{
    std::unordered_map<std::string, const std::string*> byLowerName;
    for (const auto& n : names)
        byLowerName.emplace(toLower(n), &n);
    std::vector<std::string> out;
    std::unordered_set<std::string> seen{toLower(self)};
    for (const auto& token : tokenizeSql(sql)) {
        if (!token.isName())
            continue;
        const std::string key = toLower(token.text);
        const auto it = byLowerName.find(key);
        if (it != byLowerName.end() && seen.insert(key).second)
            out.push_back(*it->second);
    }
    return out;
}

}  // namespace ss
