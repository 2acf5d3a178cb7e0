
-- 1. create dimension dim_date (14 columns) [safe]
CREATE TABLE `dim_date` (
  `date_key` INT NOT NULL AUTO_INCREMENT,
  `full_date` DATE NOT NULL COMMENT 'The calendar day',
  `year` SMALLINT NOT NULL,
  `quarter` SMALLINT NOT NULL COMMENT 'Calendar quarter 1-4',
  `month` SMALLINT NOT NULL COMMENT 'Calendar month 1-12',
  `month_name` VARCHAR(12) NOT NULL,
  `day_of_month` SMALLINT NOT NULL,
  `day_of_week` SMALLINT NOT NULL COMMENT 'ISO day of week, Monday = 1',
  `day_name` VARCHAR(12) NOT NULL,
  `week_of_year` SMALLINT NOT NULL COMMENT 'ISO week number',
  `is_weekend` BOOLEAN NOT NULL DEFAULT FALSE,
  `is_month_end` BOOLEAN NOT NULL DEFAULT FALSE,
  `fiscal_year` SMALLINT NOT NULL COMMENT 'Fiscal year starting in July',
  `fiscal_quarter` SMALLINT NOT NULL,
  PRIMARY KEY (`date_key`),
  CONSTRAINT `uq_dim_date_full_date` UNIQUE (`full_date`),
  CONSTRAINT `ck_dim_date_quarter` CHECK (quarter BETWEEN 1 AND 4),
  CONSTRAINT `ck_dim_date_month` CHECK (month BETWEEN 1 AND 12)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='One row per calendar day; role-played as payment, due, origination and snapshot date';

-- 2. create dimension dim_company (10 columns) [safe]
CREATE TABLE `dim_company` (
  `company_key` INT NOT NULL AUTO_INCREMENT,
  `company_id` VARCHAR(50) NOT NULL COMMENT 'Business identifier from the CRM',
  `company_name` VARCHAR(200) NOT NULL,
  `industry` VARCHAR(60) NOT NULL,
  `region` VARCHAR(40) NOT NULL,
  `country_code` CHAR(2) NOT NULL COMMENT 'ISO 3166-1 alpha-2',
  `employee_count` INT COMMENT 'Head count at onboarding',
  `annual_revenue` DECIMAL(18,2) COMMENT 'Last reported revenue in USD',
  `is_public` BOOLEAN NOT NULL DEFAULT FALSE,
  `onboarded_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`company_key`),
  CONSTRAINT `uq_dim_company_company_id` UNIQUE (`company_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='One row per borrowing company';

-- 3. create dimension dim_loan_product (8 columns) [safe]
CREATE TABLE `dim_loan_product` (
  `product_key` INT NOT NULL AUTO_INCREMENT,
  `product_code` VARCHAR(20) NOT NULL,
  `product_name` VARCHAR(100) NOT NULL,
  `product_family` VARCHAR(40) NOT NULL COMMENT 'Term loan, revolving credit, leasing',
  `term_months` SMALLINT NOT NULL,
  `rate_type` VARCHAR(10) NOT NULL DEFAULT 'fixed',
  `is_secured` BOOLEAN NOT NULL DEFAULT TRUE,
  `base_rate` DECIMAL(7,4) NOT NULL COMMENT 'Annual base rate, 0.0525 = 5.25 %',
  PRIMARY KEY (`product_key`),
  CONSTRAINT `uq_dim_loan_product_product_code` UNIQUE (`product_code`),
  CONSTRAINT `ck_dim_loan_product_rate_type` CHECK (rate_type IN ('fixed', 'variable')),
  CONSTRAINT `ck_dim_loan_product_term` CHECK (term_months > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='One row per loan product offered';

-- 4. create dimension dim_branch (7 columns) [safe]
CREATE TABLE `dim_branch` (
  `branch_key` INT NOT NULL AUTO_INCREMENT,
  `branch_code` VARCHAR(10) NOT NULL,
  `branch_name` VARCHAR(100) NOT NULL,
  `city` VARCHAR(60) NOT NULL,
  `region` VARCHAR(40) NOT NULL,
  `country_code` CHAR(2) NOT NULL,
  `opened_on` DATE,
  PRIMARY KEY (`branch_key`),
  CONSTRAINT `uq_dim_branch_branch_code` UNIQUE (`branch_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='One row per lending branch';

-- 5. create dimension dim_risk_rating (6 columns) [safe]
CREATE TABLE `dim_risk_rating` (
  `rating_key` INT NOT NULL AUTO_INCREMENT,
  `rating_code` VARCHAR(4) NOT NULL COMMENT 'AAA down to D',
  `rating_band` VARCHAR(20) NOT NULL COMMENT 'Investment, speculative or default',
  `rating_rank` SMALLINT NOT NULL COMMENT '1 is the best grade',
  `pd_floor` DECIMAL(7,6) NOT NULL COMMENT 'Lowest one-year probability of default',
  `pd_ceiling` DECIMAL(7,6) NOT NULL,
  PRIMARY KEY (`rating_key`),
  CONSTRAINT `uq_dim_risk_rating_rating_code` UNIQUE (`rating_code`),
  CONSTRAINT `ck_dim_risk_rating_pd` CHECK (pd_floor <= pd_ceiling)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='One row per internal credit rating grade';

-- 6. create fact fact_loan_payments (14 columns) [safe]
-- partitioning (RANGE on payment_date) is kept in the spec only: mysql gets the table unpartitioned
CREATE TABLE `fact_loan_payments` (
  `payment_date_key` INT NOT NULL,
  `due_date_key` INT NOT NULL,
  `company_key` INT NOT NULL,
  `product_key` INT NOT NULL,
  `branch_key` INT NOT NULL,
  `loan_id` VARCHAR(50) NOT NULL,
  `payment_number` SMALLINT NOT NULL COMMENT 'Instalment number, 1-based',
  `payment_date` DATE NOT NULL COMMENT 'Partitioning column',
  `payment_channel` VARCHAR(20) NOT NULL DEFAULT 'transfer',
  `principal_paid` DECIMAL(18,2) NOT NULL DEFAULT 0,
  `interest_paid` DECIMAL(18,2) NOT NULL DEFAULT 0,
  `fees_paid` DECIMAL(18,2) NOT NULL DEFAULT 0,
  `outstanding_balance` DECIMAL(18,2) COMMENT 'Balance after the payment',
  `days_past_due` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`loan_id`, `payment_number`, `payment_date`),
  CONSTRAINT `ck_fact_loan_payments_amounts` CHECK (principal_paid >= 0 AND interest_paid >= 0),
  CONSTRAINT `fk_fact_loan_payments_payment_date_key` FOREIGN KEY (`payment_date_key`) REFERENCES `dim_date` (`date_key`),
  CONSTRAINT `fk_fact_loan_payments_due_date_key` FOREIGN KEY (`due_date_key`) REFERENCES `dim_date` (`date_key`),
  CONSTRAINT `fk_fact_loan_payments_company_key` FOREIGN KEY (`company_key`) REFERENCES `dim_company` (`company_key`),
  CONSTRAINT `fk_fact_loan_payments_product_key` FOREIGN KEY (`product_key`) REFERENCES `dim_loan_product` (`product_key`),
  CONSTRAINT `fk_fact_loan_payments_branch_key` FOREIGN KEY (`branch_key`) REFERENCES `dim_branch` (`branch_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='One row per scheduled loan instalment, paid or not';

-- 7. create fact fact_loan_originations (11 columns) [safe]
CREATE TABLE `fact_loan_originations` (
  `origination_date_key` INT NOT NULL,
  `company_key` INT NOT NULL,
  `product_key` INT NOT NULL,
  `branch_key` INT NOT NULL,
  `rating_key` INT NOT NULL,
  `loan_id` VARCHAR(50) NOT NULL,
  `maturity_date` DATE NOT NULL,
  `currency_code` CHAR(3) NOT NULL DEFAULT 'USD',
  `principal_amount` DECIMAL(18,2) NOT NULL,
  `interest_rate` DECIMAL(7,4) NOT NULL,
  `loan_count` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`loan_id`),
  CONSTRAINT `ck_fact_loan_originations_principal` CHECK (principal_amount > 0),
  CONSTRAINT `fk_fact_loan_originations_origination_date_key` FOREIGN KEY (`origination_date_key`) REFERENCES `dim_date` (`date_key`),
  CONSTRAINT `fk_fact_loan_originations_company_key` FOREIGN KEY (`company_key`) REFERENCES `dim_company` (`company_key`),
  CONSTRAINT `fk_fact_loan_originations_product_key` FOREIGN KEY (`product_key`) REFERENCES `dim_loan_product` (`product_key`),
  CONSTRAINT `fk_fact_loan_originations_branch_key` FOREIGN KEY (`branch_key`) REFERENCES `dim_branch` (`branch_key`),
  CONSTRAINT `fk_fact_loan_originations_rating_key` FOREIGN KEY (`rating_key`) REFERENCES `dim_risk_rating` (`rating_key`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='One row per loan granted';

-- 8. create fact fact_credit_risk_snapshots (9 columns) [safe]
CREATE TABLE `fact_credit_risk_snapshots` (
  `snapshot_date_key` INT NOT NULL,
  `company_key` INT NOT NULL,
  `rating_key` INT NOT NULL,
  `loan_id` VARCHAR(50) NOT NULL,
  `exposure_at_default` DECIMAL(18,2) NOT NULL,
  `probability_of_default` DECIMAL(7,6) NOT NULL,
  `loss_given_default` DECIMAL(5,4) NOT NULL,
  `expected_loss` DECIMAL(18,2) NOT NULL,
  `days_past_due` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`snapshot_date_key`, `loan_id`),
  CONSTRAINT `fk_fact_credit_risk_snapshots_snapshot_date_key` FOREIGN KEY (`snapshot_date_key`) REFERENCES `dim_date` (`date_key`),
  CONSTRAINT `fk_fact_credit_risk_snapshots_company_key` FOREIGN KEY (`company_key`) REFERENCES `dim_company` (`company_key`),
  CONSTRAINT `fk_fact_credit_risk_snapshots_rating_key` FOREIGN KEY (`rating_key`) REFERENCES `dim_risk_rating` (`rating_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='One row per open loan at each month end';

-- 9. add index ix_dim_date_year_month on dim_date (year, month) [safe]
CREATE INDEX `ix_dim_date_year_month` ON `dim_date` (`year`, `month`);

-- 10. add index ix_dim_company_region on dim_company (region) [safe]
CREATE INDEX `ix_dim_company_region` ON `dim_company` (`region`);

-- 11. add index ix_dim_company_industry on dim_company (industry) [safe]
CREATE INDEX `ix_dim_company_industry` ON `dim_company` (`industry`);

-- 12. add index ix_dim_branch_region on dim_branch (region) [safe]
CREATE INDEX `ix_dim_branch_region` ON `dim_branch` (`region`);

-- 13. add index ix_fact_loan_payments_company on fact_loan_payments (company_key) [safe]
CREATE INDEX `ix_fact_loan_payments_company` ON `fact_loan_payments` (`company_key`);

-- 14. add index ix_fact_loan_payments_payment_date on fact_loan_payments (payment_date_key) [safe]
CREATE INDEX `ix_fact_loan_payments_payment_date` ON `fact_loan_payments` (`payment_date_key`);

-- 15. add index ix_fact_loan_originations_company on fact_loan_originations (company_key) [safe]
CREATE INDEX `ix_fact_loan_originations_company` ON `fact_loan_originations` (`company_key`);

-- 16. add index ix_fact_credit_risk_snapshots_rating on fact_credit_risk_snapshots (rating_key) [safe]
CREATE INDEX `ix_fact_credit_risk_snapshots_rating` ON `fact_credit_risk_snapshots` (`rating_key`);

-- 17. create view v_payments_by_region [safe]
CREATE VIEW `v_payments_by_region` AS
SELECT c.region, d.year, d.quarter,
       SUM(p.principal_paid) AS principal_paid, SUM(p.interest_paid) AS interest_paid
FROM fact_loan_payments p
JOIN dim_company c ON c.company_key = p.company_key
JOIN dim_date d ON d.date_key = p.payment_date_key
GROUP BY c.region, d.year, d.quarter;

-- 18. create view v_expected_loss_by_rating [safe]
CREATE VIEW `v_expected_loss_by_rating` AS
SELECT d.full_date AS snapshot_date, r.rating_code,
       SUM(s.exposure_at_default) AS exposure, SUM(s.expected_loss) AS expected_loss
FROM fact_credit_risk_snapshots s
JOIN dim_risk_rating r ON r.rating_key = s.rating_key
JOIN dim_date d ON d.date_key = s.snapshot_date_key
GROUP BY d.full_date, r.rating_code;
