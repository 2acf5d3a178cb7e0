#pragma once

// Questions about the bundled demo (loan_risk.yml, seeded) with the rows a hand-written query gives, run on
// the same database: Explore is judged on the rows it returns, never on the text of its SQL. Shared by the
// SQLite and DuckDB unit tests and the PostgreSQL and MariaDB integration tests.

#include <catch2/catch.hpp>

#include "core/db/database_connection.h"
#include "core/query/explorer.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace explore_test {

struct Case {
    const char* question;
    const char* expectedSql;  // portable across the four dialects (the demo's names need no quoting)
    bool ordered = false;     // top-N: the order is part of the answer
    bool yearMonth = false;   // the expected query gives year, month, ...: compared as "YYYY-MM", ...
};

inline const std::vector<Case>& demoCases()
{
    static const std::vector<Case> cases = {
        {"total principal paid by company region",
         "SELECT c.region, SUM(p.principal_paid) FROM fact_loan_payments p LEFT JOIN dim_company c ON c.company_key = p.company_key GROUP BY c.region"},
        {"How many companies by industry?", "SELECT industry, COUNT(*) FROM dim_company GROUP BY industry"},
        {"top 5 companies by principal paid",
         "SELECT c.company_name, SUM(p.principal_paid) FROM fact_loan_payments p JOIN dim_company c ON c.company_key = p.company_key "
         "GROUP BY c.company_name ORDER BY 2 DESC LIMIT 5",
         true},
        {"average interest rate by product family",
         "SELECT d.product_family, AVG(o.interest_rate) FROM fact_loan_originations o LEFT JOIN dim_loan_product d ON d.product_key = o.product_key "
         "GROUP BY d.product_family"},
        {"monthly fees paid in 2023 by due date",
         "SELECT d.year, d.month, SUM(p.fees_paid) FROM fact_loan_payments p JOIN dim_date d ON d.date_key = p.due_date_key "
         "WHERE d.year = 2023 GROUP BY d.year, d.month",
         false, true},
        {"number of payments by payment channel excluding online",
         "SELECT payment_channel, COUNT(*) FROM fact_loan_payments WHERE payment_channel <> 'online' GROUP BY payment_channel"},
        {"how many companies are public", "SELECT COUNT(*) FROM dim_company WHERE is_public = TRUE"},
        {"how many companies are not public", "SELECT COUNT(*) FROM dim_company WHERE is_public = FALSE"},
        {"total principal paid and total principal amount by product family",
         "SELECT d.product_family, (SELECT SUM(p.principal_paid) FROM fact_loan_payments p JOIN dim_loan_product x ON x.product_key = p.product_key "
         "WHERE x.product_family = d.product_family), (SELECT SUM(o.principal_amount) FROM fact_loan_originations o JOIN dim_loan_product y "
         "ON y.product_key = o.product_key WHERE y.product_family = d.product_family) FROM dim_loan_product d GROUP BY d.product_family"},
        {"loans with principal amount over 1m by branch city",
         "SELECT b.city, COUNT(*) FROM fact_loan_originations o JOIN dim_branch b ON b.branch_key = o.branch_key "
         "WHERE o.principal_amount > 1000000 GROUP BY b.city"},
        {"how many loans", "SELECT COUNT(*) FROM fact_loan_originations"},
        {"average annual revenue by industry", "SELECT industry, AVG(annual_revenue) FROM dim_company GROUP BY industry"},
        {"highest outstanding balance", "SELECT MAX(outstanding_balance) FROM fact_loan_payments"},
        {"number of distinct industries", "SELECT COUNT(DISTINCT industry) FROM dim_company"},
        {"principal paid in company region Europe in 2024 by payment date",
         "SELECT SUM(p.principal_paid) FROM fact_loan_payments p JOIN dim_company c ON c.company_key = p.company_key "
         "WHERE c.region = 'Europe' AND p.payment_date >= '2024-01-01' AND p.payment_date < '2025-01-01'"},
        {"how many companies by product family through loan originations",
         "SELECT d.product_family, COUNT(DISTINCT o.company_key) FROM fact_loan_originations o JOIN dim_loan_product d "
         "ON d.product_key = o.product_key GROUP BY d.product_family"},
        {"which industry has the highest total principal amount",
         "SELECT c.industry, SUM(o.principal_amount) FROM fact_loan_originations o JOIN dim_company c ON c.company_key = o.company_key "
         "GROUP BY c.industry ORDER BY 2 DESC LIMIT 1",
         true},
        {"total exposure at default by rating band for Europe or North America companies",
         "SELECT r.rating_band, SUM(s.exposure_at_default) FROM fact_credit_risk_snapshots s JOIN dim_risk_rating r ON r.rating_key = s.rating_key "
         "JOIN dim_company c ON c.company_key = s.company_key WHERE c.region IN ('Europe', 'North America') GROUP BY r.rating_band"},
        // Payments carry no rating: it is their loan's, through the join of loan_id that Explore infers.
        {"average days past due of loan payments by rating",
         "SELECT r.rating_code, AVG(p.days_past_due) FROM fact_loan_payments p LEFT JOIN fact_loan_originations o ON o.loan_id = p.loan_id "
         "LEFT JOIN dim_risk_rating r ON r.rating_key = o.rating_key GROUP BY r.rating_code"},
        {"average days past due by weather", nullptr},
    };
    return cases;
}

// One cell as both sides are compared: numbers to two decimals (sums of decimals differ in the last digit
// between a dialect's float and decimal arithmetic), text as it is, NULL as NULL.
inline std::string canonical(const QVariant& value)
{
    if (value.isNull())
        return "NULL";
    bool isNumber = false;
    const double number = value.toString().toDouble(&isNumber);
    if (isNumber && value.typeId() != QMetaType::QString)
        return QString::number(std::round(number * 100) / 100, 'f', 2).toStdString();
    if (isNumber && !value.toString().contains('-'))
        return QString::number(std::round(number * 100) / 100, 'f', 2).toStdString();
    return value.toString().toStdString();
}

inline std::vector<std::string> canonicalRows(const std::vector<std::vector<QVariant>>& rows, bool yearMonth)
{
    std::vector<std::string> out;
    for (const auto& row : rows) {
        std::string line;
        std::size_t start = 0;
        if (yearMonth && row.size() >= 2) {
            line = QString("%1-%2").arg(row[0].toInt(), 4, 10, QChar('0')).arg(row[1].toInt(), 2, 10, QChar('0')).toStdString();
            start = 2;
        }
        for (std::size_t c = start; c < row.size(); ++c)
            line += (line.empty() ? "" : " | ") + canonical(row[c]);
        out.push_back(line);
    }
    return out;
}

inline std::vector<std::vector<QVariant>> runSql(ss::DatabaseConnection& connection, const std::string& sql)
{
    QSqlQuery query(connection.db());
    query.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    INFO(sql);
    REQUIRE(query.exec(QString::fromStdString(sql)));
    std::vector<std::vector<QVariant>> rows;
    while (query.next()) {
        std::vector<QVariant> row;
        for (int c = 0; c < query.record().count(); ++c)
            row.push_back(query.value(c));
        rows.push_back(std::move(row));
    }
    return rows;
}

// Asks each question and compares its rows with its hand-written query's; a case without SQL must not be
// answered (and nothing runs).
inline void checkCases(ss::DatabaseConnection& connection, const ss::query::Explorer& explorer, const std::vector<Case>& cases)
{
    for (const Case& c : cases) {
        INFO("question: " << c.question);
        const ss::query::Answer answer = explorer.ask(c.question, &connection);
        if (!c.expectedSql) {
            CHECK(answer.status != ss::query::AnswerStatus::Answered);
            CHECK_FALSE(answer.executed);
            continue;
        }
        INFO("message: " << answer.message << "\nsql: " << (answer.query ? answer.query->shownSql : std::string("(none)")));
        REQUIRE(answer.status == ss::query::AnswerStatus::Answered);
        std::vector<std::string> got = canonicalRows(answer.result.rows, false);
        std::vector<std::string> expected = canonicalRows(runSql(connection, c.expectedSql), c.yearMonth);
        if (!c.ordered) {
            std::sort(got.begin(), got.end());
            std::sort(expected.begin(), expected.end());
        }
        CHECK_FALSE(expected.empty());
        CHECK(got == expected);
    }
}

inline void checkDemoQuestions(ss::DatabaseConnection& connection, const ss::query::Explorer& explorer)
{
    checkCases(connection, explorer, demoCases());
}

}  // namespace explore_test
