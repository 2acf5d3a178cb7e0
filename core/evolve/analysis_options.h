#pragma once

#include "core/sql/dialect.h"

namespace ss::evolve {

// The thresholds of the pattern detectors. The defaults are those of the seed document: an attribute is common
// when half of a type's entities have it.
struct AnalysisOptions {
    double minCoverage = 0.5;      // common attributes, and arrays worth a child table
    long long minEntities = 3;     // a type with fewer entities proposes nothing
    double referenceShare = 0.8;   // share of an attribute's values found among another type's keys
    long long minGroups = 5;       // co-occurrence needs this many documents
    double minSupport = 0.05;      // ... pairs in at least this share of the documents
    double minConfidence = 0.5;    // ... the rarer type found with the other at least this often
    double minLift = 1.2;          // ... and more often than chance by this factor
    Dialect dialect = Dialect::Sqlite;
};

}  // namespace ss::evolve
