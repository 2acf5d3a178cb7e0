#pragma once

#include "core/design/draft_builder.h"

#include <string>
#include <vector>

namespace ss::design {

// Reads a request for plain tables: "an order-entry app with customers, orders and order lines". Entities
// become tables with keys; the relations the vocabulary knows become foreign keys or link tables; "a users
// table with columns a, b and c" gives exactly those columns.
void readOltp(const std::vector<std::string>& tokens, DraftBuilder& builder, DesignResult& result);

// True when the request asks for plain tables rather than a star schema.
bool wantsPlainTables(const std::vector<std::string>& tokens);

}  // namespace ss::design
