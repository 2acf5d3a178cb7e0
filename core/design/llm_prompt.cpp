#include "core/design/llm_prompt.h"

#include <QJsonArray>

namespace ss::design {

namespace {

QJsonObject stringProperty() { return QJsonObject{{"type", "string"}}; }

QJsonObject arrayOf(const QJsonObject& items) { return QJsonObject{{"type", "array"}, {"items", items}}; }

QJsonObject objectWith(const QJsonObject& properties, const QJsonArray& required)
{
    return QJsonObject{{"type", "object"}, {"properties", properties}, {"required", required}};
}

QJsonObject tableSchema()
{
    const QJsonObject column = objectWith({{"name", stringProperty()},
                                           {"type", stringProperty()},
                                           {"nullable", QJsonObject{{"type", "boolean"}}},
                                           {"description", stringProperty()}},
                                          {"name", "type"});
    const QJsonObject foreignKey = objectWith({{"column", stringProperty()}, {"references", stringProperty()}},
                                              {"column", "references"});
    const QJsonObject measure = objectWith({{"name", stringProperty()},
                                            {"type", stringProperty()},
                                            {"aggregation", stringProperty()}},
                                           {"name", "type"});
    return objectWith({{"name", stringProperty()},
                       {"description", stringProperty()},
                       {"surrogate_key", stringProperty()},
                       {"natural_key", stringProperty()},
                       {"primary_key", arrayOf(stringProperty())},
                       {"grain", stringProperty()},
                       {"columns", arrayOf(column)},
                       {"foreign_keys", arrayOf(foreignKey)},
                       {"measures", arrayOf(measure)}},
                      {"name", "columns"});
}

}  // namespace

QJsonObject designAnswerSchema()
{
    const QJsonObject tables = arrayOf(tableSchema());
    const QJsonObject spec = objectWith({{"version", QJsonObject{{"type", "integer"}}},
                                         {"warehouse", stringProperty()},
                                         {"description", stringProperty()},
                                         {"entities", objectWith({{"dimensions", tables},
                                                                  {"facts", tables},
                                                                  {"tables", tables}},
                                                                 {})}},
                                        {"version", "entities"});
    const QJsonObject understood = objectWith({{"role", stringProperty()},
                                               {"words", stringProperty()},
                                               {"table", stringProperty()},
                                               {"column", stringProperty()}},
                                              {"role", "words", "table"});
    return objectWith({{"spec", spec}, {"understood", arrayOf(understood)}, {"notUnderstood", arrayOf(stringProperty())}},
                      {"spec", "understood"});
}

std::vector<ChatMessage> designConversation(const std::string& prompt, const std::string& baseYaml)
{
    const std::string system =
        "You design relational database schemas for Schema Studio. Answer with one JSON object only, no prose:\n"
        "{\"spec\": SPEC, \"understood\": [{\"role\": ROLE, \"words\": WORDS, \"table\": TABLE, \"column\": COLUMN}],"
        " \"notUnderstood\": [WORDS]}\n"
        "SPEC is Schema Studio's schema DSL written as JSON:\n"
        "{\"version\": 1, \"warehouse\": \"snake_case_name\", \"entities\": {\n"
        "  \"dimensions\": [{\"name\": \"dim_customer\", \"surrogate_key\": \"customer_key\", \"natural_key\": "
        "\"customer_id\",\n"
        "     \"columns\": [{\"name\": \"customer_id\", \"type\": \"VARCHAR(50)\", \"nullable\": false}]}],\n"
        "  \"facts\": [{\"name\": \"fact_orders\", \"grain\": \"customer_key, date_key\", \"primary_key\": "
        "[\"customer_key\", \"date_key\"],\n"
        "     \"foreign_keys\": [{\"column\": \"customer_key\", \"references\": \"dim_customer(customer_key)\"}],\n"
        "     \"measures\": [{\"name\": \"amount\", \"type\": \"DECIMAL(18,2)\", \"aggregation\": \"sum\"}],"
        " \"columns\": []}],\n"
        "  \"tables\": [{\"name\": \"users\", \"primary_key\": [\"user_id\"], \"columns\": [{\"name\": \"user_id\","
        " \"type\": \"INTEGER\", \"nullable\": false}]}]}}\n"
        "Rules: names are lower snake_case and not SQL reserved words; types only INTEGER, BIGINT, SMALLINT, "
        "DECIMAL(p,s), REAL, DOUBLE, BOOLEAN, CHAR(n), VARCHAR(n), TEXT, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, BLOB, "
        "JSON, UUID. A dimension's surrogate key is generated and must not be listed in its columns. A fact's "
        "foreign key columns are created from foreign_keys and its measures from measures; grain lists the columns "
        "one row stands for and primary_key lists the same columns; every table has a primary key. Aggregations: sum, avg, min, max, count, count_distinct. Use a star schema (facts "
        "and dimensions) for analysis requests and plain tables with primary and foreign keys for applications. "
        "ROLE is one of fact, dimension, measure, flag, date, table, link, column, rename; WORDS are the prompt's "
        "words that produced it; notUnderstood lists the prompt's words you did not use.";
    std::string user = "Prompt: " + prompt;
    if (!baseYaml.empty())
        user += "\n\nEdit this existing spec (YAML). Return the whole spec with the change, keeping everything the "
                "prompt does not name exactly as it is:\n" + baseYaml;
    return {{"system", system}, {"user", user}};
}

std::string repairRequest(const std::string& problem, const std::vector<std::string>& details)
{
    std::string text = "Your answer cannot be used: " + problem + ".";
    for (const std::string& detail : details)
        text += "\n- " + detail;
    text += "\nAnswer again with the whole corrected JSON object only.";
    return text;
}

}  // namespace ss::design
