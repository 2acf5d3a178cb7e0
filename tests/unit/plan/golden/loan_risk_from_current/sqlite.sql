PRAGMA foreign_keys = OFF;
BEGIN;

-- 1. drop view v_payments_by_region (recreated after the change) [safe]
DROP VIEW "v_payments_by_region";

-- 2. add column dim_company.employee_count INTEGER [safe]
-- done by the rebuild of dim_company at step 9

-- 3. add column fact_loan_payments.fees_paid DECIMAL(18,2) NOT NULL DEFAULT 0 [safe]
ALTER TABLE "fact_loan_payments" ADD COLUMN "fees_paid" DECIMAL(18,2) NOT NULL DEFAULT 0;

-- 4. add column fact_loan_originations.rating_key INTEGER NOT NULL [high]
-- done by the rebuild of fact_loan_originations at step 11

-- 5. change type of dim_company.company_name from VARCHAR(150) to VARCHAR(200) [safe]
-- done by the rebuild of dim_company at step 9

-- 6. set the description of table dim_date [safe]
-- SQLite keeps no descriptions

-- 7. create dimension dim_risk_rating (6 columns) [safe]
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

-- 9. add index ix_dim_company_industry on dim_company (industry) [safe]
-- SQLite cannot make every change to dim_company in place: the table is rebuilt
CREATE TABLE "_dbx_new_dim_company" (
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
INSERT INTO "_dbx_new_dim_company" ("company_key", "company_id", "company_name", "industry", "region", "country_code", "annual_revenue", "is_public", "onboarded_at")
  SELECT "company_key", "company_id", "company_name", "industry", "region", "country_code", "annual_revenue", "is_public", "onboarded_at" FROM "dim_company";
DROP TABLE "dim_company";
ALTER TABLE "_dbx_new_dim_company" RENAME TO "dim_company";
CREATE INDEX "ix_dim_company_region" ON "dim_company" ("region");
CREATE INDEX "ix_dim_company_industry" ON "dim_company" ("industry");

-- 10. add index ix_fact_credit_risk_snapshots_rating on fact_credit_risk_snapshots (rating_key) [safe]
CREATE INDEX "ix_fact_credit_risk_snapshots_rating" ON "fact_credit_risk_snapshots" ("rating_key");

-- 11. add foreign key fk_fact_loan_originations_rating_key on fact_loan_originations (rating_key) -> dim_risk_rating (rating_key) [medium]
-- SQLite cannot make every change to fact_loan_originations in place: the table is rebuilt
CREATE TABLE "_dbx_new_fact_loan_originations" (
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
INSERT INTO "_dbx_new_fact_loan_originations" ("origination_date_key", "company_key", "product_key", "branch_key", "loan_id", "maturity_date", "currency_code", "principal_amount", "interest_rate", "loan_count")
  SELECT "origination_date_key", "company_key", "product_key", "branch_key", "loan_id", "maturity_date", "currency_code", "principal_amount", "interest_rate", "loan_count" FROM "fact_loan_originations";
DROP TABLE "fact_loan_originations";
ALTER TABLE "_dbx_new_fact_loan_originations" RENAME TO "fact_loan_originations";
CREATE INDEX "ix_fact_loan_originations_company" ON "fact_loan_originations" ("company_key");

-- 12. recreate view v_payments_by_region [safe]
CREATE VIEW "v_payments_by_region" AS
SELECT c.region, d.year, d.quarter,
       SUM(p.principal_paid) AS principal_paid, SUM(p.interest_paid) AS interest_paid
FROM fact_loan_payments p
JOIN dim_company c ON c.company_key = p.company_key
JOIN dim_date d ON d.date_key = p.payment_date_key
GROUP BY c.region, d.year, d.quarter;

-- 13. create view v_expected_loss_by_rating [safe]
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
