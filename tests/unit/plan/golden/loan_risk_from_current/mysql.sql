
-- 1. drop view v_payments_by_region (recreated after the change) [safe]
DROP VIEW `v_payments_by_region`;

-- 2. add column dim_company.employee_count INTEGER [safe]
ALTER TABLE `dim_company` ADD COLUMN `employee_count` INT COMMENT 'Head count at onboarding';

-- 3. add column fact_loan_payments.fees_paid DECIMAL(18,2) NOT NULL DEFAULT 0 [safe]
ALTER TABLE `fact_loan_payments` ADD COLUMN `fees_paid` DECIMAL(18,2) NOT NULL DEFAULT 0;

-- 4. add column fact_loan_originations.rating_key INTEGER NOT NULL [high]
ALTER TABLE `fact_loan_originations` ADD COLUMN `rating_key` INT NOT NULL;

-- 5. change type of dim_company.company_name from VARCHAR(150) to VARCHAR(200) [safe]
ALTER TABLE `dim_company` MODIFY COLUMN `company_name` VARCHAR(200) NOT NULL;

-- 6. set the description of table dim_date [safe]
ALTER TABLE `dim_date` COMMENT = 'One row per calendar day; role-played as payment, due, origination and snapshot date';

-- 7. create dimension dim_risk_rating (6 columns) [safe]
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

-- 9. add index ix_dim_company_industry on dim_company (industry) [safe]
CREATE INDEX `ix_dim_company_industry` ON `dim_company` (`industry`);

-- 10. add index ix_fact_credit_risk_snapshots_rating on fact_credit_risk_snapshots (rating_key) [safe]
CREATE INDEX `ix_fact_credit_risk_snapshots_rating` ON `fact_credit_risk_snapshots` (`rating_key`);

-- 11. add foreign key fk_fact_loan_originations_rating_key on fact_loan_originations (rating_key) -> dim_risk_rating (rating_key) [medium]
ALTER TABLE `fact_loan_originations` ADD CONSTRAINT `fk_fact_loan_originations_rating_key` FOREIGN KEY (`rating_key`) REFERENCES `dim_risk_rating` (`rating_key`) ON DELETE RESTRICT;

-- 12. recreate view v_payments_by_region [safe]
CREATE VIEW `v_payments_by_region` AS
SELECT c.region, d.year, d.quarter,
       SUM(p.principal_paid) AS principal_paid, SUM(p.interest_paid) AS interest_paid
FROM fact_loan_payments p
JOIN dim_company c ON c.company_key = p.company_key
JOIN dim_date d ON d.date_key = p.payment_date_key
GROUP BY c.region, d.year, d.quarter;

-- 13. create view v_expected_loss_by_rating [safe]
CREATE VIEW `v_expected_loss_by_rating` AS
SELECT d.full_date AS snapshot_date, r.rating_code,
       SUM(s.exposure_at_default) AS exposure, SUM(s.expected_loss) AS expected_loss
FROM fact_credit_risk_snapshots s
JOIN dim_risk_rating r ON r.rating_key = s.rating_key
JOIN dim_date d ON d.date_key = s.snapshot_date_key
GROUP BY d.full_date, r.rating_code;
