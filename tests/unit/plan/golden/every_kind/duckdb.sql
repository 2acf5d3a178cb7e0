BEGIN;

-- 1. drop view v_gone [medium]
DROP VIEW "v_gone";

-- 2. drop view v_store_codes (recreated after the change) [safe]
DROP VIEW "v_store_codes";

-- 3. drop view v_sales_by_city (recreated after the change) [safe]
DROP VIEW "v_sales_by_city";

-- 4. drop foreign key fk_fact_sales_promo_key on fact_sales [medium]
-- done by the rebuild of fact_sales at step 34

-- 5. drop index ix_dim_store_code on dim_store [safe]
-- done by the rebuild of dim_shop at step 34

-- 6. drop unique constraint uq_dim_customer_full_name on dim_customer [medium]
-- done by the rebuild of dim_customer at step 34

-- 7. drop check ck_dim_customer_score on dim_customer [safe]
-- done by the rebuild of dim_customer at step 34

-- 8. drop table audit_log (2 columns) [high]
DROP TABLE "audit_log";

-- 9. create enum channel (web, phone) [safe]
-- DuckDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 10. create domain quantity INTEGER NOT NULL DEFAULT 1 CHECK (VALUE > 0) [safe]
-- DuckDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 11. add value 'medium' to enum priority after 'low' [safe]
-- DuckDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 12. replace enum severity (minor, major, critical) with enum severity (minor, critical) (0 columns) [high]
-- DuckDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 13. set the description of type amount [safe]
-- DuckDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 14. create function next_run_id() [safe]
-- function next_run_id is written in postgresql's SQL: DuckDB does not run it

-- 15. replace function score_of(integer) [safe]
-- function score_of is written in postgresql's SQL: DuckDB does not run it

-- 16. rename table dim_store to dim_shop [medium]
-- done by the rebuild of dim_shop at step 34

-- 17. rename column dim_customer.city to town [medium]
-- done by the rebuild of dim_customer at step 34

-- 18. add column dim_customer.email VARCHAR(200) [safe]
-- done by the rebuild of dim_customer at step 34

-- 19. add column fact_sales.channel_key INTEGER [safe]
-- done by the rebuild of fact_sales at step 34

-- 20. change type of dim_customer.score from INTEGER to BIGINT [safe]
-- done by the rebuild of dim_customer at step 34

-- 21. make dim_customer.full_name nullable [safe]
-- done by the rebuild of dim_customer at step 34

-- 22. make fact_sales.promo_key nullable [safe]
-- done by the rebuild of fact_sales at step 34

-- 23. change default of dim_customer.segment from 'retail' to 'consumer' [safe]
-- done by the rebuild of dim_customer at step 34

-- 24. change primary key of fact_sales from (sale_id) to (sale_id, store_key) [medium]
-- done by the rebuild of fact_sales at step 34

-- 25. drop column dim_customer.legacy_flag BOOLEAN [high]
-- done by the rebuild of dim_customer at step 34

-- 26. set the description of table dim_customer [safe]
-- done by the rebuild of dim_customer at step 34

-- 27. set the description of column dim_customer.full_name [safe]
-- done by the rebuild of dim_customer at step 34

-- 28. create dimension dim_channel (2 columns) [safe]
CREATE SEQUENCE IF NOT EXISTS "dim_channel_channel_key_seq";
CREATE TABLE "dim_channel" (
  "channel_key" INTEGER NOT NULL DEFAULT nextval('"dim_channel_channel_key_seq"'),
  "channel_name" VARCHAR(30) NOT NULL,
  PRIMARY KEY ("channel_key"),
  CONSTRAINT "uq_dim_channel_channel_name" UNIQUE ("channel_name")
);

-- 29. create table etl_run (2 columns) [safe]
CREATE TABLE "etl_run" (
  "run_id" BIGINT NOT NULL,
  "started_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY ("run_id")
);

-- 30. add index ix_dim_customer_segment on dim_customer (segment) [safe]
-- done by the rebuild of dim_customer at step 34

-- 31. add unique constraint uq_dim_customer_email on dim_customer (email) [medium]
-- done by the rebuild of dim_customer at step 34

-- 32. add unique constraint uq_dim_shop_store_code on dim_shop (store_code) [medium]
-- done by the rebuild of dim_shop at step 34

-- 33. add check ck_dim_customer_segment on dim_customer (segment IN ('consumer', 'business')) [medium]
-- done by the rebuild of dim_customer at step 34

-- 34. add foreign key fk_fact_sales_channel_key on fact_sales (channel_key) -> dim_channel (channel_key) [medium]
-- DuckDB cannot make every change to dim_customer, dim_shop, fact_sales in place: the tables are rebuilt, with the tables that reference them
CREATE SEQUENCE IF NOT EXISTS "dim_customer_customer_key_seq";
CREATE SEQUENCE IF NOT EXISTS "dim_shop_store_key_seq";
CREATE TEMPORARY TABLE "_dbx_old_dim_customer" AS SELECT * FROM "dim_customer";
CREATE TEMPORARY TABLE "_dbx_old_dim_shop" AS SELECT * FROM "dim_store";
CREATE TEMPORARY TABLE "_dbx_old_fact_sales" AS SELECT * FROM "fact_sales";
DROP TABLE "fact_sales";
DROP TABLE "dim_customer";
DROP TABLE "dim_store";
CREATE TABLE "dim_customer" (
  "customer_key" INTEGER NOT NULL DEFAULT nextval('"dim_customer_customer_key_seq"'),
  "customer_id" VARCHAR(20) NOT NULL,
  "full_name" VARCHAR(100),
  "town" VARCHAR(60),
  "segment" VARCHAR(20) NOT NULL DEFAULT 'consumer',
  "score" BIGINT,
  "email" VARCHAR(200),
  PRIMARY KEY ("customer_key"),
  CONSTRAINT "uq_dim_customer_email" UNIQUE ("email"),
  CONSTRAINT "uq_dim_customer_customer_id" UNIQUE ("customer_id"),
  CONSTRAINT "ck_dim_customer_segment" CHECK (segment IN ('consumer', 'business'))
);
CREATE TABLE "dim_shop" (
  "store_key" INTEGER NOT NULL DEFAULT nextval('"dim_shop_store_key_seq"'),
  "store_code" VARCHAR(10) NOT NULL,
  PRIMARY KEY ("store_key"),
  CONSTRAINT "uq_dim_shop_store_code" UNIQUE ("store_code")
);
CREATE TABLE "fact_sales" (
  "customer_key" INTEGER NOT NULL,
  "store_key" INTEGER NOT NULL,
  "sale_id" BIGINT NOT NULL,
  "promo_key" INTEGER,
  "channel_key" INTEGER,
  "amount" DECIMAL(12,2) NOT NULL,
  PRIMARY KEY ("sale_id", "store_key"),
  CONSTRAINT "fk_fact_sales_customer_key" FOREIGN KEY ("customer_key") REFERENCES "dim_customer" ("customer_key"),
  CONSTRAINT "fk_fact_sales_store_key" FOREIGN KEY ("store_key") REFERENCES "dim_shop" ("store_key"),
  CONSTRAINT "fk_fact_sales_channel_key" FOREIGN KEY ("channel_key") REFERENCES "dim_channel" ("channel_key")
);
INSERT INTO "dim_customer" ("customer_key", "customer_id", "full_name", "town", "segment", "score")
  SELECT "customer_key", "customer_id", "full_name", "city", "segment", "score" FROM "_dbx_old_dim_customer";
INSERT INTO "dim_shop" ("store_key", "store_code")
  SELECT "store_key", "store_code" FROM "_dbx_old_dim_shop";
INSERT INTO "fact_sales" ("customer_key", "store_key", "sale_id", "promo_key", "amount")
  SELECT "customer_key", "store_key", "sale_id", "promo_key", "amount" FROM "_dbx_old_fact_sales";
CREATE INDEX "ix_dim_customer_city" ON "dim_customer" ("town");
CREATE INDEX "ix_dim_customer_segment" ON "dim_customer" ("segment");
COMMENT ON TABLE "dim_customer" IS 'One row per customer';
COMMENT ON COLUMN "dim_customer"."full_name" IS 'As the customer writes it';
DROP TABLE "_dbx_old_dim_customer";
DROP TABLE "_dbx_old_dim_shop";
DROP TABLE "_dbx_old_fact_sales";

-- 35. create view v_sales_by_town [safe]
CREATE VIEW "v_sales_by_town" AS
SELECT c.town, SUM(s.amount) AS amount FROM fact_sales s JOIN dim_customer c ON c.customer_key = s.customer_key GROUP BY c.town;

-- 36. create view v_sales_by_city [safe]
CREATE VIEW "v_sales_by_city" AS
SELECT c.town AS city, SUM(s.amount) AS amount FROM fact_sales s JOIN dim_customer c ON c.customer_key = s.customer_key GROUP BY c.town;

-- 37. create view v_store_codes [safe]
CREATE VIEW "v_store_codes" AS
SELECT store_code FROM dim_shop;

-- 38. replace view v_constant [safe]
CREATE OR REPLACE VIEW "v_constant" AS
SELECT 2 AS one;

-- 39. drop function old_code_of() [medium]
-- function old_code_of is written in postgresql's SQL: DuckDB does not run it

-- 40. drop domain old_code VARCHAR(10) [safe]
-- DuckDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

COMMIT;
