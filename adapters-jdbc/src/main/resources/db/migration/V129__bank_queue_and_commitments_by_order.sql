-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- A page of a building's bank statement queue (GET .../bank-statements/queue with limit and after)
-- is read in import order (line_seq) along bank_lines_by_outcome, one ordered branch per waiting
-- outcome (PROPOSED, UNMATCHED), and stops at its limit, instead of reading every line the building
-- ever imported; a page of a building's register of commitments (GET .../commitments) is read in
-- the order added (commitment_seq) along commitments_by_order.
create index bank_lines_by_outcome on bank_lines (organisation_id, building_id, outcome, line_seq);
create index commitments_by_order on commitments (organisation_id, building_id, commitment_seq);
