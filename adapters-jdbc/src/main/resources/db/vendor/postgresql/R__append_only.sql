-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- PostgreSQL only: the ledger and the audit trail refuse UPDATE and DELETE at the database
-- level, whatever the code path. (TRUNCATE, an operator's act, is not a row change.)

create or replace function koprogo_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'table % is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end
$$;

drop trigger if exists ledger_entries_append_only on ledger_entries;
create trigger ledger_entries_append_only before update or delete on ledger_entries
  for each row execute function koprogo_append_only();

drop trigger if exists audit_entries_append_only on audit_entries;
create trigger audit_entries_append_only before update or delete on audit_entries
  for each row execute function koprogo_append_only();

drop trigger if exists audit_details_append_only on audit_details;
create trigger audit_details_append_only before update or delete on audit_details
  for each row execute function koprogo_append_only();
