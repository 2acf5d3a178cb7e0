#pragma once

#include "core/db/inspect/catalog_session.h"
#include "core/spec/schema_model.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace ss {

// What one dialect's catalog says, before roles (dimension, fact) are inferred.
struct CatalogSnapshot {
    SchemaModel model;
    std::vector<std::string> notes;
};

// The snapshot's tables by the key their catalog uses for them (an oid, or the name), as a reader fills them.
class TableRegistry {
public:
    explicit TableRegistry(SchemaModel& model) : m_model(model) {}

    void add(const std::string& key, Table table)
    {
        m_index[key] = m_model.tables.size();
        m_model.tables.push_back(std::move(table));
    }
    Table* find(const std::string& key)
    {
        const auto it = m_index.find(key);
        return it == m_index.end() ? nullptr : &m_model.tables[it->second];
    }
    bool contains(const std::string& key) const { return m_index.count(key) > 0; }

private:
    SchemaModel& m_model;
    std::unordered_map<std::string, std::size_t> m_index;
};

// Each reader fills the snapshot from a few batched catalog queries; false when a query failed.
// PostgreSQL reads its current schema and `schemas` beside it.
bool readPostgreSqlCatalog(CatalogSession& session, CatalogSnapshot& out, const std::vector<std::string>& schemas);
bool readMySqlCatalog(CatalogSession& session, CatalogSnapshot& out);
bool readSqliteCatalog(CatalogSession& session, CatalogSnapshot& out);
bool readDuckDbCatalog(CatalogSession& session, CatalogSnapshot& out);

// A cheap summary of the catalog that changes whenever the schema does; empty when it could not be read.
std::string postgreSqlFingerprint(CatalogSession& session, const std::vector<std::string>& schemas);
std::string mySqlFingerprint(CatalogSession& session);
std::string sqliteFingerprint(CatalogSession& session);
std::string duckDbFingerprint(CatalogSession& session);

}  // namespace ss
