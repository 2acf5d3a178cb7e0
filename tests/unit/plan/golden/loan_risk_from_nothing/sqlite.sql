PRAGMA foreign_keys = OFF;
BEGIN;

-- 1. create dimension dim_date (14 columns) [safe]
CREATE TABLE "dim_date" (
  "date_key" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "full_date" DATE NOT NULL,
  "year" SMALLINT NOT NULL,
  "quarter" SMALLINT NOT NULL,
  "month" SMALLINT NOT NULL,
  "month_name" VARCHAR(12) NOT NULL,
  "day_of_month" SMALLINT NOT NULL,
  "day_of_week" SMALLINT NOT NULL,
  "day_name" VARCHAR(12) NOT NULL,
  "week_of_year" SMALLINT NOT NULL,
  "is_weekend" BOOLEAN NOT NULL DEFAULT FALSE,
  "is_month_end" BOOLEAN NOT NULL DEFAULT FALSE,
  "fiscal_year" SMALLINT NOT NULL,
  "fiscal_quarter" SMALLINT NOT NULL,
  UNIQUE ("full_date"),
  CONSTRAINT "ck_dim_date_quarter" CHECK (quarter BETWEEN 1 AND 4),
  CONSTRAINT "ck_dim_date_month" CHECK (month BETWEEN 1 AND 12)
);

-- 2. create dimension dim_company (10 columns) [safe]
CREATE TABLE "dim_company" (
  "company_key" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "company_id" VARCHAR(50) NOT NULL,
  "company_name" VARCHAR(200) NOT NULL,
  "industry" VARCHAR(60) NOT NULL,
  "region" VARCHAR(40) NOT NULL,
  "country_code" CHAR(2) NOT NULL,
  "employee_count" INTEGER,
  "annual_revenue" DECIMAL(18,2),
  "is_public" BOOLEAN NOT NULL DEFAULT FALSE,
  "onboarded_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE ("company_id")
);

-- 3. create dimension dim_loan_product (8 columns) [safe]
CREATE TABLE "dim_loan_product" (
  "product_key" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "product_code" VARCHAR(20) NOT NULL,
  "product_name" VARCHAR(100) NOT NULL,
  "product_family" VARCHAR(40) NOT NULL,
  "term_months" SMALLINT NOT NULL,
  "rate_type" VARCHAR(10) NOT NULL DEFAULT 'fixed',
  "is_secured" BOOLEAN NOT NULL DEFAULT TRUE,
  "base_rate" DECIMAL(7,4) NOT NULL,
  UNIQUE ("product_code"),
  CONSTRAINT "ck_dim_loan_product_rate_type" CHECK (rate_type IN ('fixed', 'variable')),
  CONSTRAINT "ck_dim_loan_product_term" CHECK (term_months > 0)
);

-- 4. create dimension dim_branch (7 columns) [safe]
CREATE TABLE "dim_branch" (
  "branch_key" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "branch_code" VARCHAR(10) NOT NULL,
  "branch_name" VARCHAR(100) NOT NULL,
  "city" VARCHAR(60) NOT NULL,
  "region" VARCHAR(40) NOT NULL,
  "country_code" CHAR(2) NOT NULL,
  "opened_on" DATE,
  UNIQUE ("branch_code")
);

-- 5. create dimension dim_risk_rating (6 columns) [safe]
CREATE TABLE "dim_risk_rating" (
  "rating_key" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "rating_code" VARCHAR(4) NOT NULL,
  "rating_band" VARCHAR(20) NOT NULL,
  "rating_rank" SMALLINT NOT NULL,
  "pd_floor" DECIMAL(7,6) NOT NULL,
  "pd_ceiling" DECIMAL(7,6) NOT NULL,
  UNIQUE ("rating_code"),
  CONSTRAINT "ck_dim_risk_rating_pd" CHECK (pd_floor <= pd_ceiling)
);

-- 6. create fact fact_loan_payments (14 columns) [safe]
-- partitioning (RANGE on payment_date) is kept in the spec only: sqlite gets the table unpartitioned
CREATE TABLE "fact_loan_payments" (
  "payment_date_key" INTEGER NOT NULL,
  "due_date_key" INTEGER NOT NULL,
  "company_key" INTEGER NOT NULL,
  "product_key" INTEGER NOT NULL,
  "branch_key" INTEGER NOT NULL,
  "loan_id" VARCHAR(50) NOT NULL,
  "payment_number" SMALLINT NOT NULL,
  "payment_date" DATE NOT NULL,
  "payment_channel" VARCHAR(20) NOT NULL DEFAULT 'transfer',
  "principal_paid" DECIMAL(18,2) NOT NULL DEFAULT 0,
  "interest_paid" DECIMAL(18,2) NOT NULL DEFAULT 0,
  "fees_paid" DECIMAL(18,2) NOT NULL DEFAULT 0,
  "outstanding_balance" DECIMAL(18,2),
  "days_past_due" SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY ("loan_id", "payment_number", "payment_date"),
  CONSTRAINT "ck_fact_loan_payments_amounts" CHECK (principal_paid >= 0 AND interest_paid >= 0),
  FOREIGN KEY ("payment_date_key") REFERENCES "dim_date" ("date_key"),
  FOREIGN KEY ("due_date_key") REFERENCES "dim_date" ("date_key"),
  FOREIGN KEY ("company_key") REFERENCES "dim_company" ("company_key"),
  FOREIGN KEY ("product_key") REFERENCES "dim_loan_product" ("product_key"),
  FOREIGN KEY ("branch_key") REFERENCES "dim_branch" ("branch_key")
);

-- 7. create fact fact_loan_originations (11 columns) [safe]
CREATE TABLE "fact_loan_originations" (
  "origination_date_key" INTEGER NOT NULL,
  "company_key" INTEGER NOT NULL,
  "product_key" INTEGER NOT NULL,
  "branch_key" INTEGER NOT NULL,
  "rating_key" INTEGER NOT NULL,
  "loan_id" VARCHAR(50) NOT NULL,
  "maturity_date" DATE NOT NULL,
  "currency_code" CHAR(3) NOT NULL DEFAULT 'USD',
  "principal_amount" DECIMAL(18,2) NOT NULL,
  "interest_rate" DECIMAL(7,4) NOT NULL,
  "loan_count" INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY ("loan_id"),
  CONSTRAINT "ck_fact_loan_originations_principal" CHECK (principal_amount > 0),
  FOREIGN KEY ("origination_date_key") REFERENCES "dim_date" ("date_key"),
  FOREIGN KEY ("company_key") REFERENCES "dim_company" ("company_key"),
  FOREIGN KEY ("product_key") REFERENCES "dim_loan_product" ("product_key"),
  FOREIGN KEY ("branch_key") REFERENCES "dim_branch" ("branch_key"),
  FOREIGN KEY ("rating_key") REFERENCES "dim_risk_rating" ("rating_key") ON DELETE RESTRICT
);

-- 8. create fact fact_credit_risk_snapshots (9 columns) [safe]
CREATE TABLE "fact_credit_risk_snapshots" (
  "snapshot_date_key" INTEGER NOT NULL,
  "company_key" INTEGER NOT NULL,
  "rating_key" INTEGER NOT NULL,
  "loan_id" VARCHAR(50) NOT NULL,
  "exposure_at_default" DECIMAL(18,2) NOT NULL,
  "probability_of_default" DECIMAL(7,6) NOT NULL,
  "loss_given_default" DECIMAL(5,4) NOT NULL,
  "expected_loss" DECIMAL(18,2) NOT NULL,
  "days_past_due" SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY ("snapshot_date_key", "loan_id"),
  FOREIGN KEY ("snapshot_date_key") REFERENCES "dim_date" ("date_key"),
  FOREIGN KEY ("company_key") REFERENCES "dim_company" ("company_key"),
  FOREIGN KEY ("rating_key") REFERENCES "dim_risk_rating" ("rating_key")
);

-- 9. add index ix_dim_date_year_month on dim_date (year, month) [safe]
CREATE INDEX "ix_dim_date_year_month" ON "dim_date" ("year", "month");

-- 10. add index ix_dim_company_region on dim_company (region) [safe]
CREATE INDEX "ix_dim_company_region" ON "dim_company" ("region");

-- 11. add index ix_dim_company_industry on dim_company (industry) [safe]
CREATE INDEX "ix_dim_company_industry" ON "dim_company" ("industry");

-- 12. add index ix_dim_branch_region on dim_branch (region) [safe]
CREATE INDEX "ix_dim_branch_region" ON "dim_branch" ("region");

-- 13. add index ix_fact_loan_payments_company on fact_loan_payments (company_key) [safe]
CREATE INDEX "ix_fact_loan_payments_company" ON "fact_loan_payments" ("company_key");

-- 14. add index ix_fact_loan_payments_payment_date on fact_loan_payments (payment_date_key) [safe]
CREATE INDEX "ix_fact_loan_payments_payment_date" ON "fact_loan_payments" ("payment_date_key");

-- 15. add index ix_fact_loan_originations_company on fact_loan_originations (company_key) [safe]
CREATE INDEX "ix_fact_loan_originations_company" ON "fact_loan_originations" ("company_key");

-- 16. add index ix_fact_credit_risk_snapshots_rating on fact_credit_risk_snapshots (rating_key) [safe]
CREATE INDEX "ix_fact_credit_risk_snapshots_rating" ON "fact_credit_risk_snapshots" ("rating_key");

-- 17. create view v_payments_by_region [safe]
CREATE VIEW "v_payments_by_region" AS
SELECT c.region, d.year, d.quarter,
       SUM(p.principal_paid) AS principal_paid, SUM(p.interest_paid) AS interest_paid
FROM fact_loan_payments p
JOIN dim_company c ON c.company_key = p.company_key
JOIN dim_date d ON d.date_key = p.payment_date_key
GROUP BY c.region, d.year, d.quarter;

-- 18. create view v_expected_loss_by_rating [safe]
CREATE VIEW "v_expected_loss_by_rating" AS
SELECT d.full_date AS snapshot_date, r.rating_code,
       SUM(s.exposure_at_default) AS exposure, SUM(s.expected_loss) AS expected_loss
FROM fact_credit_risk_snapshots s
JOIN dim_risk_rating r ON r.rating_key = s.rating_key
JOIN dim_date d ON d.date_key = s.snapshot_date_key
GROUP BY d.full_date, r.rating_code;

PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;
