#include "core/seed/word_lists.h"

#include <QFile>

// Q_INIT_RESOURCE must be called outside any namespace. A static library's resource is not registered by
// itself before main(), so the lists register it on first use.
static void registerWordListResource() { Q_INIT_RESOURCE(seed_wordlists); }

namespace ss::seed {

namespace {

std::vector<std::string> readLines(const char* name, std::string& missing)
{
    std::vector<std::string> lines;
    QFile file(QStringLiteral(":/wordlists/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        missing += (missing.empty() ? "" : ", ") + std::string(name);
        return lines;
    }
    const QByteArray content = file.readAll();
    for (const QByteArray& raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            lines.push_back(line.toStdString());
    }
    if (lines.empty())
        missing += (missing.empty() ? "" : ", ") + std::string(name);
    return lines;
}

std::vector<Place> readPlaces(std::string& missing)
{
    std::vector<Place> places;
    for (const std::string& line : readLines("places.txt", missing)) {
        std::vector<std::string> fields;
        std::size_t start = 0;
        while (true) {
            const auto bar = line.find('|', start);
            fields.push_back(line.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
            if (bar == std::string::npos)
                break;
            start = bar + 1;
        }
        if (fields.size() == 5)
            places.push_back({fields[0], fields[1], fields[2], fields[3], fields[4]});
    }
    return places;
}

WordLists load()
{
    registerWordListResource();
    WordLists w;
    w.firstNames = readLines("first_names.txt", w.missing);
    w.lastNames = readLines("last_names.txt", w.missing);
    w.places = readPlaces(w.missing);
    w.streets = readLines("streets.txt", w.missing);
    w.streetTypes = readLines("street_types.txt", w.missing);
    w.companyWords = readLines("company_words.txt", w.missing);
    w.companySuffixes = readLines("company_suffixes.txt", w.missing);
    w.productAdjectives = readLines("product_adjectives.txt", w.missing);
    w.productNouns = readLines("product_nouns.txt", w.missing);
    w.words = readLines("words.txt", w.missing);
    w.industries = readLines("industries.txt", w.missing);
    w.emailDomains = readLines("email_domains.txt", w.missing);
    return w;
}

}  // namespace

const WordLists& wordLists()
{
    static const WordLists lists = load();
    return lists;
}

}  // namespace ss::seed
