-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- Reads that follow what they need, not what the organisation holds:
-- - the aggregate store keeps the index terms of an aggregate whose type has some (a cooperative
--   group: its members' ids; an allocation: its group's id) in aggregate_record_terms, so that a
--   ledger write reads the groups of its member only, and an allocation round the allocations of
--   its group only. Records written before this version have terms_written = false: they are read
--   with every lookup of their type and filtered by the adapter until they are written again.
-- - the ledger is read by member and value date, so that a member's standing at a cut-off is the
--   running summary (V77) less the entries valued after the cut-off, whatever the history before it.
create table aggregate_record_terms (
  organisation_id varchar(100) not null,
  record_type     varchar(300) not null,
  record_id       varchar(200) not null,
  term            varchar(200) not null,
  constraint aggregate_record_terms_pk primary key (organisation_id, record_type, record_id, term)
);
create index aggregate_record_terms_by_term on aggregate_record_terms (organisation_id, record_type, term);
alter table aggregate_records add column terms_written boolean default false not null;
create index aggregate_records_unindexed on aggregate_records (organisation_id, record_type, terms_written);
create index ledger_entries_by_value_date on ledger_entries (organisation_id, member_id, value_date);
