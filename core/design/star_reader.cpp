#include "core/design/star_reader.h"

#include "core/design/time_reader.h"
#include "core/util/snake_case.h"

namespace ss::design {

namespace {

bool steering(const KnowledgeBase& kb, const std::string& w, bool inDimension)
{
    // After "by", "platform" or "system" name what to slice by; in a subject they ask for a kind of schema.
    return kb.inClass("filler", w) || kb.inClass("star", w) || (!inDimension && kb.inClass("oltp", w))
           || kb.inClass("fact", w);
}

std::vector<std::string> contentWords(const std::vector<std::string>& words, bool inDimension = false)
{
    const KnowledgeBase& kb = KnowledgeBase::instance();
    std::vector<std::string> out;
    for (std::size_t i = 0; i < words.size(); ++i)
        // "data warehouse" asks for a star schema; a warehouse alone is a place goods are stored.
        if (!steering(kb, words[i], inDimension) && !(words[i] == "warehouse" && i > 0 && words[i - 1] == "data"))
            out.push_back(words[i]);
    return out;
}

struct Reading {
    std::vector<std::string> facts;
    std::vector<std::string> dimensions;
    std::optional<TimeLevel> time;
    std::string timeWords;
};

// A subject phrase: its known entities before the head become dimensions; the head (with unknown modifiers)
// names the fact.
void readSubject(const std::vector<std::string>& words, DraftBuilder& b, Reading& r)
{
    const KnowledgeBase& kb = KnowledgeBase::instance();
    auto w = contentWords(words);
    // "track bonuses per employee": a verb that opens the request names nothing.
    if (w.size() > 1 && kb.inClass("lead_verb", w.front()))
        w.erase(w.begin());
    if (w.empty())
        return;
    std::size_t headStart = 0;
    std::vector<std::pair<const Archetype*, std::string>> modifiers;
    for (std::size_t i = 0; i < w.size();) {
        if (const auto t = timeLevel(w[i]); t && i + 1 < w.size()) {
            r.time = t;
            r.timeWords = w[i];
            headStart = ++i;
            continue;
        }
        const auto m = kb.entityAt(w, i);
        if (m.entry && i + m.length < w.size()) {
            modifiers.push_back({m.entry, joinWords(w, i, i + m.length)});
            i += m.length;
            headStart = i;
            continue;
        }
        break;
    }
    const std::vector<std::string> head(w.begin() + static_cast<std::ptrdiff_t>(headStart), w.end());
    std::vector<std::string> name(head);
    name.back() = plural(name.back());
    const std::string fact = b.fact(snakeCase(joinWords(name)), joinWords(words));
    r.facts.push_back(fact);
    for (const auto& [archetype, text] : modifiers)
        r.dimensions.push_back(b.dimension(archetype, {}, text));
    if (const auto m = kb.measureAt(head, 0); m.entry && m.length == head.size())
        b.measure(fact, snakeCase(joinWords(head)) + (m.entry->type.kind == TypeKind::Decimal && m.entry->aggregation == Aggregation::Sum
                                                  && head.back() != m.entry->word ? "_amount" : ""),
                  m.entry->type, m.entry->aggregation, "measure", joinWords(head));
}

void readDimension(const std::vector<std::string>& words, DraftBuilder& b, Reading& r, DesignResult& result)
{
    const KnowledgeBase& kb = KnowledgeBase::instance();
    const auto w = contentWords(words, true);
    for (std::size_t i = 0; i < w.size();) {
        if (const auto t = timeLevel(w[i])) {
            r.time = t;
            r.timeWords = w[i];
            ++i;
            continue;
        }
        const auto m = kb.entityAt(w, i);
        // "test type", "job opening": a known word qualified by a generic one names a dimension of its own.
        const bool qualified = m.entry && i + m.length < w.size() && kb.inClass("qualifier", w[i + m.length]);
        if (m.entry && !qualified) {
            r.dimensions.push_back(b.dimension(m.entry, {}, joinWords(w, i, i + m.length)));
            i += m.length;
            continue;
        }
        // An unknown word names a dimension with the whole rest of the phrase ("service tier" -> dim_service_tier).
        std::size_t end = qualified ? i + m.length + 1 : i + 1;
        while (end < w.size() && !kb.entityAt(w, end).entry && !timeLevel(w[end]))
            ++end;
        std::vector<std::string> rest(w.begin() + static_cast<std::ptrdiff_t>(i), w.begin() + static_cast<std::ptrdiff_t>(end));
        rest.back() = singular(rest.back());
        const std::string name = snakeCase(joinWords(rest));
        if (!name.empty() && std::isalpha(static_cast<unsigned char>(name.front())))
            r.dimensions.push_back(b.dimension(nullptr, name, joinWords(w, i, end)));
        else
            result.notUnderstood.push_back(joinWords(w, i, end));
        i = end;
    }
}

void readMeasure(const Phrase& p, DraftBuilder& b, Reading& r, DesignResult& result)
{
    const KnowledgeBase& kb = KnowledgeBase::instance();
    std::vector<std::string> w = trimFiller(p.words);
    if (w.empty() || r.facts.empty())
        return;
    const std::string text = joinWords(w);
    // "counting returned items and refund amount": a money or quantity word is summed, not counted.
    const auto measured = kb.measureAt(w, w.size() - 1);
    const bool moneyOrQuantity = measured.entry && measured.entry->type.kind == TypeKind::Decimal;
    const bool counted = (p.segment == Segment::Counts && !moneyOrQuantity) || w.front() == "number" || w.front() == "count";
    if (counted) {
        std::vector<std::string> what = trimFiller(std::vector<std::string>(w.begin() + (p.segment == Segment::Counts ? 0 : 1), w.end()));
        if (what.empty())
            return;
        what.back() = singular(what.back());
        for (const std::string& f : r.facts)
            b.measure(f, snakeCase(joinWords(what)) + "_count", DataType::of(TypeKind::Integer), Aggregation::Sum, "measure", text);
        return;
    }
    if (p.segment == Segment::Flags) {
        std::vector<std::string> what = w;
        what.back() = singular(what.back());
        for (const std::string& f : r.facts)
            b.flag(f, "is_" + snakeCase(joinWords(what)), text);
        return;
    }
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (const auto m = kb.measureAt(w, i); m.entry) {
            for (const std::string& f : r.facts)
                b.measure(f, snakeCase(text), m.entry->type, m.entry->aggregation, "measure", text);
            return;
        }
    }
    // "with patient and ward" names dimensions; "measuring customers affected" a measure, whatever its first word.
    const auto content = contentWords(w);
    const auto entity = content.empty() ? Match<Archetype>{} : kb.entityAt(content, 0);
    if (!p.explicitMeasure && !content.empty() &&
        ((entity.entry && entity.length == content.size()) || (content.size() == 1 && timeLevel(content.front())))) {
        readDimension(w, b, r, result);
        return;
    }
    if (content.empty()) {
        result.notUnderstood.push_back(text);
        return;
    }
    // "customers affected", "seats sold": a number of things, counted in whole units.
    const bool things = entity.entry && singular(content.front()) != content.front();
    for (const std::string& f : r.facts)
        b.measure(f, snakeCase(text), things ? DataType::of(TypeKind::Integer) : DataType::decimal(18, 2), Aggregation::Sum,
                  "measure", text);
}

}  // namespace

void readStar(const std::vector<Phrase>& phrases, DraftBuilder& b, DesignResult& result)
{
    Reading r;
    for (const Phrase& p : phrases)
        if (p.segment == Segment::Subject)
            readSubject(p.words, b, r);
    for (const Phrase& p : phrases)
        if (p.segment == Segment::Dimensions)
            readDimension(p.words, b, r, result);
    if (r.facts.empty()) {
        // "revenue by region and month": the first measure names the fact.
        for (const Phrase& p : phrases)
            if (p.segment == Segment::Measures && !contentWords(p.words).empty()) {
                auto w = contentWords(p.words);
                w.back() = plural(w.back());
                r.facts.push_back(b.fact(snakeCase(joinWords(w)), p.text()));
                break;
            }
    }
    for (const Phrase& p : phrases)
        if (p.segment != Segment::Subject && p.segment != Segment::Dimensions)
            readMeasure(p, b, r, result);
    const std::string date = b.dateDimension(r.time.value_or(TimeLevel::Day), r.time ? r.timeWords : "(assumed: events have a date)");
    r.dimensions.insert(r.dimensions.begin(), date);
    for (const std::string& f : r.facts)
        for (const std::string& d : r.dimensions)
            b.linkDimension(f, d);
}

}  // namespace ss::design
