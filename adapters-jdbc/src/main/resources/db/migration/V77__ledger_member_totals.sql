-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- The running summary of the contribution ledger: per organisation, member and currency, the
-- sums of the entries by kind and their count. JdbcLedger.record adds each new entry to it in the
-- entry's own transaction (JdbcLedgerTotals), so a member's balance and a group's confirmed
-- funding are read in one indexed row per member instead of replaying every entry. It is derived
-- data, not a record: the entries stay append-only, and the tests check the summary against a
-- full replay. Filled here from the entries already recorded.
create table ledger_member_totals (
  organisation_id varchar(100) not null,
  member_id       varchar(100) not null,
  currency        varchar(3)   not null,
  dues_minor      bigint       not null,
  penalties_minor bigint       not null,
  declared_minor  bigint       not null,
  confirmed_minor bigint       not null,
  rejected_minor  bigint       not null,
  reversed_minor  bigint       not null,
  entries         bigint       not null,
  constraint ledger_member_totals_pk primary key (organisation_id, member_id, currency)
);

insert into ledger_member_totals (organisation_id, member_id, currency, dues_minor, penalties_minor,
    declared_minor, confirmed_minor, rejected_minor, reversed_minor, entries)
  select organisation_id, member_id, currency,
    sum(case when kind = 'DUE' then amount_minor else 0 end),
    sum(case when kind = 'PENALTY' then amount_minor else 0 end),
    sum(case when kind = 'PAYMENT_DECLARED' then amount_minor else 0 end),
    sum(case when kind = 'PAYMENT_CONFIRMED' then amount_minor else 0 end),
    sum(case when kind = 'PAYMENT_REJECTED' then amount_minor else 0 end),
    sum(case when kind = 'PAYMENT_REVERSED' then amount_minor else 0 end),
    count(*)
  from ledger_entries
  group by organisation_id, member_id, currency;
