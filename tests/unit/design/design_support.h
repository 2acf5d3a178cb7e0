#pragma once

#include "core/design/designer.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

// A draft as a domain expert would check it: these tables of these kinds, these measures on the fact,
// and a clean strict validation.
inline void requireDraft(const ss::design::DesignResult& r, const std::vector<std::string>& tables)
{
    INFO(r.message << "\n" << r.yaml);
    REQUIRE(r.ok);
    for (const auto& d : r.diagnostics)
        INFO(d.message);
    for (const std::string& t : tables) {
        INFO("table " << t);
        CHECK(r.model.findTable(t) != nullptr);
    }
}

inline void requireMeasure(const ss::design::DesignResult& r, const std::string& table, const std::string& column,
                           ss::Aggregation aggregation)
{
    INFO(r.yaml);
    const ss::Table* t = r.model.findTable(table);
    REQUIRE(t != nullptr);
    const ss::Column* c = t->findColumn(column);
    REQUIRE(c != nullptr);
    CHECK(c->aggregation == aggregation);
    CHECK(c->type.isNumeric());
}
