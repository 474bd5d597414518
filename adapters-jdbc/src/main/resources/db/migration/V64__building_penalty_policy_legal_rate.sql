-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- A building's late-penalty policy may run at the legal interest rate instead of a rate its
-- statutes set (RULES.md late-penalty, PenaltyRate.Legal): rate_source says which (STATUTES, the
-- only one before, or LEGAL_RATE). A legal-rate policy keeps no rate and no article, only the
-- jurisdiction whose yearly table applies (the table itself is the law's, held by the host).

alter table building_penalty_policies add column rate_source varchar(12) default 'STATUTES' not null;
alter table building_penalty_policies add column legal_jurisdiction varchar(10);
alter table building_penalty_policies alter column annual_rate_percent drop not null;
alter table building_penalty_policies alter column statutes_article drop not null;
alter table building_penalty_policies add constraint building_penalty_policies_rate_ck check (
  (rate_source = 'STATUTES' and annual_rate_percent is not null and statutes_article is not null
    and legal_jurisdiction is null)
  or (rate_source = 'LEGAL_RATE' and annual_rate_percent is null and statutes_article is null
    and legal_jurisdiction is not null));
