-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- At the legal rate, moratory interest runs from a formal notice unless the statutes make it run
-- automatically (LatePenaltyPolicy.interestRunsUnderStatutes): the article of the statutes that
-- does so, null when interest runs from the formal notice (accrual_start FORMAL_NOTICE).

-- FORMAL_NOTICE (13 characters) did not fit the accrual start's column.

alter table building_penalty_policies add column interest_runs_under_statutes varchar(200);
alter table building_penalty_policies alter column accrual_start set data type varchar(20);
