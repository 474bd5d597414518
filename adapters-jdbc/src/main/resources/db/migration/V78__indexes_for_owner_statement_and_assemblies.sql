-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- Reads that follow what they return, not what is stored:
-- - an owner's statement reads the charges on the owner's lots (expense_allocations_by_lot, then
--   the expense by its key and building) instead of every expense of the building;
-- - a building's expenses and assemblies are read in their order (date, id) along an index, a
--   page of assemblies stopping at its limit (and the foreign keys' checks on expenses have an
--   index by building);
-- - the aggregate store keeps the lookup key of a keyed aggregate (an owner payment's owner) beside
--   the record, so that an owner's payments are read by key instead of every payment of the
--   organisation. Records written before this version have no key: they are read with every
--   lookup and filtered by the adapter until they are written again.
create index expenses_by_building on expenses (organisation_id, building_id, booked_on, expense_id);
create index expense_allocations_by_lot on expense_allocations (organisation_id, lot_id, expense_id);
create index assemblies_by_building on assemblies (organisation_id, building_id, held_on, assembly_id);
alter table aggregate_records add column lookup_key varchar(200);
create index aggregate_records_by_key on aggregate_records (organisation_id, record_type, lookup_key);
