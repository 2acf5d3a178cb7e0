#include "core/design/designer.h"

#include "core/design/draft_builder.h"
#include "core/design/edit_reader.h"
#include "core/design/knowledge_base.h"
#include "core/design/llm_designer.h"
#include "core/design/oltp_reader.h"
#include "core/design/phrases.h"
#include "core/design/star_reader.h"
#include "core/design/time_reader.h"
#include "core/design/tokenizer.h"
#include "core/spec/validator.h"
#include "core/spec/yaml_loader.h"
#include "core/spec/yaml_writer.h"

namespace ss::design {

namespace {

// Words that give the reader something to build on; filler alone ("please make something") does not.
std::vector<std::string> knownWords(const std::vector<std::string>& tokens)
{
    const KnowledgeBase& kb = KnowledgeBase::instance();
    std::vector<std::string> known;
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (kb.entityAt(tokens, i).entry || kb.measureAt(tokens, i).entry || timeLevel(tokens[i]))
            known.push_back(tokens[i]);
    return known;
}

// "tide readings by station": a subject sliced by something names a fact and its dimensions, known words or not.
bool slicedSubject(const std::vector<std::string>& tokens)
{
    for (std::size_t i = 1; i + 1 < tokens.size(); ++i)
        if (tokens[i] == "by" || tokens[i] == "per" || tokens[i] == "across")
            return true;
    return false;
}

std::string listed(const std::vector<std::string>& words)
{
    std::string s;
    for (const std::string& w : words)
        if (w != kSeparator && !KnowledgeBase::instance().inClass("filler", w))
            s += (s.empty() ? "" : ", ") + w;
    return s;
}

}  // namespace

DesignResult designOffline(const std::string& prompt, const SchemaModel* base)
{
    DesignResult result;
    const std::vector<std::string> tokens = tokenize(prompt);
    if (tokens.empty()) {
        result.message = "The prompt is empty: describe the schema, e.g. \"hospital admissions by ward and day\".";
        return result;
    }
    if (base)
        result.model = *base;
    DraftBuilder builder(result);
    const bool edited = base && readEdit(tokens, builder, result);
    if (!edited) {
        if (knownWords(tokens).empty() && !slicedSubject(tokens)) {
            result.message = "Nothing to build on: no entity, measure or time word is known in \"" + listed(tokens)
                             + "\". Name what to record, e.g. \"deliveries by driver and day measuring distance\".";
            result.notUnderstood = {listed(tokens)};
            return result;
        }
        if (wantsPlainTables(tokens))
            readOltp(tokens, builder, result);
        else
            readStar(splitPhrases(tokens), builder, result);
    }
    if (result.understood.empty()) {
        const std::string why = listed(result.notUnderstood);
        result.message = "Nothing in the prompt changed the spec" + (why.empty() ? std::string(".") : " (" + why + ").");
        return result;
    }
    builder.finish();
    if (result.model.warehouse.empty() && !base)
        result.model.description = "Drafted from: " + prompt;
    result.yaml = saveSchemaYaml(result.model);
    LoadResult reloaded = loadSchemaYaml(result.yaml);
    result.model = std::move(reloaded.model);
    ValidationOptions strict;
    strict.strict = true;
    result.diagnostics = std::move(reloaded.diagnostics);
    for (Diagnostic& d : validate(result.model, strict))
        result.diagnostics.push_back(std::move(d));
    result.ok = !hasErrors(result.diagnostics);
    if (!result.ok)
        result.message = "The draft does not pass strict validation; see the diagnostics.";
    return result;
}

DesignResult design(const std::string& prompt, const SchemaModel* base, const DesignOptions& options)
{
    if (options.offline || !options.endpoint.configured() || tokenize(prompt).empty())
        return designOffline(prompt, base);
    DesignResult fromModel = designWithModel(prompt, base, options.endpoint, options.cancel);
    if (fromModel.ok || fromModel.cancelled)
        return fromModel;
    DesignResult offline = designOffline(prompt, base);
    offline.source = "offline-fallback";
    offline.llm = fromModel.llm;
    offline.message = "The model gave no usable draft (" + fromModel.message + "); " +
                      (offline.ok ? "drafted offline instead." : "the offline designer could not draft either: " + offline.message);
    return offline;
}

}  // namespace ss::design
