#include "core/design/edit_reader.h"

#include "core/design/knowledge_base.h"
#include "core/design/phrases.h"
#include "core/design/tokenizer.h"
#include "core/util/snake_case.h"

#include <algorithm>

namespace ss::design {

namespace {

const std::vector<std::string> kTableWords = {"fact", "table", "dimension", "dim", "column", "field", "measure",
                                              "new", "called", "named"};

std::vector<std::string> without(const std::vector<std::string>& words, const std::vector<std::string>& drop)
{
    std::vector<std::string> out;
    for (const std::string& w : trimFiller(words))
        if (std::find(drop.begin(), drop.end(), w) == drop.end() && w != kSeparator)
            out.push_back(w);
    return out;
}

bool has(const std::vector<std::string>& words, std::initializer_list<const char*> any)
{
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return std::any_of(any.begin(), any.end(), [&](const char* a) { return w == a; });
    });
}

std::string stem(const std::string& tableName)
{
    for (const char* prefix : {"fact_", "dim_"})
        if (tableName.rfind(prefix, 0) == 0)
            return tableName.substr(std::string(prefix).size());
    return tableName;
}

bool renameTable(SchemaModel& model, Table& t, const std::string& to, DesignResult& result, const std::string& words)
{
    const std::string prefix = t.name.substr(0, t.name.size() - stem(t.name).size());
    const std::string newName = to.rfind(prefix, 0) == 0 ? to : prefix + to;
    const std::string old = t.name;
    for (Table& other : model.tables)
        for (ForeignKey& fk : other.foreignKeys)
            if (fk.refTable == old)
                fk.refTable = newName;
    t.renamedFrom = t.renamedFrom.empty() ? old : t.renamedFrom;
    t.name = newName;
    result.understood.push_back({"rename", words, newName, {}});
    return true;
}

bool renameColumn(SchemaModel& model, const std::string& from, const std::string& to, DesignResult& result,
                  const std::string& words)
{
    for (Table& t : model.tables)
        if (Column* c = t.findColumn(from); c && c->origin == ColumnOrigin::Declared) {
            for (auto* list : {&t.grain, &t.naturalKey, &t.primaryKey})
                std::replace(list->begin(), list->end(), c->name, to);
            c->renamedFrom = c->renamedFrom.empty() ? c->name : c->renamedFrom;
            c->name = to;
            result.understood.push_back({"rename", words, t.name, to});
            return true;
        }
    return false;
}

}  // namespace

Table* findNamedTable(SchemaModel& model, const std::vector<std::string>& words)
{
    auto w = words;
    if (w.empty())
        return nullptr;
    const std::string asWritten = snakeCase(joinWords(w));
    w.back() = singular(w.back());
    const std::string one = snakeCase(joinWords(w));
    w.back() = plural(w.back());
    const std::string many = snakeCase(joinWords(w));
    for (Table& t : model.tables)
        for (const std::string& candidate : {asWritten, one, many})
            if (t.name == candidate || stem(t.name) == candidate)
                return &t;
    for (Table& t : model.tables)
        if (stem(t.name).find(one) != std::string::npos)
            return &t;
    return nullptr;
}

bool readEdit(const std::vector<std::string>& tokens, DraftBuilder& b, DesignResult& result)
{
    if (tokens.empty() || (tokens.front() != "add" && tokens.front() != "rename"))
        return false;
    const auto to = std::find_if(tokens.rbegin(), tokens.rend(), [](const std::string& w) {
        return w == "to" || w == "in" || w == "on" || w == "into";
    });
    if (to == tokens.rend())
        return false;
    const auto split = tokens.begin() + (tokens.rend() - to) - 1;
    const std::vector<std::string> what(tokens.begin() + 1, split);
    const std::vector<std::string> target(split + 1, tokens.end());
    const std::string words = joinWords(tokens);
    SchemaModel& model = result.model;

    if (tokens.front() == "rename") {
        const auto fromWords = without(what, kTableWords);
        const std::string toName = snakeCase(joinWords(without(target, kTableWords)));
        if (fromWords.empty() || toName.empty())
            return false;
        if (renameColumn(model, snakeCase(joinWords(fromWords)), toName, result, words))
            return true;
        if (Table* t = findNamedTable(model, fromWords))
            return renameTable(model, *t, toName, result, words);
        result.notUnderstood.push_back(joinWords(fromWords));
        return true;
    }

    Table* t = findNamedTable(model, without(target, kTableWords));
    if (!t) {
        result.notUnderstood.push_back(joinWords(target));
        return true;
    }
    const std::string tableName = t->name;
    const bool isFact = t->kind == TableKind::Fact;
    auto item = without(what, kTableWords);
    if (!item.empty() && item.front() == "for")
        item.erase(item.begin());
    if (item.empty())
        return false;
    const KnowledgeBase& kb = KnowledgeBase::instance();
    const std::string text = joinWords(item);
    if (isFact && has(item, {"flag", "flags", "indicator"})) {
        const auto flagged = without(item, {"flag", "flags", "indicator"});
        if (!flagged.empty()) {
            b.flag(tableName, "is_" + snakeCase(joinWords(flagged)), text);
            return true;
        }
    }
    if (has(what, {"column", "field", "attribute"}) || !isFact) {
        b.column(tableName, snakeCase(text), text);
        return true;
    }
    const auto entity = kb.entityAt(item, 0);
    if (has(what, {"dimension", "dim"}) || (entity.entry && entity.length == item.size())) {
        auto name = item;
        name.back() = singular(name.back());
        const std::string dim = entity.entry && entity.length == item.size() ? b.dimension(entity.entry, {}, text)
                                                                             : b.dimension(nullptr, snakeCase(joinWords(name)), text);
        b.linkDimension(tableName, dim);
        return true;
    }
    for (std::size_t i = 0; i < item.size(); ++i)
        if (const auto m = kb.measureAt(item, i); m.entry) {
            b.measure(tableName, snakeCase(text), m.entry->type, m.entry->aggregation, "measure", text);
            return true;
        }
    b.measure(tableName, snakeCase(text), DataType::decimal(18, 2), Aggregation::Sum, "measure", text);
    return true;
}

}  // namespace ss::design
