-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- The pages of a building's community lists that show part of a module (GET .../community/bazaar,
-- .../notices and .../loans/reminders with limit and after) read along these indexes only what
-- can be shown, then sort it in the module's order (sort_order) and stop at the limit: the bazaar's
-- offers recorded available and not yet expired (an expired offer stays recorded available), the
-- notices not yet expired, the loans due back on the reminded days. The skills search matches a
-- part of a name, which no index finds: it reads the directory along its key in batches.
create index community_bazaar_offers_open on community_bazaar_offers (organisation_id, building_id, status, expires_at);
create index community_notices_by_expiry on community_notices (organisation_id, building_id, expires_at);
create index community_loans_by_return on community_loans (organisation_id, building_id, last_day);
