-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- A page of a building's objects for lending and of its loans (GET .../community/objects and
-- .../community/loans with limit and after) is read in listing and booking order (sort_order)
-- along these indexes and stops at its limit, instead of reading every object or loan.
create index community_objects_by_order on community_objects (organisation_id, building_id, sort_order);
create index community_loans_by_order on community_loans (organisation_id, building_id, sort_order);
