#include "core/design/knowledge_base.h"

#include "core/util/snake_case.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace ss::design {

namespace {

std::vector<QStringList> readRows(const QString& resource)
{
    QFile file(resource);
    std::vector<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QString& raw : QString::fromUtf8(file.readAll()).split('\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QStringList fields = line.split('|');
        for (QString& f : fields)
            f = f.trimmed();
        rows.push_back(fields);
    }
    return rows;
}

std::vector<std::string> list(const QString& text)
{
    std::vector<std::string> out;
    for (const QString& item : text.split(',', Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            out.push_back(item.trimmed().toStdString());
    return out;
}

// "line item" -> "line item" and "line items": the plural of a phrase inflects its last word.
std::vector<std::string> forms(const std::string& phrase)
{
    const auto space = phrase.rfind(' ');
    const std::string head = space == std::string::npos ? "" : phrase.substr(0, space + 1);
    const std::string last = space == std::string::npos ? phrase : phrase.substr(space + 1);
    return {phrase, head + plural(last)};
}

std::size_t words(const std::string& phrase) { return static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1; }

}  // namespace

std::string plural(const std::string& w)
{
    auto ends = [&](const char* s) { return w.size() > std::strlen(s) && w.compare(w.size() - std::strlen(s), std::string::npos, s) == 0; };
    if (w.empty() || ends("ss") == false && ends("s") && !ends("us") && !ends("is"))
        return w;
    if (ends("y") && std::string("aeiou").find(w[w.size() - 2]) == std::string::npos)
        return w.substr(0, w.size() - 1) + "ies";
    if (ends("s") || ends("x") || ends("ch") || ends("sh") || ends("z"))
        return w + "es";
    return w + "s";
}

std::string singular(const std::string& w)
{
    auto ends = [&](const char* s) { return w.size() > std::strlen(s) + 1 && w.compare(w.size() - std::strlen(s), std::string::npos, s) == 0; };
    if (ends("ies"))
        return w.substr(0, w.size() - 3) + "y";
    if (ends("sses") || ends("xes") || ends("ches") || ends("shes"))
        return w.substr(0, w.size() - 2);
    if (ends("s") && !ends("ss") && !ends("us") && !ends("is"))
        return w.substr(0, w.size() - 1);
    return w;
}

const KnowledgeBase& KnowledgeBase::instance()
{
    static const KnowledgeBase kb;
    return kb;
}

KnowledgeBase::KnowledgeBase()
{
    const auto archetypeRows = readRows(QStringLiteral(":/design/archetypes.txt"));
    m_archetypes.reserve(archetypeRows.size());
    for (const QStringList& row : archetypeRows)
        if (row.size() >= 3)
            m_archetypes.push_back({row[0].toStdString(), list(row[2])});
    for (std::size_t i = 0; i < archetypeRows.size() && i < m_archetypes.size(); ++i) {
        std::vector<std::string> phrases = list(archetypeRows[i][1]);
        std::string own = m_archetypes[i].name;
        std::replace(own.begin(), own.end(), '_', ' ');
        phrases.insert(phrases.begin(), own);
        for (const std::string& p : phrases)
            for (const std::string& f : forms(p)) {
                m_entityPhrases.emplace(f, &m_archetypes[i]);  // the first archetype to claim a word keeps it
                m_longestPhrase = std::max(m_longestPhrase, words(f));
            }
    }
    const auto measureRows = readRows(QStringLiteral(":/design/measures.txt"));
    m_measures.reserve(measureRows.size());
    for (const QStringList& row : measureRows) {
        if (row.size() < 4)
            continue;
        const auto type = parseDataType(row[2].toStdString());
        const QString agg = row[3].toLower();
        const Aggregation a = agg == "avg" ? Aggregation::Avg : agg == "min" ? Aggregation::Min
                              : agg == "max" ? Aggregation::Max : Aggregation::Sum;
        m_measures.push_back({row[0].toStdString(), type.type.value_or(DataType::decimal(18, 2)), a});
    }
    for (std::size_t i = 0; i < measureRows.size() && i < m_measures.size(); ++i) {
        std::vector<std::string> phrases = list(measureRows[i][1]);
        phrases.insert(phrases.begin(), m_measures[i].word);
        for (const std::string& p : phrases)
            for (const std::string& f : forms(p)) {
                m_measurePhrases.emplace(f, &m_measures[i]);
                m_longestPhrase = std::max(m_longestPhrase, words(f));
            }
    }
    for (const QStringList& row : readRows(QStringLiteral(":/design/words.txt"))) {
        const auto colon = row[0].indexOf(':');
        if (colon < 0)
            continue;
        auto& set = m_classes[row[0].left(colon).trimmed().toStdString()];
        for (const QString& w : row[0].mid(colon + 1).split(' ', Qt::SkipEmptyParts))
            set.insert(w.toStdString());
    }
    for (const QStringList& row : readRows(QStringLiteral(":/design/relations.txt"))) {
        if (row.size() < 3)
            continue;
        const std::string a = row[0].toStdString();
        for (const std::string& b : list(row[2])) {
            if (row[1] == "many")
                m_manyToMany.insert({std::min(a, b), std::max(a, b)});
            else
                m_parents[a].push_back(b);
        }
    }
}

template <typename T>
Match<T> KnowledgeBase::longest(const std::map<std::string, const T*>& phrases,
                                const std::vector<std::string>& words, std::size_t at) const
{
    std::string phrase;
    Match<T> best;
    for (std::size_t n = 0; n < m_longestPhrase && at + n < words.size(); ++n) {
        phrase += (n ? " " : "") + words[at + n];
        if (const auto it = phrases.find(phrase); it != phrases.end())
            best = {it->second, n + 1};
    }
    return best;
}

Match<Archetype> KnowledgeBase::entityAt(const std::vector<std::string>& w, std::size_t at) const
{
    return longest(m_entityPhrases, w, at);
}

Match<MeasureWord> KnowledgeBase::measureAt(const std::vector<std::string>& w, std::size_t at) const
{
    return longest(m_measurePhrases, w, at);
}

bool KnowledgeBase::inClass(const std::string& wordClass, const std::string& word) const
{
    const auto it = m_classes.find(wordClass);
    return it != m_classes.end() && it->second.count(word);
}

const std::vector<std::string>& KnowledgeBase::parentsOf(const std::string& archetype) const
{
    static const std::vector<std::string> none;
    const auto it = m_parents.find(archetype);
    return it == m_parents.end() ? none : it->second;
}

bool KnowledgeBase::manyToMany(const std::string& a, const std::string& b) const
{
    return m_manyToMany.count({std::min(a, b), std::max(a, b)}) > 0;
}

}  // namespace ss::design
