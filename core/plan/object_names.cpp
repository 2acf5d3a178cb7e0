#include "core/plan/object_names.h"

#include <QCryptographicHash>

namespace ss {

namespace {

constexpr std::size_t kMaxIdentifierBytes = 63;

// Long derived names keep a readable prefix and end in a hash of the whole name, so they stay unique.
std::string fitIdentifier(std::string name)
{
    if (name.size() <= kMaxIdentifierBytes)
        return name;
    const QByteArray hash = QCryptographicHash::hash(QByteArray::fromStdString(name), QCryptographicHash::Sha256).toHex();
    return name.substr(0, kMaxIdentifierBytes - 9) + "_" + hash.left(8).toStdString();
}

std::string derived(const char* prefix, const Table& table, const std::vector<std::string>& columns)
{
    std::string name = std::string(prefix) + "_" + toLower(table.name);
    for (const auto& c : columns)
        name += "_" + toLower(c);
    return fitIdentifier(std::move(name));
}

}  // namespace

std::string indexName(const Table& table, const Index& index)
{
    return index.name.empty() ? derived(index.unique ? "ux" : "ix", table, index.columns) : index.name;
}

std::string defaultPartitionName(const std::string& table)
{
    return fitIdentifier(table + "_default");
}

std::string hashPartitionName(const std::string& table, int remainder)
{
    return fitIdentifier(table + "_p" + std::to_string(remainder));
}

std::string uniqueName(const Table& table, const UniqueConstraint& unique)
{
    return unique.name.empty() ? derived("uq", table, unique.columns) : unique.name;
}

std::string checkName(const Table& table, const CheckConstraint& check)
{
    if (!check.name.empty())
        return check.name;
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray::fromStdString(check.expression), QCryptographicHash::Sha256).toHex();
    return derived("ck", table, {hash.left(8).toStdString()});
}

std::string foreignKeyName(const Table& table, const ForeignKey& fk)
{
    return fk.name.empty() ? derived("fk", table, fk.columns) : fk.name;
}


std::vector<CheckConstraint> namedDomainChecks(const UserType& domain)
{
    std::vector<CheckConstraint> out = domain.checks;
    int unnamed = 0;
    for (auto& c : out)
        if (c.name.empty())
            c.name = domain.name + "_check" + (unnamed++ ? std::to_string(unnamed - 1) : std::string());
    return out;
}

bool sameNames(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!equalsIgnoreCase(a[i], b[i]))
            return false;
    return true;
}

std::vector<UniqueConstraint> effectiveUniques(const Table& table)
{
    std::vector<UniqueConstraint> out;
    out.reserve(table.uniques.size() + 1);
    bool naturalKeyDeclared = table.naturalKey.empty() || sameNames(table.naturalKey, primaryKeyOf(table));
    for (const auto& u : table.uniques) {
        UniqueConstraint named = u;
        named.name = uniqueName(table, u);
        naturalKeyDeclared = naturalKeyDeclared || sameNames(u.columns, table.naturalKey);
        out.push_back(std::move(named));
    }
    if (!naturalKeyDeclared) {
        UniqueConstraint nk;
        nk.columns = table.naturalKey;
        nk.name = uniqueName(table, nk);
        nk.loc = table.naturalKeyLoc;
        out.push_back(std::move(nk));
    }
    return out;
}

std::vector<ForeignKey> namedForeignKeys(const Table& table)
{
    std::vector<ForeignKey> out = table.foreignKeys;
    for (auto& fk : out)
        fk.name = foreignKeyName(table, fk);
    return out;
}

std::vector<Index> namedIndexes(const Table& table)
{
    std::vector<Index> out = table.indexes;
    for (auto& ix : out)
        ix.name = indexName(table, ix);
    return out;
}

std::vector<CheckConstraint> namedChecks(const Table& table)
{
    std::vector<CheckConstraint> out = table.checks;
    for (auto& ck : out)
        ck.name = checkName(table, ck);
    return out;
}

}  // namespace ss
