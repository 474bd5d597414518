-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- Bank lines and their settlements refuse UPDATE and DELETE (H2 triggers are Java classes:
-- JdbcAppendOnlyTrigger), except the erasure of a bank line's counterparty (GDPR art. 17):
-- JdbcBankLineErasureTrigger lets an UPDATE empty the name and account and set counterparty_erased_at once.

drop trigger if exists bank_lines_append_only;
create trigger bank_lines_append_only before update, delete on bank_lines
  for each row call 'org.koprogo.adapters.jdbc.JdbcBankLineErasureTrigger';

create trigger if not exists bank_line_settlements_append_only before update, delete on bank_line_settlements
  for each row call 'org.koprogo.adapters.jdbc.JdbcAppendOnlyTrigger';
