#include "unit/seed/seed_test_support.h"

#include <map>
#include <set>

using namespace seedtest;

namespace {

// Every foreign key value of every table is a key its parent table really gets.
void checkForeignKeys(const ss::SchemaModel& model, const ss::seed::SeedPlan& p)
{
    for (const ss::Table& t : model.tables)
        for (const ss::ForeignKey& fk : t.foreignKeys) {
            std::set<std::string> parentKeys;
            std::vector<std::vector<std::string>> parentColumns;
            for (const std::string& c : fk.refColumns)
                parentColumns.push_back(columnValues(p, fk.refTable, c));
            for (std::size_t r = 0; r < parentColumns.front().size(); ++r) {
                std::string key;
                for (const auto& column : parentColumns)
                    key += column[r] + "|";
                parentKeys.insert(key);
            }
            std::vector<std::vector<std::string>> childColumns;
            for (const std::string& c : fk.columns)
                childColumns.push_back(columnValues(p, t.name, c));
            std::size_t nulls = 0;
            for (std::size_t r = 0; r < childColumns.front().size(); ++r) {
                std::string key;
                for (const auto& column : childColumns)
                    key += column[r] + "|";
                if (childColumns.front()[r] == "NULL") {
                    ++nulls;
                    continue;
                }
                INFO(t.name << " -> " << fk.refTable << ": " << key);
                REQUIRE(parentKeys.count(key) == 1);
            }
            INFO(t.name << "." << fk.columns.front());
            CHECK(nulls < childColumns.front().size());
        }
}

void checkKeysDistinct(const ss::SchemaModel& model, const ss::seed::SeedPlan& p)
{
    for (const ss::Table& t : model.tables) {
        std::vector<std::vector<std::string>> keySets = {t.primaryKey, t.naturalKey};
        for (const auto& u : t.uniques)
            keySets.push_back(u.columns);
        for (const auto& key : keySets) {
            if (key.empty())
                continue;
            std::vector<std::vector<std::string>> columns;
            for (const std::string& c : key)
                columns.push_back(columnValues(p, t.name, c));
            std::set<std::string> seen;
            for (std::size_t r = 0; r < columns.front().size(); ++r) {
                std::string tuple;
                bool hasNull = false;
                for (const auto& column : columns) {
                    tuple += column[r] + "|";
                    hasNull = hasNull || column[r] == "NULL";
                }
                if (!hasNull) {
                    INFO(t.name << " key " << tuple);
                    REQUIRE(seen.insert(tuple).second);
                }
            }
        }
    }
}

}  // namespace

TEST_CASE("foreign keys only hold keys that exist in the parent, for every demo spec")
{
    for (const char* spec : {"current.yml", "loan_risk.yml", "retail_sales.yml"}) {
        INFO(spec);
        const ss::SchemaModel model = loadDemoSpec(spec);
        checkForeignKeys(model, plan(model, {}, {std::nullopt, 0.2}));
    }
}

TEST_CASE("primary, natural and unique keys never repeat, composite keys of foreign keys included")
{
    for (const char* spec : {"loan_risk.yml", "retail_sales.yml"}) {
        INFO(spec);
        const ss::SchemaModel model = loadDemoSpec(spec);
        checkKeysDistinct(model, plan(model));
    }
}

TEST_CASE("patterned natural keys and composite foreign keys point at one parent row")
{
    const ss::SchemaModel model = loadSpec("version: 1\n"
                                           "entities:\n"
                                           "  tables:\n"
                                           "    - name: account\n"
                                           "      primary_key: [bank_code, account_no]\n"
                                           "      columns:\n"
                                           "        - {name: bank_code, type: CHAR(4), nullable: false}\n"
                                           "        - {name: account_no, type: VARCHAR(20), nullable: false}\n"
                                           "    - name: transfer\n"
                                           "      primary_key: [id]\n"
                                           "      columns:\n"
                                           "        - {name: id, type: BIGINT, nullable: false}\n"
                                           "        - {name: bank_code, type: CHAR(4), nullable: false}\n"
                                           "        - {name: account_no, type: VARCHAR(20), nullable: false}\n"
                                           "      foreign_keys:\n"
                                           "        - columns: [bank_code, account_no]\n"
                                           "          references: account(bank_code, account_no)\n");
    const auto profile = loadProfile("version: 1\n"
                                     "tables:\n"
                                     "  account:\n"
                                     "    rows: 300\n"
                                     "    columns:\n"
                                     "      bank_code: {generator: pattern, pattern: \"{letters:4}\"}\n"
                                     "      account_no: {generator: pattern, pattern: \"AC-{seq:06}\"}\n"
                                     "  transfer:\n"
                                     "    rows: 5000\n"
                                     "    columns:\n"
                                     "      bank_code: {generator: reference, distribution: zipf, s: 1.3}\n");
    const auto p = plan(model, profile);
    checkForeignKeys(model, p);
    checkKeysDistinct(model, p);
}

TEST_CASE("Zipf-skewed foreign keys favour a few parents, uniform ones spread evenly")
{
    const ss::SchemaModel model = loadSpec("version: 1\n"
                                           "entities:\n"
                                           "  dimensions:\n"
                                           "    - {name: dim_shop, surrogate_key: shop_key, natural_key: shop_code,"
                                           " columns: [{name: shop_code, type: VARCHAR(10), nullable: false}]}\n"
                                           "  facts:\n"
                                           "    - name: fact_visit\n"
                                           "      foreign_keys:\n"
                                           "        - {column: shop_key, references: dim_shop(shop_key)}\n"
                                           "        - {column: other_shop_key, references: dim_shop(shop_key)}\n");
    const auto profile = loadProfile("version: 1\n"
                                     "tables:\n"
                                     "  dim_shop: {rows: 40}\n"
                                     "  fact_visit:\n"
                                     "    rows: 100000\n"
                                     "    columns:\n"
                                     "      shop_key: {generator: reference, distribution: zipf, s: 1.2}\n"
                                     "      other_shop_key: {generator: reference, distribution: uniform}\n");
    const auto p = plan(model, profile);
    auto counts = [&](const char* column) {
        std::map<std::string, double> c;
        for (const auto& v : columnValues(p, "fact_visit", column))
            c[v] += 1;
        std::vector<double> sorted;
        for (const auto& [k, n] : c)
            sorted.push_back(n);
        std::sort(sorted.rbegin(), sorted.rend());
        return sorted;
    };
    const auto zipf = counts("shop_key");
    std::vector<double> expected;
    for (int k = 1; k <= 40; ++k)
        expected.push_back(std::pow(k, -1.2));
    REQUIRE(zipf.size() == 40);
    // Sorting the observed counts makes the statistic a little smaller, never larger, than by rank.
    CHECK(chiSquare(zipf, expected) < chiSquareCritical(39));
    const auto uniform = counts("other_shop_key");
    CHECK(chiSquare(uniform, std::vector<double>(40, 1)) < chiSquareCritical(39));
    CHECK(zipf.front() > 4 * uniform.front());
}
