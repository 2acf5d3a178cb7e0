#pragma once

#include "core/diagram/card_metrics.h"
#include "core/diagram/er_graph.h"
#include "core/spec/yaml_loader.h"

#include <catch2/catch.hpp>

#include <string>

namespace ss::testing {

inline SchemaModel loadStarSchema()
{
    const LoadResult loaded = loadSchemaFile(SS_SOURCE_DIR "/tests/data/star_schema.yml");
    REQUIRE(loaded.ok());
    return loaded.model;
}

// Card sizes as a font would give them, without needing one: wider for longer names.
inline CardMetrics plainMetrics(const ErGraph& graph)
{
    CardMetrics m;
    for (const auto& card : graph.cards) {
        std::size_t longest = card.name.size();
        for (const auto& row : card.rows)
            longest = std::max(longest, row.name.size() + row.type.size() + 4);
        m.widths.push_back(static_cast<double>(40 + 7 * longest));
    }
    return m;
}

}  // namespace ss::testing
