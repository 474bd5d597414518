-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- Pages read along an index that stop at their limit, instead of reading the whole list:
-- - a building's lots by id (GET .../buildings/{building}/lots with limit and after);
-- - an owner's lots by id (GET .../owners/{owner}/lots): the owner's ownerships from the cursor;
-- - the aggregates carrying an index term by id (a cooperative group's allocations,
--   GET .../groups/{group}/allocations);
-- - an organisation's dead letters oldest first (GET .../outbox/dead-letters with after).
-- Each new index starts with the columns of the one it replaces, which is dropped.
create index lots_by_building_and_id on lots (organisation_id, building_id, lot_id);
drop index lots_by_building;
create index lot_ownerships_by_owner_and_lot on lot_ownerships (organisation_id, owner_id, lot_id);
drop index lot_ownerships_by_owner;
create index aggregate_record_terms_by_term_and_id on aggregate_record_terms (organisation_id, record_type, term, record_id);
drop index aggregate_record_terms_by_term;
create index outbox_messages_by_status on outbox_messages (organisation_id, status, created_at, message_id);
