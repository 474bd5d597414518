-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- Each building's own late-payment penalty policy (port PenaltyPolicies, RULES.md late-penalty):
-- the statutory annual rate and the article setting it, the day count, the grace days and when
-- interest starts, the flat fee and the minimum (minor units of the building's currency) and the
-- optional cap in percent of the principal. A building without a row falls under the host's
-- configured default.

create table building_penalty_policies (
  organisation_id     varchar(100) not null,
  building_id         varchar(100) not null,
  annual_rate_percent numeric      not null,
  statutes_article    varchar(300) not null,
  day_count           varchar(10)  not null,
  grace_days          integer      not null,
  accrual_start       varchar(10)  not null,
  flat_fee_minor      bigint       not null,
  minimum_minor       bigint       not null,
  currency            varchar(3)   not null,
  cap_percent         numeric,
  version             bigint       not null,
  constraint building_penalty_policies_pk primary key (organisation_id, building_id),
  constraint building_penalty_policies_building_fk foreign key (organisation_id, building_id)
    references buildings (organisation_id, building_id),
  constraint building_penalty_policies_ck check (annual_rate_percent >= 0 and grace_days >= 0
    and flat_fee_minor >= 0 and minimum_minor >= 0 and (cap_percent is null or cap_percent >= 0))
);
