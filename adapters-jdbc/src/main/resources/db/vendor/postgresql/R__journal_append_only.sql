-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- The journal refuses UPDATE and DELETE (koprogo_append_only() is defined by R__append_only).

drop trigger if exists journal_entries_append_only on journal_entries;
create trigger journal_entries_append_only before update or delete on journal_entries
  for each row execute function koprogo_append_only();

drop trigger if exists journal_lines_append_only on journal_lines;
create trigger journal_lines_append_only before update or delete on journal_lines
  for each row execute function koprogo_append_only();
