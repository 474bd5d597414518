-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- The journal refuses UPDATE and DELETE (H2 triggers are Java classes: JdbcAppendOnlyTrigger).

create trigger if not exists journal_entries_append_only before update, delete on journal_entries
  for each row call 'org.koprogo.adapters.jdbc.JdbcAppendOnlyTrigger';

create trigger if not exists journal_lines_append_only before update, delete on journal_lines
  for each row call 'org.koprogo.adapters.jdbc.JdbcAppendOnlyTrigger';
