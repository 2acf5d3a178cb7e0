#include "core/evolve/sample_entities.h"

#include "core/db/apply/table_names.h"
#include "core/evolve/schema_change.h"
#include "core/project/current_spec.h"
#include "core/seed/random.h"
#include "core/seed/word_lists.h"
#include "core/sql/sql_renderer.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <set>

namespace ss::evolve {

namespace {

using seed::RowRandom;

struct Sampler {
    RowRandom random;
    bool chance(double p) { return random.uniform() < p; }
    template <typename T>
    const T& pick(const std::vector<T>& list) { return list[random.below(list.size())]; }
    int between(int low, int high) { return low + static_cast<int>(random.below(static_cast<std::uint64_t>(high - low + 1))); }
};

std::string lower(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

}  // namespace

std::vector<SampleEntity> sampleKnowledgeEntities(std::uint64_t seedValue, int transcripts)
{
    const seed::WordLists& words = seed::wordLists();
    Sampler s{RowRandom(seed::streamSeed(seedValue, "knowledge_entities", "#sample"), 0)};
    const QDate start(2024, 1, 8);
    std::vector<SampleEntity> out;

    std::vector<std::string> companies;
    std::set<std::string> used;
    while (companies.size() < 30) {
        const std::string name = s.pick(words.companyWords) + " " + s.pick(words.companySuffixes);
        if (used.insert(name).second)
            companies.push_back(name);
    }
    std::vector<std::string> people;
    while (people.size() < 80) {
        const std::string name = s.pick(words.firstNames) + " " + s.pick(words.lastNames);
        if (used.insert(name).second)
            people.push_back(name);
    }
    const std::vector<std::string> roles = {"Borrower", "CFO", "Loan officer", "Controller", "Owner", "Analyst"};
    const std::vector<std::string> priorities = {"high", "medium", "medium", "low"};
    const std::vector<std::string> statuses = {"open", "open", "in progress", "done"};
    const std::vector<std::string> rooms = {"Branch office", "Video call", "Client site", "Phone"};
    const std::vector<std::string> actions = {"Send", "Review", "Collect", "Update", "Confirm", "Schedule"};
    const std::vector<std::string> objects = {"covenant report", "bank statements", "collateral valuation",
                                              "repayment schedule", "credit memo", "site visit"};

    long long nextId = 0;
    const auto add = [&](const std::string& type, const std::string& name, QJsonObject attributes, int transcript, QDate day) {
        SampleEntity e;
        e.type = type;
        e.key = std::to_string(++nextId);
        e.name = name;
        e.group = std::to_string(transcript);
        e.timestamp = QDateTime(day, QTime(9 + transcript % 8, (transcript * 7) % 60)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
        e.attributes = std::move(attributes);
        out.push_back(std::move(e));
    };
    const QLocale english(QLocale::English);
    std::size_t nextPerson = 0;
    std::size_t nextCompany = 0;
    for (int t = 1; t <= transcripts; ++t) {
        const QDate day = start.addDays(t * 3);
        // Each transcript introduces the people and companies it is the first to mention.
        if (nextCompany < companies.size() && s.chance(0.4)) {
            const std::string& name = companies[nextCompany++];
            QJsonObject a;
            if (s.chance(0.95))
                a["industry"] = QString::fromStdString(s.pick(words.industries));
            if (s.chance(0.8))
                a["website"] = QString::fromStdString("https://www." + lower(name.substr(0, name.find(' '))) + ".example");
            if (s.chance(0.7))
                a["employees"] = s.between(8, 4000);
            if (s.chance(0.6))
                a["annual_revenue"] = double(s.between(50000, 90000000)) + double(s.between(0, 99)) / 100.0;
            if (s.chance(0.85)) {
                const seed::Place& place = s.pick(words.places);
                a["headquarters"] = QJsonObject{{"city", QString::fromStdString(place.city)},
                                                {"country", QString::fromStdString(place.countryCode)}};
            }
            if (s.chance(0.9))
                a["public"] = s.chance(0.2);
            add("company", name, a, t, day);
        }
        const int newPeople = nextPerson < people.size() ? s.between(0, 2) : 0;
        for (int i = 0; i < newPeople && nextPerson < people.size(); ++i) {
            const std::string& name = people[nextPerson++];
            QJsonObject a;
            const std::string first = lower(name.substr(0, name.find(' ')));
            if (s.chance(0.92))
                a["email"] = QString::fromStdString(first + "." + lower(name.substr(name.find(' ') + 1)) + "@" + s.pick(words.emailDomains));
            if (s.chance(0.7))
                a["phone"] = QString::fromStdString("+1 555 " + std::to_string(s.between(1000000, 9999999)));
            if (s.chance(0.63) && nextCompany > 0)
                a["company"] = QString::fromStdString(companies[s.random.below(nextCompany)]);
            if (s.chance(0.78))
                a["role"] = QString::fromStdString(s.pick(roles));
            if (s.chance(0.18))
                a["linkedin"] = QString::fromStdString("https://linkedin.example/in/" + first);
            if (s.chance(0.55))  // as the transcript said it: "Jun 12 2024"
                a["first_contact"] = english.toString(day.addDays(-s.between(0, 400)), QStringLiteral("MMM d yyyy"));
            add("person", name, a, t, day);
        }
        // A meeting in most transcripts; the tasks agreed come out of meetings.
        const bool meeting = s.chance(0.75);
        if (meeting && nextPerson > 0) {
            QJsonObject a;
            if (s.chance(0.97))
                a["date"] = QDateTime(day, QTime(9 + s.between(0, 8), 30 * s.between(0, 1))).toString(Qt::ISODate);
            if (s.chance(0.8))
                a["location"] = QString::fromStdString(s.pick(rooms));
            if (s.chance(0.9)) {
                QJsonArray attendees;
                const int n = s.between(1, 4);
                for (int i = 0; i < n; ++i)
                    attendees.append(QString::fromStdString(people[s.random.below(nextPerson)]));
                a["attendees"] = attendees;
            }
            if (s.chance(0.65))
                a["agenda"] = QString::fromStdString(s.pick(actions) + " the " + s.pick(objects));
            if (s.chance(0.75))
                a["duration_minutes"] = 15 * s.between(1, 6);
            if (s.chance(0.3))
                a["notes"] = QString::fromStdString("Discussed the " + s.pick(objects));
            add("meeting", "Call " + std::to_string(t), a, t, day);
        }
        const int tasks = meeting ? s.between(1, 3) : (s.chance(0.15) ? 1 : 0);
        for (int i = 0; i < tasks && nextPerson > 0; ++i) {
            QJsonObject a;
            const std::string title = s.pick(actions) + " " + s.pick(objects);
            a["title"] = QString::fromStdString(title);
            if (s.chance(0.85))
                a["due_date"] = day.addDays(s.between(3, 45)).toString(Qt::ISODate);
            if (s.chance(0.9))
                a["priority"] = QString::fromStdString(s.pick(priorities));
            if (s.chance(0.95))
                a["status"] = QString::fromStdString(s.pick(statuses));
            if (s.chance(0.8))
                a["assignee"] = QString::fromStdString(people[s.random.below(nextPerson)]);
            if (s.chance(0.7)) {
                if (s.chance(0.9))
                    a["estimate_hours"] = s.between(1, 16);
                else
                    a["estimate_hours"] = QStringLiteral("TBD");
            }
            add("task", title, a, t, day);
        }
    }
    return out;
}

Table sampleEntitiesTable()
{
    Table t;
    t.name = "knowledge_entities";
    t.description = "Entities mentioned in loan officers' call transcripts (people, companies, meetings, tasks)";
    const auto column = [](const char* name, DataType type, bool nullable, const char* description) {
        Column c;
        c.name = name;
        c.type = type;
        c.nullable = nullable;
        c.description = description;
        return c;
    };
    t.columns = {column("id", DataType::of(TypeKind::BigInt), false, "The entity"),
                 column("entity_type", DataType::varchar(40), false, "person, company, meeting or task"),
                 column("name", DataType::varchar(200), false, "What the transcript calls it"),
                 column("attributes", DataType::of(TypeKind::Text), false, "Everything else extracted, as a JSON object"),
                 column("document_id", DataType::varchar(40), false, "The transcript that mentions it"),
                 column("recorded_at", DataType::of(TypeKind::Timestamp), false, "When it was extracted")};
    t.primaryKey = {"id"};
    Index byType;
    byType.name = "ix_knowledge_entities_entity_type";
    byType.columns = {"entity_type"};
    t.indexes.push_back(byType);
    return t;
}

EntitiesTable sampleEntitiesSource()
{
    return EntitiesTable{};
}

std::string installSampleEntities(DatabaseConnection& connection, const std::string& currentSpecPath, long long& rows)
{
    rows = 0;
    SchemaModel base;
    if (std::string e = projectSchema(connection, currentSpecPath, base); !e.empty())
        return e;
    const Table table = sampleEntitiesTable();
    std::set<std::string> live;
    if (std::string e = readTableNames(connection.db(), connection.dialect(), live); !e.empty())
        return e;
    if (base.findTable(table.name) || live.count(table.name))
        return {};
    SchemaModel target = base;
    target.tables.push_back(table);
    const SchemaChangeRun created = runSchemaChange(connection, base, target, "create", table.name, false);
    if (!created.ok())
        return created.error;
    const auto undo = [&](std::string error) {
        const SchemaChangeRun undone = runSchemaChange(connection, target, base, "undo", table.name, true);
        if (!undone.ok())
            error += "; dropping " + table.name + " again failed too: " + undone.error;
        rows = 0;
        return error;
    };
    const auto renderer = makeRenderer(connection.dialect());
    std::string names;
    for (const Column& c : table.columns)
        names += (names.empty() ? "" : ", ") + renderer->quote(c.name);
    QSqlDatabase& db = connection.db();
    if (!db.transaction())
        return undo("filling " + table.name + ": cannot begin a transaction");
    QSqlQuery insert(db);
    if (!insert.prepare(QString::fromStdString("INSERT INTO " + renderer->quote(table.name) + " (" + names + ") VALUES (?, ?, ?, ?, ?, ?)"))) {
        db.rollback();
        return undo("filling " + table.name + ": " + insert.lastError().text().toStdString());
    }
    for (const SampleEntity& e : sampleKnowledgeEntities()) {
        insert.bindValue(0, QVariant::fromValue<qlonglong>(std::stoll(e.key)));
        insert.bindValue(1, QString::fromStdString(e.type));
        insert.bindValue(2, QString::fromStdString(e.name));
        insert.bindValue(3, QString::fromUtf8(QJsonDocument(e.attributes).toJson(QJsonDocument::Compact)));
        insert.bindValue(4, QString::fromStdString(e.group));
        insert.bindValue(5, QString::fromStdString(e.timestamp));
        if (!insert.exec()) {
            const std::string error = insert.lastError().text().toStdString();
            db.rollback();
            return undo("filling " + table.name + ": " + error);
        }
        ++rows;
    }
    if (!db.commit()) {
        db.rollback();
        return undo("filling " + table.name + ": the commit failed");
    }
    if (!currentSpecPath.empty())
        if (std::string e = recordAppliedSpec(target, currentSpecPath, currentSpecPath); !e.empty())
            return undo("current.yml could not be written: " + e);
    return {};
}

}  // namespace ss::evolve
