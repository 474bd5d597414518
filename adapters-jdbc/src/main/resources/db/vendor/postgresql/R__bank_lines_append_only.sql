-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- Bank lines and their settlements refuse UPDATE and DELETE (koprogo_append_only() is defined by R__append_only).

drop trigger if exists bank_lines_append_only on bank_lines;
create trigger bank_lines_append_only before update or delete on bank_lines
  for each row execute function koprogo_append_only();

drop trigger if exists bank_line_settlements_append_only on bank_line_settlements;
create trigger bank_line_settlements_append_only before update or delete on bank_line_settlements
  for each row execute function koprogo_append_only();
