#include "core/query/llm_reading.h"

#include "core/llm/chat_client.h"
#include "core/query/lexicon.h"
#include "core/query/phrase_index.h"
#include "core/query/question_reader.h"
#include "core/query/question_tokens.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <set>

namespace ss::query {

namespace {

constexpr std::size_t kTablesShown = 40;

QJsonObject stringProperty(const char* description)
{
    return QJsonObject{{"type", "string"}, {"description", description}};
}

std::optional<Aggregation> aggregationOf(const QString& text)
{
    const QString a = text.toLower();
    if (a == "sum" || a == "total") return Aggregation::Sum;
    if (a == "avg" || a == "average" || a == "mean") return Aggregation::Avg;
    if (a == "count") return Aggregation::Count;
    if (a == "count_distinct" || a == "distinct") return Aggregation::CountDistinct;
    if (a == "min") return Aggregation::Min;
    if (a == "max") return Aggregation::Max;
    return std::nullopt;
}

std::optional<Compare> compareOf(const QString& text)
{
    const QString op = text.toLower();
    if (op == "eq" || op == "=") return Compare::Eq;
    if (op == "ne" || op == "!=" || op == "<>") return Compare::NotEq;
    if (op == "gt" || op == ">") return Compare::Gt;
    if (op == "ge" || op == ">=") return Compare::Ge;
    if (op == "lt" || op == "<") return Compare::Lt;
    if (op == "le" || op == "<=") return Compare::Le;
    if (op == "between") return Compare::Between;
    return std::nullopt;
}

std::optional<TimeGrain> grainOf(const QString& text)
{
    const QString g = text.toLower();
    if (g == "day") return TimeGrain::Day;
    if (g == "week") return TimeGrain::Week;
    if (g == "month") return TimeGrain::Month;
    if (g == "quarter") return TimeGrain::Quarter;
    if (g == "year") return TimeGrain::Year;
    return std::nullopt;
}

// The schema as the model sees it: the tables whose names share a word with the question and the tables they
// join, each with its columns and their kinds, at most kTablesShown.
std::string schemaFor(const std::string& question, const SemanticModel& model)
{
    std::set<std::string> words;
    for (const Token& t : tokenizeQuestion(question))
        if (t.kind == Token::Kind::Word)
            words.insert(t.norm);
    std::vector<int> tables;
    auto add = [&](int t) {
        if (std::find(tables.begin(), tables.end(), t) == tables.end() && tables.size() < kTablesShown)
            tables.push_back(t);
    };
    for (std::size_t t = 0; t < model.tables.size(); ++t) {
        bool touched = std::any_of(model.tables[t].words.begin(), model.tables[t].words.end(), [&](const std::string& w) { return words.count(w) > 0; });
        for (int f : model.tables[t].fields)
            touched = touched || std::any_of(model.fields[f].words.begin(), model.fields[f].words.end(), [&](const std::string& w) { return words.count(w) > 0; });
        if (touched) {
            add(static_cast<int>(t));
            for (int l : model.outgoing[t])
                add(model.links[l].to);
        }
    }
    // Nothing named: the first tables, facts first, for the model to choose among.
    if (tables.empty()) {
        for (std::size_t t = 0; t < model.tables.size(); ++t)
            if (model.tables[t].fact)
                add(static_cast<int>(t));
        for (std::size_t t = 0; t < model.tables.size(); ++t)
            add(static_cast<int>(t));
    }
    static const char* kinds[] = {"measure", "category", "date", "key"};
    std::string out;
    for (int t : tables) {
        const Entity& e = model.tables[t];
        out += e.name + (e.description.empty() ? "" : " -- " + e.description) + "\n";
        for (int f : e.fields) {
            const Field& field = model.fields[f];
            out += "  " + field.column + " (" + kinds[static_cast<int>(field.kind)] + ")";
            if (!field.values.empty() && field.values.size() <= 12)
                out += " values: " + joinWords(field.values, ", ");
            out += "\n";
        }
        for (int l : model.outgoing[t])
            out += "  -> " + model.tables[model.links[l].to].name + " by " + joinWords(model.links[l].fromColumns, ", ") + "\n";
    }
    return out;
}

}  // namespace

QJsonObject structuredQuerySchema()
{
    const QJsonObject fieldRef{{"type", "object"},
                               {"properties", QJsonObject{{"table", stringProperty("a table of the schema")},
                                                          {"column", stringProperty("a column of that table; empty to count rows")}}},
                               {"required", QJsonArray{"table"}}};
    QJsonObject measure = fieldRef;
    QJsonObject measureProps = fieldRef["properties"].toObject();
    measureProps["aggregation"] = stringProperty("sum, avg, count, count_distinct, min or max");
    measure["properties"] = measureProps;
    QJsonObject group = fieldRef;
    QJsonObject groupProps = fieldRef["properties"].toObject();
    groupProps["grain"] = stringProperty("for a date column: day, week, month, quarter or year");
    group["properties"] = groupProps;
    QJsonObject filter = fieldRef;
    QJsonObject filterProps = fieldRef["properties"].toObject();
    filterProps["op"] = stringProperty("eq, ne, gt, ge, lt, le or between");
    filterProps["values"] = QJsonObject{{"type", "array"}, {"items", QJsonObject{{"type", QJsonArray{"string", "number", "boolean"}}}}};
    filter["properties"] = filterProps;
    return QJsonObject{{"type", "object"},
                       {"properties", QJsonObject{{"measures", QJsonObject{{"type", "array"}, {"items", measure}}},
                                                  {"groups", QJsonObject{{"type", "array"}, {"items", group}}},
                                                  {"filters", QJsonObject{{"type", "array"}, {"items", filter}}},
                                                  {"window", stringProperty("a time window in words: 'in 2024', 'last quarter', or empty")},
                                                  {"limit", QJsonObject{{"type", "integer"}}},
                                                  {"ascending", QJsonObject{{"type", "boolean"}}}}},
                       {"required", QJsonArray{"measures"}}};
}

std::optional<Reading> readingFromStructuredQuery(const QJsonObject& query, const SemanticModel& model, std::string& error)
{
    // A "sql" member, should a model send one, is never read: only the structured parts below are.
    // Resolves {"table", "column"}: a field, a table (no column), or an error naming what does not exist.
    auto resolve = [&](const QJsonObject& ref, const char* where, PhraseMatch& out) {
        const std::string table = ref.value("table").toString().toStdString();
        const std::string column = ref.value("column").toString().toStdString();
        const int t = model.findTable(table);
        if (t < 0) {
            error = std::string(where) + ": there is no table '" + table + "'";
            return false;
        }
        if (column.empty()) {
            out = PhraseMatch{PhraseMatch::Kind::Entity, t, {}, 3};
            return true;
        }
        const int f = model.findField(t, column);
        if (f < 0) {
            error = std::string(where) + ": " + table + " has no column '" + column + "'";
            return false;
        }
        out = PhraseMatch{PhraseMatch::Kind::Field, f, {}, 3};
        return true;
    };
    Reading reading;
    for (const QJsonValue& m : query.value("measures").toArray()) {
        MeasureAsk ask;
        PhraseMatch match;
        if (!resolve(m.toObject(), "a measure", match))
            return std::nullopt;
        ask.candidates = {match};
        ask.phrase = m.toObject().value("table").toString().toStdString() + "." + m.toObject().value("column").toString().toStdString();
        if (const QString a = m.toObject().value("aggregation").toString(); !a.isEmpty()) {
            ask.aggregation = aggregationOf(a);
            if (!ask.aggregation) {
                error = "a measure: unknown aggregation '" + a.toStdString() + "'";
                return std::nullopt;
            }
        }
        reading.measures.push_back(std::move(ask));
    }
    for (const QJsonValue& g : query.value("groups").toArray()) {
        GroupAsk ask;
        PhraseMatch match;
        if (!resolve(g.toObject(), "a group", match))
            return std::nullopt;
        ask.candidates = {match};
        ask.phrase = g.toObject().value("column").toString().toStdString();
        if (const QString grain = g.toObject().value("grain").toString(); !grain.isEmpty()) {
            const auto parsed = grainOf(grain);
            if (!parsed) {
                error = "a group: unknown grain '" + grain.toStdString() + "'";
                return std::nullopt;
            }
            // The date column chosen, then the period it is grouped by.
            reading.groups.push_back(ask);
            GroupAsk period;
            period.grain = *parsed;
            period.phrase = grain.toStdString();
            reading.groups.push_back(std::move(period));
            continue;
        }
        reading.groups.push_back(std::move(ask));
    }
    for (const QJsonValue& v : query.value("filters").toArray()) {
        const QJsonObject f = v.toObject();
        FilterAsk ask;
        PhraseMatch match;
        if (!resolve(f, "a filter", match) || match.kind != PhraseMatch::Kind::Field) {
            if (error.empty())
                error = "a filter must name a column";
            return std::nullopt;
        }
        const auto op = compareOf(f.value("op").toString(QStringLiteral("eq")));
        if (!op) {
            error = "a filter: unknown operator '" + f.value("op").toString().toStdString() + "'";
            return std::nullopt;
        }
        const Field& field = model.fields[match.index];
        ask.op = *op;
        ask.phrase = field.column;
        const QJsonArray values = f.value("values").toArray();
        if (values.isEmpty()) {
            error = "a filter on " + field.column + " has no value";
            return std::nullopt;
        }
        if (field.type.kind == TypeKind::Boolean) {
            ask.candidates = {PhraseMatch{PhraseMatch::Kind::Flag, match.index, {}, 3}};
            ask.negated = (values.first().toBool(true) == false) != (*op == Compare::NotEq);
        } else if (values.first().isDouble()) {
            for (const QJsonValue& n : values)
                ask.numbers.push_back(n.toDouble());
            ask.candidates = {match};
        } else {
            for (const QJsonValue& text : values)
                ask.candidates.push_back(PhraseMatch{PhraseMatch::Kind::Value, match.index, text.toString().toStdString(), 2});
            ask.negated = *op == Compare::NotEq;
        }
        reading.filters.push_back(std::move(ask));
    }
    if (const QString window = query.value("window").toString(); !window.isEmpty()) {
        // The window in words, read by the offline reader: the model never writes dates into SQL itself.
        const PhraseIndex none(SemanticModel{});
        const Reading words = readQuestion(window.toStdString(), SemanticModel{}, none);
        if (!words.window) {
            error = "the time window '" + window.toStdString() + "' is not one Explore reads";
            return std::nullopt;
        }
        reading.window = words.window;
    }
    reading.limit = std::max(0, query.value("limit").toInt(0));
    reading.ascending = query.value("ascending").toBool(false);
    if (reading.measures.empty() && reading.groups.empty()) {
        error = "the model named no measure and no group";
        return std::nullopt;
    }
    error.clear();
    return reading;
}

ModelReading readWithModel(const std::string& question, const SemanticModel& model, const LlmEndpoint& endpoint,
                           const std::atomic<bool>* cancel)
{
    ModelReading out;
    out.model = endpoint.model;
    const std::vector<ChatMessage> messages = {
        {"system",
         "You turn questions about a database into a structured query, never SQL. Use only the tables and columns listed. "
         "Answer with one JSON object: measures [{table, column, aggregation}] (no column: count the table's rows), "
         "groups [{table, column, grain?}], filters [{table, column, op, values}], window (words such as 'last quarter'), "
         "limit, ascending."},
        {"user", "Schema:\n" + schemaFor(question, model) + "\nQuestion: " + question}};
    const ChatReply reply = requestChatCompletion(endpoint, messages, structuredQuerySchema(), cancel);
    out.tokensIn = reply.tokensIn;
    out.tokensOut = reply.tokensOut;
    if (!reply.ok) {
        out.error = reply.error;
        return out;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(reply.content), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = "the model's answer is not a JSON object (" + parse.errorString().toStdString() + " at offset " + std::to_string(parse.offset) + ")";
        return out;
    }
    out.reading = readingFromStructuredQuery(doc.object(), model, out.error);
    return out;
}

}  // namespace ss::query
