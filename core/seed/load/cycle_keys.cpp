#include "core/seed/load/cycle_keys.h"

#include "core/db/sql_exec.h"
#include "core/seed/load/bound_value.h"
#include "core/seed/table_producer.h"
#include "core/sql/sql_renderer.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace ss::seed {

std::string setCycleKeys(DatabaseConnection& connection, const SeedPlan& plan, std::size_t index, std::size_t batchSize,
                         const std::atomic<bool>* cancel, const std::function<void(const TableProgress&)>& report, bool& complete)
{
    const PlannedTable& table = plan.tables[index];
    const auto renderer = makeRenderer(connection.dialect());
    TableProducer producer(plan, index, SeedPass::Update);
    producer.setCancelFlag(cancel);
    const std::vector<std::size_t>& columns = producer.columns();
    const std::size_t keys = table.primaryKey.size();
    std::string set;
    std::string where;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const std::string term = renderer->quote(table.columns[columns[c]].name) + " = ?";
        if (c < keys)
            where += (where.empty() ? "" : " AND ") + term;
        else
            set += (set.empty() ? "" : ", ") + term;
    }
    QSqlDatabase& db = connection.db();
    QSqlQuery query(db);
    std::string error = db.transaction() ? std::string() : "starting the transaction failed";
    if (error.empty() && !query.prepare(QString::fromStdString("UPDATE " + renderer->quote(table.name) + " SET " + set + " WHERE " + where)))
        error = queryError(query);
    QElapsedTimer clock;
    clock.start();
    auto progress = [&](std::int64_t done, bool finished) {
        const double seconds = clock.nsecsElapsed() / 1e9;
        if (report)
            report({index, LoadPhase::Update, done, table.rows, seconds, seconds > 0 ? static_cast<double>(done) / seconds : 0, finished});
    };
    RowBatch batch = producer.makeBatch();
    while (error.empty()) {
        const std::size_t n = producer.nextBatch(batch, batchSize);
        if (n == 0)
            break;
        for (std::size_t r = 0; r < n && error.empty(); ++r) {
            int position = 0;
            for (std::size_t c = keys; c < columns.size(); ++c)
                query.bindValue(position++, boundValue(batch.columns[c], r, connection.dialect()));
            for (std::size_t c = 0; c < keys; ++c)
                query.bindValue(position++, boundValue(batch.columns[c], r, connection.dialect()));
            if (!query.exec())
                error = queryError(query);
        }
        progress(producer.rowsDone(), false);
    }
    complete = error.empty() && producer.rowsDone() == table.rows;
    if (complete && !db.commit())
        error = "committing failed";
    if (complete && error.empty()) {
        progress(table.rows, true);
        return {};
    }
    complete = false;
    db.rollback();
    return error;
}

}  // namespace ss::seed
