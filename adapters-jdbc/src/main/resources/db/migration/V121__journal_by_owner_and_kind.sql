-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- An owner's statement in a building that keeps books reads the owner's individual account only:
-- the lines naming the owner (then their entries), not the building's whole journal. A posting
-- needs the last closed day of the building's books, not every entry: the latest CLOSING entry.

create index journal_lines_by_owner on journal_lines (owner_id, entry_seq);

create index journal_entries_by_kind on journal_entries (organisation_id, building_id, kind, entry_date);
