-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- A page of a building's time bank exchanges (GET .../community/exchanges?limit=&after=) is read
-- in creation order (sort_order) along this index and stops at its limit, instead of reading every
-- exchange of the building.
create index community_exchanges_by_order on community_exchanges (organisation_id, building_id, sort_order);
