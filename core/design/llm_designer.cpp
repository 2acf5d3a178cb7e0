#include "core/design/llm_designer.h"

#include "core/design/llm_prompt.h"
#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_writer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ss::design {

namespace {

// The line of `text` a diagnostic points at, trimmed: the model sees what it wrote there.
std::string lineOf(const std::string& text, int line)
{
    std::size_t start = 0;
    for (int i = 1; i < line && start != std::string::npos; ++i) {
        start = text.find('\n', start);
        if (start != std::string::npos)
            ++start;
    }
    if (start == std::string::npos || start >= text.size())
        return {};
    const std::string whole = text.substr(start, text.find('\n', start) - start);
    const std::size_t first = whole.find_first_not_of(' ');
    const std::string trimmed = first == std::string::npos ? std::string() : whole.substr(first);
    return trimmed.find_first_not_of("{}[],") == std::string::npos ? std::string() : trimmed;
}

// Models asked for JSON still wrap it in a Markdown fence now and then.
std::string unfenced(const std::string& answer)
{
    const std::size_t open = answer.find("```");
    if (open == std::string::npos)
        return answer;
    const std::size_t start = answer.find('\n', open);
    const std::size_t close = answer.rfind("```");
    if (start == std::string::npos || close <= start)
        return answer;
    return answer.substr(start + 1, close - start - 1);
}

bool mentionsRemoval(const std::string& prompt)
{
    const std::string lower = toLower(prompt);
    for (const char* word : {"drop", "remove", "delete", "rename", "replace", "merge"})
        if (lower.find(word) != std::string::npos)
            return true;
    return false;
}

struct Reading {
    std::string problem;               // empty when the answer is a usable draft
    std::vector<std::string> details;
};

// Reads one answer into `result`; says what to repair when it cannot be used.
Reading readAnswer(const std::string& answer, const std::string& prompt, const SchemaModel* base, DesignResult& result)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(unfenced(answer)), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {"it is not valid JSON", {parseError.errorString().toStdString() + " at character " +
                                         std::to_string(parseError.offset)}};
    const QJsonObject envelope = document.object();
    if (!envelope.value("spec").isObject())
        return {"it has no \"spec\" object", {}};
    const std::string specText =
        QJsonDocument(envelope.value("spec").toObject()).toJson(QJsonDocument::Indented).toStdString();
    LoadResult loaded = loadSchemaYaml(specText);
    ValidationOptions strict;
    strict.strict = true;
    std::vector<Diagnostic> diagnostics = loaded.diagnostics;
    if (loaded.ok())
        for (Diagnostic& d : validate(loaded.model, strict))
            diagnostics.push_back(std::move(d));
    if (hasErrors(diagnostics)) {
        Reading reading{"the spec has errors", {}};
        for (const Diagnostic& d : diagnostics) {
            const std::string near = lineOf(specText, d.loc.line);
            reading.details.push_back(d.message + (near.empty() ? "" : " (at " + near + ")"));
        }
        return reading;
    }
    if (base && !mentionsRemoval(prompt)) {
        Reading reading{"tables of the existing spec are missing although the prompt does not remove them", {}};
        for (const Table& table : base->tables)
            if (!loaded.model.findTable(table.name))
                reading.details.push_back("keep " + table.name + " as it was");
        if (!reading.details.empty())
            return reading;
    }
    result.model = std::move(loaded.model);
    result.yaml = saveSchemaYaml(result.model);
    result.diagnostics = std::move(diagnostics);
    result.understood.clear();
    for (const QJsonValue& value : envelope.value("understood").toArray()) {
        const QJsonObject item = value.toObject();
        Understanding u{item.value("role").toString().toStdString(), item.value("words").toString().toStdString(),
                        item.value("table").toString().toStdString(), item.value("column").toString().toStdString()};
        const Table* table = result.model.findTable(u.table);
        if (table && (u.column.empty() || table->findColumn(u.column)))
            result.understood.push_back(std::move(u));
    }
    if (result.understood.empty())
        for (const Table& table : result.model.tables)
            if (!base || !base->findTable(table.name))
                result.understood.push_back({toString(table.kind), std::string(), table.name, std::string()});
    result.notUnderstood.clear();
    for (const QJsonValue& value : envelope.value("notUnderstood").toArray())
        if (!value.toString().isEmpty())
            result.notUnderstood.push_back(value.toString().toStdString());
    return {};
}

}  // namespace

DesignResult designWithModel(const std::string& prompt, const SchemaModel* base, const LlmEndpoint& endpoint,
                             const std::atomic<bool>* cancel)
{
    DesignResult result;
    result.source = "model";
    result.llm.model = endpoint.model;
    std::vector<ChatMessage> conversation = designConversation(prompt, base ? saveSchemaYaml(*base) : std::string());
    for (int round = 0; round <= kMaxRepairRounds; ++round) {
        const ChatReply reply = requestChatCompletion(endpoint, conversation, designAnswerSchema(), cancel);
        result.llm.rounds = round + 1;
        result.llm.tokensIn += reply.tokensIn;
        result.llm.tokensOut += reply.tokensOut;
        result.llm.elapsedMs += reply.elapsedMs;
        if (!reply.ok) {
            result.cancelled = reply.cancelled;
            result.message = reply.error;
            return result;
        }
        const Reading reading = readAnswer(reply.content, prompt, base, result);
        if (reading.problem.empty()) {
            result.ok = true;
            return result;
        }
        result.message = "the model's answer after " + std::to_string(round + 1) + " round" + (round ? "s" : "") +
                         " is still unusable: " + reading.problem;
        conversation.push_back({"assistant", reply.content});
        conversation.push_back({"user", repairRequest(reading.problem, reading.details)});
    }
    return result;
}

}  // namespace ss::design
