#include "support/spec_generator.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <vector>

namespace bench {

namespace {
const char* const kTypes[] = {"INTEGER", "BIGINT", "VARCHAR(100)", "DECIMAL(18,2)", "DATE", "TIMESTAMP",
                              "BOOLEAN", "TEXT", "DOUBLE", "SMALLINT"};
}

std::string generateSpec(const GeneratedSpecShape& shape)
{
    std::mt19937 rng(shape.seed);
    std::mt19937 changeRng(shape.seed + 7919);
    std::uniform_real_distribution<double> changed(0.0, 1.0);
    const int dimensions = std::max(1, shape.tables / 5);

    std::string dims = "  dimensions:\n";
    std::string facts = "  facts:\n";
    for (int t = 0; t < shape.tables; ++t) {
        const bool isDimension = t < dimensions;
        const bool differs = changed(changeRng) < shape.changedShare;
        const std::string name = (isDimension ? "dim_" : "fact_") + std::to_string(t);
        std::string& out = isDimension ? dims : facts;
        out += "    - name: " + name + "\n";
        out += "      description: Generated table number " + std::to_string(t) + "\n";
        out += "      surrogate_key: " + name + "_key\n";
        int columns = shape.columnsPerTable - 1;
        std::vector<int> targets;
        if (!isDimension) {
            for (int k = 0; k < shape.foreignKeysPerTable; ++k)
                targets.push_back(static_cast<int>(rng() % static_cast<unsigned>(dimensions)));
            std::sort(targets.begin(), targets.end());
            targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
            columns -= static_cast<int>(targets.size());
            out += "      grain: " + name + "_key\n";
        } else {
            out += "      natural_key: code\n";
        }
        out += "      columns:\n";
        for (int c = 0; c < columns; ++c) {
            const std::string col = c == 0 && isDimension ? "code" : "col_" + std::to_string(c);
            const char* type = c == 0 && isDimension ? "VARCHAR(40)" : kTypes[(static_cast<unsigned>(t) * 7u + static_cast<unsigned>(c)) % 10u];
            out += "        - {name: " + col + ", type: \"" + std::string(differs && c == 3 ? "TEXT" : type) + "\"" +
                   (c % 3 == 0 ? ", nullable: false" : "") +
                   (c % 2 == 0 ? ", description: Generated column " + std::to_string(c) + " of " + name : "") + "}\n";
        }
        if (differs)
            out += "        - {name: extra_col, type: \"VARCHAR(20)\"}\n";
        if (!targets.empty()) {
            out += "      foreign_keys:\n";
            for (int target : targets) {
                const std::string ref = "dim_" + std::to_string(target);
                out += "        - {column: " + ref + "_key, references: " + ref + "(" + ref + "_key)}\n";
            }
        }
        out += "      indexes:\n        - {name: ix_" + name + "_col_1, columns: [col_1]}\n";
    }
    return "version: 1\nwarehouse: generated\nentities:\n" + dims + facts;
}

double medianSeconds(int runs, const std::function<void()>& fn)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        fn();
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace bench
