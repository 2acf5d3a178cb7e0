PRAGMA foreign_keys = OFF;
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
-- done by the rebuild of dim_shop at step 32

-- 6. drop unique constraint uq_dim_customer_full_name on dim_customer [medium]
-- done by the rebuild of dim_customer at step 33

-- 7. drop check ck_dim_customer_score on dim_customer [safe]
-- done by the rebuild of dim_customer at step 33

-- 8. drop table audit_log (2 columns) [high]
DROP TABLE "audit_log";

-- 9. create enum channel (web, phone) [safe]
-- SQLite has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 10. create domain quantity INTEGER NOT NULL DEFAULT 1 CHECK (VALUE > 0) [safe]
-- SQLite has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 11. add value 'medium' to enum priority after 'low' [safe]
-- SQLite has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 12. replace enum severity (minor, major, critical) with enum severity (minor, critical) (0 columns) [high]
-- SQLite has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 13. set the description of type amount [safe]
-- SQLite has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 14. create function next_run_id() [safe]
-- function next_run_id is written in postgresql's SQL: SQLite does not run it

-- 15. replace function score_of(integer) [safe]
-- function score_of is written in postgresql's SQL: SQLite does not run it

-- 16. rename table dim_store to dim_shop [medium]
-- done by the rebuild of dim_shop at step 32

-- 17. rename column dim_customer.city to town [medium]
-- done by the rebuild of dim_customer at step 33

-- 18. add column dim_customer.email VARCHAR(200) [safe]
-- done by the rebuild of dim_customer at step 33

-- 19. add column fact_sales.channel_key INTEGER [safe]
-- done by the rebuild of fact_sales at step 34

-- 20. change type of dim_customer.score from INTEGER to BIGINT [safe]
-- done by the rebuild of dim_customer at step 33

-- 21. make dim_customer.full_name nullable [safe]
-- done by the rebuild of dim_customer at step 33

-- 22. make fact_sales.promo_key nullable [safe]
-- done by the rebuild of fact_sales at step 34

-- 23. change default of dim_customer.segment from 'retail' to 'consumer' [safe]
-- done by the rebuild of dim_customer at step 33

-- 24. change primary key of fact_sales from (sale_id) to (sale_id, store_key) [medium]
-- done by the rebuild of fact_sales at step 34

-- 25. drop column dim_customer.legacy_flag BOOLEAN [high]
-- done by the rebuild of dim_customer at step 33

-- 26. set the description of table dim_customer [safe]
-- done by the rebuild of dim_customer at step 33

-- 27. set the description of column dim_customer.full_name [safe]
-- done by the rebuild of dim_customer at step 33

-- 28. create dimension dim_channel (2 columns) [safe]
CREATE TABLE "dim_channel" (
  "channel_key" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "channel_name" VARCHAR(30) NOT NULL,
  UNIQUE ("channel_name")
);

-- 29. create table etl_run (2 columns) [safe]
CREATE TABLE "etl_run" (
  "run_id" BIGINT NOT NULL,
  "started_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY ("run_id")
);

-- 30. add index ix_dim_customer_segment on dim_customer (segment) [safe]
-- done by the rebuild of dim_customer at step 33

-- 31. add unique constraint uq_dim_customer_email on dim_customer (email) [medium]
-- done by the rebuild of dim_customer at step 33

-- 32. add unique constraint uq_dim_shop_store_code on dim_shop (store_code) [medium]
-- SQLite cannot make every change to dim_shop in place: the table is rebuilt
ALTER TABLE "dim_store" RENAME TO "dim_shop";
CREATE TABLE "_dbx_new_dim_shop" (
  "store_key" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "store_code" VARCHAR(10) NOT NULL,
  CONSTRAINT "uq_dim_shop_store_code" UNIQUE ("store_code")
);
INSERT INTO "_dbx_new_dim_shop" ("store_key", "store_code")
  SELECT "store_key", "store_code" FROM "dim_shop";
DROP TABLE "dim_shop";
ALTER TABLE "_dbx_new_dim_shop" RENAME TO "dim_shop";

-- 33. add check ck_dim_customer_segment on dim_customer (segment IN ('consumer', 'business')) [medium]
-- SQLite cannot make every change to dim_customer in place: the table is rebuilt
CREATE TABLE "_dbx_new_dim_customer" (
  "customer_key" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "customer_id" VARCHAR(20) NOT NULL,
  "full_name" VARCHAR(100),
  "town" VARCHAR(60),
  "segment" VARCHAR(20) NOT NULL DEFAULT 'consumer',
  "score" BIGINT,
  "email" VARCHAR(200),
  CONSTRAINT "uq_dim_customer_email" UNIQUE ("email"),
  UNIQUE ("customer_id"),
  CONSTRAINT "ck_dim_customer_segment" CHECK (segment IN ('consumer', 'business'))
);
INSERT INTO "_dbx_new_dim_customer" ("customer_key", "customer_id", "full_name", "town", "segment", "score")
  SELECT "customer_key", "customer_id", "full_name", "city", "segment", "score" FROM "dim_customer";
DROP TABLE "dim_customer";
ALTER TABLE "_dbx_new_dim_customer" RENAME TO "dim_customer";
CREATE INDEX "ix_dim_customer_city" ON "dim_customer" ("town");
CREATE INDEX "ix_dim_customer_segment" ON "dim_customer" ("segment");

-- 34. add foreign key fk_fact_sales_channel_key on fact_sales (channel_key) -> dim_channel (channel_key) [medium]
-- SQLite cannot make every change to fact_sales in place: the table is rebuilt
CREATE TABLE "_dbx_new_fact_sales" (
  "customer_key" INTEGER NOT NULL,
  "store_key" INTEGER NOT NULL,
  "sale_id" BIGINT NOT NULL,
  "promo_key" INTEGER,
  "channel_key" INTEGER,
  "amount" DECIMAL(12,2) NOT NULL,
  PRIMARY KEY ("sale_id", "store_key"),
  FOREIGN KEY ("customer_key") REFERENCES "dim_customer" ("customer_key"),
  FOREIGN KEY ("store_key") REFERENCES "dim_shop" ("store_key"),
  FOREIGN KEY ("channel_key") REFERENCES "dim_channel" ("channel_key") ON DELETE SET NULL
);
INSERT INTO "_dbx_new_fact_sales" ("customer_key", "store_key", "sale_id", "promo_key", "amount")
  SELECT "customer_key", "store_key", "sale_id", "promo_key", "amount" FROM "fact_sales";
DROP TABLE "fact_sales";
ALTER TABLE "_dbx_new_fact_sales" RENAME TO "fact_sales";

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
DROP VIEW "v_constant";
CREATE VIEW "v_constant" AS
SELECT 2 AS one;

-- 39. drop function old_code_of() [medium]
-- function old_code_of is written in postgresql's SQL: SQLite does not run it

-- 40. drop domain old_code VARCHAR(10) [safe]
-- SQLite has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;
