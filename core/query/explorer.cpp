#include "core/query/explorer.h"

#include "core/db/inspect/inspector.h"
#include "core/query/data_sampling.h"
#include "core/query/lexicon.h"
#include "core/query/llm_reading.h"
#include "core/query/question_reader.h"
#include "core/query/refusal.h"
#include "core/query/semantic_file.h"
#include "core/query/sql_builder.h"
#include "core/query/suggestions.h"

#include <QDate>
#include <QElapsedTimer>

namespace ss::query {

const char* toString(AnswerStatus status)
{
    switch (status) {
    case AnswerStatus::Answered: return "answered";
    case AnswerStatus::Partial: return "partial";
    case AnswerStatus::Ambiguous: return "ambiguous";
    case AnswerStatus::NotUnderstood: return "not_understood";
    case AnswerStatus::Refused: return "refused";
    case AnswerStatus::Failed: return "failed";
    }
    return "failed";
}

Explorer::Explorer(SemanticModel model, Dialect dialect)
    : m_model(std::move(model)), m_dialect(dialect), m_phrases(m_model)
{
}

Answer Explorer::ask(const std::string& question, DatabaseConnection* connection, const AskOptions& options) const
{
    QElapsedTimer timer;
    timer.start();
    Answer answer;
    answer.question = question;
    auto done = [&]() -> Answer {
        answer.elapsedMs = timer.elapsed();
        return std::move(answer);
    };
    if (std::string refusal = refusalOf(question); !refusal.empty()) {
        answer.status = AnswerStatus::Refused;
        answer.message = refusal;
        return done();
    }
    const Reading reading = readQuestion(question, m_model, m_phrases);
    Interpretation interpretation = interpret(reading, m_model, question);
    const bool readWhole = interpretation.plan && interpretation.notUnderstood.empty();
    if (!readWhole && interpretation.ambiguities.empty() && options.llm.configured()) {
        const ModelReading byModel = readWithModel(question, m_model, options.llm, options.cancel);
        answer.tokensIn = byModel.tokensIn;
        answer.tokensOut = byModel.tokensOut;
        if (byModel.reading) {
            Interpretation checked = interpret(*byModel.reading, m_model, question);
            if (checked.plan || !checked.ambiguities.empty()) {
                answer.model = byModel.model;
                interpretation = std::move(checked);
                interpretation.notes.push_back("read by the model " + byModel.model + ", checked against the schema");
            } else {
                interpretation.notes.push_back("the model's reading was not used: " + joinWords(checked.problems, "; "));
            }
        } else {
            interpretation.notes.push_back("the model's reading was not used: " + byModel.error);
        }
    }
    answer.ambiguities = std::move(interpretation.ambiguities);
    answer.notUnderstood = std::move(interpretation.notUnderstood);
    answer.notes = std::move(interpretation.notes);
    if (!answer.ambiguities.empty()) {
        answer.status = AnswerStatus::Ambiguous;
        return done();
    }
    if (!interpretation.plan) {
        answer.status = AnswerStatus::NotUnderstood;
        std::string why;
        for (const std::string& problem : interpretation.problems)
            why += (why.empty() ? "" : "; ") + problem;
        answer.message = "The question could not be turned into a query: " + (why.empty() ? std::string("see the words not understood") : why) + ".";
        return done();
    }
    QueryPlan plan = std::move(*interpretation.plan);
    if (plan.window) {
        QDate latest = QDate::currentDate();
        if (plan.window->ask.relative() || plan.window->ask.kind == WindowAsk::Kind::Since) {
            if (connection) {
                const ResultRows max = runReadOnly(*connection, buildLatestDateSql(plan, m_model, m_dialect), RunOptions{1, options.timeoutMs, options.cancel});
                if (!max.error.empty()) {
                    answer.status = AnswerStatus::Failed;
                    answer.message = "Finding the latest date failed: " + max.error;
                    return done();
                }
                const QString text = max.rows.empty() ? QString() : max.rows.front().front().toString();
                latest = QDate::fromString(text.left(10), Qt::ISODate);
                if (!latest.isValid()) {
                    answer.status = AnswerStatus::Failed;
                    answer.message = "The data has no dates in " + m_model.qualified(plan.window->field) + " to count back from.";
                    return done();
                }
            } else {
                answer.notes.push_back("no database: \"" + plan.window->ask.phrase + "\" counts back from today, " +
                                       latest.toString(Qt::ISODate).toStdString());
            }
        }
        plan.window->range = resolveWindow(plan.window->ask, latest);
    }
    answer.query = buildSql(plan, m_model, m_dialect, options.rowCap + 1);
    answer.plan = std::move(plan);
    answer.status = answer.notUnderstood.empty() ? AnswerStatus::Answered : AnswerStatus::Partial;
    if (!options.execute || !connection)
        return done();
    answer.result = runReadOnly(*connection, *answer.query, RunOptions{options.rowCap, options.timeoutMs, options.cancel});
    answer.executed = true;
    if (!answer.result.error.empty()) {
        answer.status = AnswerStatus::Failed;
        answer.message = answer.result.error;
    }
    return done();
}

std::vector<std::string> Explorer::suggest(const std::string& topic, int limit) const
{
    std::vector<std::string> out;
    AskOptions dry;
    dry.execute = false;
    for (const Candidate& c : candidateQuestions(m_model)) {
        if (static_cast<int>(out.size()) >= limit)
            break;
        if (!matchesTopic(c, topic))
            continue;
        const std::string& candidate = c.question;
        std::vector<std::string> tries = {candidate};
        const Answer first = ask(candidate, nullptr, dry);
        if (first.status == AnswerStatus::Ambiguous && !first.ambiguities.front().alternatives.empty())
            tries = {first.ambiguities.front().alternatives.front()};
        else if (first.status != AnswerStatus::Answered)
            continue;
        for (const std::string& question : tries)
            if (question == candidate ? first.status == AnswerStatus::Answered : ask(question, nullptr, dry).status == AnswerStatus::Answered)
                if (std::find(out.begin(), out.end(), question) == out.end())
                    out.push_back(question);
    }
    return out;
}

LoadedModel loadSemanticModel(DatabaseConnection& connection, const SchemaModel* spec, const std::string& semanticFile, SnapshotCache* cache)
{
    LoadedModel out;
    InspectOptions inspect;
    inspect.cache = cache;
    InspectResult inspected = inspectDatabase(connection, inspect);
    if (!inspected.ok()) {
        out.error = inspected.error;
        return out;
    }
    if (spec)
        overlaySpec(inspected.model, *spec);
    // The project's own bookkeeping tables are not what questions are about.
    std::erase_if(inspected.model.tables, [](const Table& t) { return t.name.rfind("dbx_", 0) == 0; });
    out.model = buildSemanticModel(inspected.model);
    if (!semanticFile.empty())
        if (out.error = applySemanticFile(semanticFile, out.model); !out.error.empty())
            return out;
    if (out.error = sampleValues(connection, out.model); !out.error.empty())
        return out;
    const std::size_t declared = out.model.links.size();
    if (out.error = inferLinks(connection, out.model); !out.error.empty())
        return out;
    for (std::size_t l = declared; l < out.model.links.size(); ++l) {
        const Link& link = out.model.links[l];
        out.notes.push_back("inferred join " + out.model.tables[link.from].name + "." + link.fromColumns.front() + " -> " +
                            out.model.tables[link.to].name + "." + link.toColumns.front() + " (" +
                            std::to_string(static_cast<int>(link.inclusion * 100 + 0.5)) + "% of values found)");
    }
    return out;
}

}  // namespace ss::query
