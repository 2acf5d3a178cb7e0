#pragma once

#include "core/spec/schema_model.h"
#include "core/sql/dialect.h"

#include <QSqlDatabase>

#include <string>

// A database's schema as canonical text, one fact per line and sorted, so that a test compares what the
// catalog holds with what a model says in one CHECK and a failure shows the difference line by line:
//   table dim_company
//     column company_key type=integer null=no identity=yes default=
//     primary key (company_key)
//     partitioned by range (payment_date)
//     index ix_dim_company_region unique=no (region)
//     unique uq_dim_company_company_id (company_id)
//     check ck_dim_date_month
//     foreign key fk_x (company_key) -> dim_company (company_key) on delete cascade
//   view v_payments_by_region
// What a dialect's catalog cannot tell (SQLite's constraint names and checks, MySQL's unique constraints
// versus unique indexes) is written the same way on both sides.
std::string catalogText(QSqlDatabase& db, ss::Dialect dialect);
std::string expectedCatalogText(const ss::SchemaModel& model, ss::Dialect dialect);

// A default as both sides are compared: lower case, casts, quotes and a trailing "()" removed, numbers in
// their shortest form, booleans as 1/0.
std::string normalisedDefault(std::string text);
