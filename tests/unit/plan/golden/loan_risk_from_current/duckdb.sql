BEGIN;

-- 1. drop view v_payments_by_region (recreated after the change) [safe]
DROP VIEW "v_payments_by_region";

-- 2. add column dim_company.employee_count INTEGER [safe]
-- done by the rebuild of dim_company at step 11

-- 3. add column fact_loan_payments.fees_paid DECIMAL(18,2) NOT NULL DEFAULT 0 [safe]
-- done by the rebuild of fact_loan_payments at step 11

-- 4. add column fact_loan_originations.rating_key INTEGER NOT NULL [high]
-- done by the rebuild of fact_loan_originations at step 11

-- 5. change type of dim_company.company_name from VARCHAR(150) to VARCHAR(200) [safe]
-- done by the rebuild of dim_company at step 11

-- 6. set the description of table dim_date [safe]
COMMENT ON TABLE "dim_date" IS 'One row per calendar day; role-played as payment, due, origination and snapshot date';

-- 7. create dimension dim_risk_rating (6 columns) [safe]
CREATE SEQUENCE IF NOT EXISTS "dim_risk_rating_rating_key_seq";
CREATE TABLE "dim_risk_rating" (
  "rating_key" INTEGER NOT NULL DEFAULT nextval('"dim_risk_rating_rating_key_seq"'),
  "rating_code" VARCHAR(4) NOT NULL,
  "rating_band" VARCHAR(20) NOT NULL,
  "rating_rank" SMALLINT NOT NULL,
  "pd_floor" DECIMAL(7,6) NOT NULL,
  "pd_ceiling" DECIMAL(7,6) NOT NULL,
  PRIMARY KEY ("rating_key"),
  CONSTRAINT "uq_dim_risk_rating_rating_code" UNIQUE ("rating_code"),
  CONSTRAINT "ck_dim_risk_rating_pd" CHECK (pd_floor <= pd_ceiling)
);
COMMENT ON TABLE "dim_risk_rating" IS 'One row per internal credit rating grade';
COMMENT ON COLUMN "dim_risk_rating"."rating_code" IS 'AAA down to D';
COMMENT ON COLUMN "dim_risk_rating"."rating_band" IS 'Investment, speculative or default';
COMMENT ON COLUMN "dim_risk_rating"."rating_rank" IS '1 is the best grade';
COMMENT ON COLUMN "dim_risk_rating"."pd_floor" IS 'Lowest one-year probability of default';

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
  CONSTRAINT "fk_fact_credit_risk_snapshots_snapshot_date_key" FOREIGN KEY ("snapshot_date_key") REFERENCES "dim_date" ("date_key"),
  CONSTRAINT "fk_fact_credit_risk_snapshots_company_key" FOREIGN KEY ("company_key") REFERENCES "dim_company" ("company_key"),
  CONSTRAINT "fk_fact_credit_risk_snapshots_rating_key" FOREIGN KEY ("rating_key") REFERENCES "dim_risk_rating" ("rating_key")
);
COMMENT ON TABLE "fact_credit_risk_snapshots" IS 'One row per open loan at each month end';

-- 9. add index ix_dim_company_industry on dim_company (industry) [safe]
-- done by the rebuild of dim_company at step 11

-- 10. add index ix_fact_credit_risk_snapshots_rating on fact_credit_risk_snapshots (rating_key) [safe]
CREATE INDEX "ix_fact_credit_risk_snapshots_rating" ON "fact_credit_risk_snapshots" ("rating_key");

-- 11. add foreign key fk_fact_loan_originations_rating_key on fact_loan_originations (rating_key) -> dim_risk_rating (rating_key) [medium]
-- DuckDB cannot make every change to dim_company, fact_loan_payments, fact_loan_originations in place: the tables are rebuilt, with the tables that reference them
CREATE SEQUENCE IF NOT EXISTS "dim_company_company_key_seq";
CREATE TEMPORARY TABLE "_dbx_old_dim_company" AS SELECT * FROM "dim_company";
CREATE TEMPORARY TABLE "_dbx_old_fact_loan_payments" AS SELECT * FROM "fact_loan_payments";
CREATE TEMPORARY TABLE "_dbx_old_fact_loan_originations" AS SELECT * FROM "fact_loan_originations";
CREATE TEMPORARY TABLE "_dbx_old_fact_credit_risk_snapshots" AS SELECT * FROM "fact_credit_risk_snapshots";
DROP TABLE "fact_loan_payments";
DROP TABLE "fact_loan_originations";
DROP TABLE "fact_credit_risk_snapshots";
DROP TABLE "dim_company";
CREATE TABLE "dim_company" (
  "company_key" INTEGER NOT NULL DEFAULT nextval('"dim_company_company_key_seq"'),
  "company_id" VARCHAR(50) NOT NULL,
  "company_name" VARCHAR(200) NOT NULL,
  "industry" VARCHAR(60) NOT NULL,
  "region" VARCHAR(40) NOT NULL,
  "country_code" VARCHAR(2) NOT NULL,
  "employee_count" INTEGER,
  "annual_revenue" DECIMAL(18,2),
  "is_public" BOOLEAN NOT NULL DEFAULT FALSE,
  "onboarded_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY ("company_key"),
  CONSTRAINT "uq_dim_company_company_id" UNIQUE ("company_id")
);
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
  CONSTRAINT "fk_fact_loan_payments_payment_date_key" FOREIGN KEY ("payment_date_key") REFERENCES "dim_date" ("date_key"),
  CONSTRAINT "fk_fact_loan_payments_due_date_key" FOREIGN KEY ("due_date_key") REFERENCES "dim_date" ("date_key"),
  CONSTRAINT "fk_fact_loan_payments_company_key" FOREIGN KEY ("company_key") REFERENCES "dim_company" ("company_key"),
  CONSTRAINT "fk_fact_loan_payments_product_key" FOREIGN KEY ("product_key") REFERENCES "dim_loan_product" ("product_key"),
  CONSTRAINT "fk_fact_loan_payments_branch_key" FOREIGN KEY ("branch_key") REFERENCES "dim_branch" ("branch_key")
);
CREATE TABLE "fact_loan_originations" (
  "origination_date_key" INTEGER NOT NULL,
  "company_key" INTEGER NOT NULL,
  "product_key" INTEGER NOT NULL,
  "branch_key" INTEGER NOT NULL,
  "rating_key" INTEGER NOT NULL,
  "loan_id" VARCHAR(50) NOT NULL,
  "maturity_date" DATE NOT NULL,
  "currency_code" VARCHAR(3) NOT NULL DEFAULT 'USD',
  "principal_amount" DECIMAL(18,2) NOT NULL,
  "interest_rate" DECIMAL(7,4) NOT NULL,
  "loan_count" INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY ("loan_id"),
  CONSTRAINT "ck_fact_loan_originations_principal" CHECK (principal_amount > 0),
  CONSTRAINT "fk_fact_loan_originations_origination_date_key" FOREIGN KEY ("origination_date_key") REFERENCES "dim_date" ("date_key"),
  CONSTRAINT "fk_fact_loan_originations_company_key" FOREIGN KEY ("company_key") REFERENCES "dim_company" ("company_key"),
  CONSTRAINT "fk_fact_loan_originations_product_key" FOREIGN KEY ("product_key") REFERENCES "dim_loan_product" ("product_key"),
  CONSTRAINT "fk_fact_loan_originations_branch_key" FOREIGN KEY ("branch_key") REFERENCES "dim_branch" ("branch_key"),
  CONSTRAINT "fk_fact_loan_originations_rating_key" FOREIGN KEY ("rating_key") REFERENCES "dim_risk_rating" ("rating_key")
);
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
  CONSTRAINT "fk_fact_credit_risk_snapshots_snapshot_date_key" FOREIGN KEY ("snapshot_date_key") REFERENCES "dim_date" ("date_key"),
  CONSTRAINT "fk_fact_credit_risk_snapshots_company_key" FOREIGN KEY ("company_key") REFERENCES "dim_company" ("company_key"),
  CONSTRAINT "fk_fact_credit_risk_snapshots_rating_key" FOREIGN KEY ("rating_key") REFERENCES "dim_risk_rating" ("rating_key")
);
INSERT INTO "dim_company" ("company_key", "company_id", "company_name", "industry", "region", "country_code", "annual_revenue", "is_public", "onboarded_at")
  SELECT "company_key", "company_id", "company_name", "industry", "region", "country_code", "annual_revenue", "is_public", "onboarded_at" FROM "_dbx_old_dim_company";
INSERT INTO "fact_loan_payments" ("payment_date_key", "due_date_key", "company_key", "product_key", "branch_key", "loan_id", "payment_number", "payment_date", "payment_channel", "principal_paid", "interest_paid", "outstanding_balance", "days_past_due")
  SELECT "payment_date_key", "due_date_key", "company_key", "product_key", "branch_key", "loan_id", "payment_number", "payment_date", "payment_channel", "principal_paid", "interest_paid", "outstanding_balance", "days_past_due" FROM "_dbx_old_fact_loan_payments";
INSERT INTO "fact_loan_originations" ("origination_date_key", "company_key", "product_key", "branch_key", "loan_id", "maturity_date", "currency_code", "principal_amount", "interest_rate", "loan_count")
  SELECT "origination_date_key", "company_key", "product_key", "branch_key", "loan_id", "maturity_date", "currency_code", "principal_amount", "interest_rate", "loan_count" FROM "_dbx_old_fact_loan_originations";
INSERT INTO "fact_credit_risk_snapshots" ("snapshot_date_key", "company_key", "rating_key", "loan_id", "exposure_at_default", "probability_of_default", "loss_given_default", "expected_loss", "days_past_due")
  SELECT "snapshot_date_key", "company_key", "rating_key", "loan_id", "exposure_at_default", "probability_of_default", "loss_given_default", "expected_loss", "days_past_due" FROM "_dbx_old_fact_credit_risk_snapshots";
CREATE INDEX "ix_dim_company_region" ON "dim_company" ("region");
CREATE INDEX "ix_dim_company_industry" ON "dim_company" ("industry");
COMMENT ON TABLE "dim_company" IS 'One row per borrowing company';
COMMENT ON COLUMN "dim_company"."company_id" IS 'Business identifier from the CRM';
COMMENT ON COLUMN "dim_company"."country_code" IS 'ISO 3166-1 alpha-2';
COMMENT ON COLUMN "dim_company"."employee_count" IS 'Head count at onboarding';
COMMENT ON COLUMN "dim_company"."annual_revenue" IS 'Last reported revenue in USD';
DROP TABLE "_dbx_old_dim_company";
CREATE INDEX "ix_fact_loan_payments_company" ON "fact_loan_payments" ("company_key");
CREATE INDEX "ix_fact_loan_payments_payment_date" ON "fact_loan_payments" ("payment_date_key");
COMMENT ON TABLE "fact_loan_payments" IS 'One row per scheduled loan instalment, paid or not';
COMMENT ON COLUMN "fact_loan_payments"."payment_number" IS 'Instalment number, 1-based';
COMMENT ON COLUMN "fact_loan_payments"."payment_date" IS 'Partitioning column';
COMMENT ON COLUMN "fact_loan_payments"."outstanding_balance" IS 'Balance after the payment';
DROP TABLE "_dbx_old_fact_loan_payments";
CREATE INDEX "ix_fact_loan_originations_company" ON "fact_loan_originations" ("company_key");
COMMENT ON TABLE "fact_loan_originations" IS 'One row per loan granted';
DROP TABLE "_dbx_old_fact_loan_originations";
CREATE INDEX "ix_fact_credit_risk_snapshots_rating" ON "fact_credit_risk_snapshots" ("rating_key");
COMMENT ON TABLE "fact_credit_risk_snapshots" IS 'One row per open loan at each month end';
DROP TABLE "_dbx_old_fact_credit_risk_snapshots";

-- 12. recreate view v_payments_by_region [safe]
CREATE VIEW "v_payments_by_region" AS
SELECT c.region, d.year, d.quarter,
       SUM(p.principal_paid) AS principal_paid, SUM(p.interest_paid) AS interest_paid
FROM fact_loan_payments p
JOIN dim_company c ON c.company_key = p.company_key
JOIN dim_date d ON d.date_key = p.payment_date_key
GROUP BY c.region, d.year, d.quarter;
COMMENT ON VIEW "v_payments_by_region" IS 'Principal and interest collected per company region and quarter';

-- 13. create view v_expected_loss_by_rating [safe]
CREATE VIEW "v_expected_loss_by_rating" AS
SELECT d.full_date AS snapshot_date, r.rating_code,
       SUM(s.exposure_at_default) AS exposure, SUM(s.expected_loss) AS expected_loss
FROM fact_credit_risk_snapshots s
JOIN dim_risk_rating r ON r.rating_key = s.rating_key
JOIN dim_date d ON d.date_key = s.snapshot_date_key
GROUP BY d.full_date, r.rating_code;
COMMENT ON VIEW "v_expected_loss_by_rating" IS 'Exposure and expected loss per rating grade at each month end';

COMMIT;
