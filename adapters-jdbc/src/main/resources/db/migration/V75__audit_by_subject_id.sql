-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- The audit trail of one subject named by its id alone (GET /api/v1/audit?subjectId=...) reads
-- along this index instead of every entry of the organisation (audit_entries_by_subject starts
-- with the subject's type).
create index audit_entries_by_subject_id on audit_entries (organisation_id, subject_id, entry_seq);
