-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- Bank lines and their settlements refuse UPDATE and DELETE (koprogo_append_only() is defined by R__append_only),
-- with one exception for bank_lines: the erasure of the counterparty (GDPR art. 17, JdbcBankLinePersonalData),
-- an UPDATE that empties counterparty_name and counterparty_account, sets counterparty_erased_at once and changes
-- nothing else.

create or replace function koprogo_bank_lines_erasure_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE'
      and old.counterparty_erased_at is null and new.counterparty_erased_at is not null
      and new.counterparty_name = '' and new.counterparty_account = ''
      and (new.line_seq, new.organisation_id, new.building_id, new.line_identity, new.line_number, new.booking_date,
           new.value_date, new.amount_minor, new.currency, new.payment_reference, new.communication, new.statement,
           new.outcome, new.owner_id, new.call_reference, new.entry_id, new.imported_by, new.imported_at, new.movement)
        is not distinct from
          (old.line_seq, old.organisation_id, old.building_id, old.line_identity, old.line_number, old.booking_date,
           old.value_date, old.amount_minor, old.currency, old.payment_reference, old.communication, old.statement,
           old.outcome, old.owner_id, old.call_reference, old.entry_id, old.imported_by, old.imported_at, old.movement)
  then
    return new;
  end if;
  raise exception 'table % is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end
$$;

drop trigger if exists bank_lines_append_only on bank_lines;
create trigger bank_lines_append_only before update or delete on bank_lines
  for each row execute function koprogo_bank_lines_erasure_only();

drop trigger if exists bank_line_settlements_append_only on bank_line_settlements;
create trigger bank_line_settlements_append_only before update or delete on bank_line_settlements
  for each row execute function koprogo_append_only();
