
-- 1. drop view v_gone [medium]
DROP VIEW `v_gone`;

-- 2. drop view v_store_codes (recreated after the change) [safe]
DROP VIEW `v_store_codes`;

-- 3. drop view v_sales_by_city (recreated after the change) [safe]
DROP VIEW `v_sales_by_city`;

-- 4. drop foreign key fk_fact_sales_promo_key on fact_sales [medium]
ALTER TABLE `fact_sales` DROP FOREIGN KEY `fk_fact_sales_promo_key`;
DROP INDEX `fk_fact_sales_promo_key` ON `fact_sales`;

-- 5. drop index ix_dim_store_code on dim_store [safe]
DROP INDEX `ix_dim_store_code` ON `dim_store`;

-- 6. drop unique constraint uq_dim_customer_full_name on dim_customer [medium]
ALTER TABLE `dim_customer` DROP INDEX `uq_dim_customer_full_name`;

-- 7. drop check ck_dim_customer_score on dim_customer [safe]
ALTER TABLE `dim_customer` DROP CONSTRAINT `ck_dim_customer_score`;

-- 8. drop table audit_log (2 columns) [high]
DROP TABLE `audit_log`;

-- 9. create enum channel (web, phone) [safe]
-- MySQL/MariaDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 10. create domain quantity INTEGER NOT NULL DEFAULT 1 CHECK (VALUE > 0) [safe]
-- MySQL/MariaDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 11. add value 'medium' to enum priority after 'low' [safe]
-- MySQL/MariaDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 12. replace enum severity (minor, major, critical) with enum severity (minor, critical) (0 columns) [high]
-- MySQL/MariaDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 13. set the description of type amount [safe]
-- MySQL/MariaDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing

-- 14. create function next_run_id() [safe]
-- function next_run_id is written in postgresql's SQL: MySQL/MariaDB does not run it

-- 15. replace function score_of(integer) [safe]
-- function score_of is written in postgresql's SQL: MySQL/MariaDB does not run it

-- 16. rename table dim_store to dim_shop [medium]
RENAME TABLE `dim_store` TO `dim_shop`;

-- 17. rename column dim_customer.city to town [medium]
ALTER TABLE `dim_customer` RENAME COLUMN `city` TO `town`;

-- 18. add column dim_customer.email VARCHAR(200) [safe]
ALTER TABLE `dim_customer` ADD COLUMN `email` VARCHAR(200);

-- 19. add column fact_sales.channel_key INTEGER [safe]
ALTER TABLE `fact_sales` ADD COLUMN `channel_key` INT;

-- 20. change type of dim_customer.score from INTEGER to BIGINT [safe]
ALTER TABLE `dim_customer` MODIFY COLUMN `score` BIGINT;

-- 21. make dim_customer.full_name nullable [safe]
ALTER TABLE `dim_customer` MODIFY COLUMN `full_name` VARCHAR(100) COMMENT 'As the customer writes it';

-- 22. make fact_sales.promo_key nullable [safe]
ALTER TABLE `fact_sales` MODIFY COLUMN `promo_key` INT;

-- 23. change default of dim_customer.segment from 'retail' to 'consumer' [safe]
ALTER TABLE `dim_customer` MODIFY COLUMN `segment` VARCHAR(20) NOT NULL DEFAULT 'consumer';

-- 24. change primary key of fact_sales from (sale_id) to (sale_id, store_key) [medium]
ALTER TABLE `fact_sales` DROP PRIMARY KEY, ADD PRIMARY KEY (`sale_id`, `store_key`);

-- 25. drop column dim_customer.legacy_flag BOOLEAN [high]
ALTER TABLE `dim_customer` DROP COLUMN `legacy_flag`;

-- 26. set the description of table dim_customer [safe]
ALTER TABLE `dim_customer` COMMENT = 'One row per customer';

-- 27. set the description of column dim_customer.full_name [safe]
ALTER TABLE `dim_customer` MODIFY COLUMN `full_name` VARCHAR(100) COMMENT 'As the customer writes it';

-- 28. create dimension dim_channel (2 columns) [safe]
CREATE TABLE `dim_channel` (
  `channel_key` INT NOT NULL AUTO_INCREMENT,
  `channel_name` VARCHAR(30) NOT NULL,
  PRIMARY KEY (`channel_key`),
  CONSTRAINT `uq_dim_channel_channel_name` UNIQUE (`channel_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 29. create table etl_run (2 columns) [safe]
CREATE TABLE `etl_run` (
  `run_id` BIGINT NOT NULL,
  `started_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`run_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 30. add index ix_dim_customer_segment on dim_customer (segment) [safe]
CREATE INDEX `ix_dim_customer_segment` ON `dim_customer` (`segment`);

-- 31. add unique constraint uq_dim_customer_email on dim_customer (email) [medium]
ALTER TABLE `dim_customer` ADD CONSTRAINT `uq_dim_customer_email` UNIQUE (`email`);

-- 32. add unique constraint uq_dim_shop_store_code on dim_shop (store_code) [medium]
ALTER TABLE `dim_shop` ADD CONSTRAINT `uq_dim_shop_store_code` UNIQUE (`store_code`);

-- 33. add check ck_dim_customer_segment on dim_customer (segment IN ('consumer', 'business')) [medium]
ALTER TABLE `dim_customer` ADD CONSTRAINT `ck_dim_customer_segment` CHECK (segment IN ('consumer', 'business'));

-- 34. add foreign key fk_fact_sales_channel_key on fact_sales (channel_key) -> dim_channel (channel_key) [medium]
ALTER TABLE `fact_sales` ADD CONSTRAINT `fk_fact_sales_channel_key` FOREIGN KEY (`channel_key`) REFERENCES `dim_channel` (`channel_key`) ON DELETE SET NULL;

-- 35. create view v_sales_by_town [safe]
CREATE VIEW `v_sales_by_town` AS
SELECT c.town, SUM(s.amount) AS amount FROM fact_sales s JOIN dim_customer c ON c.customer_key = s.customer_key GROUP BY c.town;

-- 36. create view v_sales_by_city [safe]
CREATE VIEW `v_sales_by_city` AS
SELECT c.town AS city, SUM(s.amount) AS amount FROM fact_sales s JOIN dim_customer c ON c.customer_key = s.customer_key GROUP BY c.town;

-- 37. create view v_store_codes [safe]
CREATE VIEW `v_store_codes` AS
SELECT store_code FROM dim_shop;

-- 38. replace view v_constant [safe]
CREATE OR REPLACE VIEW `v_constant` AS
SELECT 2 AS one;

-- 39. drop function old_code_of() [medium]
-- function old_code_of is written in postgresql's SQL: MySQL/MariaDB does not run it

-- 40. drop domain old_code VARCHAR(10) [safe]
-- MySQL/MariaDB has no declared types: a plan for it writes each type out into the columns that use it, so this operation runs nothing
