-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- A bank line's movement: its identity whatever the file format it came in (BankStatement.movements():
-- account, booking date, amount, structured reference, rank), so that the same movement imported once
-- as CODA and once as camt.053 is recorded once. Null for the lines imported before it was kept.
-- counterparty_erased_at: when the counterparty's name and account were erased (GDPR art. 17); the
-- append-only triggers (db/vendor R__bank_lines_append_only) let an UPDATE change only these three columns.

alter table bank_lines add column movement varchar(500);
alter table bank_lines add column counterparty_erased_at timestamp with time zone;
alter table bank_lines add constraint bank_lines_movement_uq unique (organisation_id, building_id, movement);
create index bank_lines_owner_idx on bank_lines (organisation_id, owner_id);
