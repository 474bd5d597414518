-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- H2 only: the ledger and the audit trail refuse UPDATE and DELETE at the database level
-- (H2 triggers are Java classes: JdbcAppendOnlyTrigger).

create trigger if not exists ledger_entries_append_only before update, delete on ledger_entries
  for each row call 'org.koprogo.adapters.jdbc.JdbcAppendOnlyTrigger';

create trigger if not exists audit_entries_append_only before update, delete on audit_entries
  for each row call 'org.koprogo.adapters.jdbc.JdbcAppendOnlyTrigger';

create trigger if not exists audit_details_append_only before update, delete on audit_details
  for each row call 'org.koprogo.adapters.jdbc.JdbcAppendOnlyTrigger';
