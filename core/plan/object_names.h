#pragma once

#include "core/spec/schema_model.h"

#include <string>
#include <vector>

namespace ss {

// The database names of constraints and indexes. A spec may leave them out; then a stable name is derived from
// the table and the columns (uq_<table>_<cols>, fk_<table>_<cols>, ix_<table>_<cols>, ck_<table>_<hash>), kept
// within the 63 bytes every supported database accepts.
std::string indexName(const Table& table, const Index& index);
std::string uniqueName(const Table& table, const UniqueConstraint& unique);
std::string checkName(const Table& table, const CheckConstraint& check);
std::string foreignKeyName(const Table& table, const ForeignKey& fk);

// The partitions a new partitioned table is created with: <table>_default for RANGE and LIST, and
// <table>_p0 .. _p<kHashPartitions - 1> for HASH, within the same 63 bytes.
constexpr int kHashPartitions = 4;
std::string defaultPartitionName(const std::string& table);
std::string hashPartitionName(const std::string& table, int remainder);

// Unique constraints as the database holds them: the declared ones plus the natural key, which becomes a
// unique constraint unless one over the same columns is declared.
std::vector<UniqueConstraint> effectiveUniques(const Table& table);

// Constraints with their derived names filled in, so that plans and renderers never see an empty name.
std::vector<ForeignKey> namedForeignKeys(const Table& table);
std::vector<Index> namedIndexes(const Table& table);
std::vector<CheckConstraint> namedChecks(const Table& table);
// A domain's checks, the unnamed ones named as PostgreSQL would name them: <domain>_check, <domain>_check1, ...
std::vector<CheckConstraint> namedDomainChecks(const UserType& domain);

bool sameNames(const std::vector<std::string>& a, const std::vector<std::string>& b);  // case-insensitive

}  // namespace ss
