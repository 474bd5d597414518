-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- H2 only: the indexes the outbox's lease recovery and expiry read. PostgreSQL has partial
-- indexes on the messages still to deliver instead (db/vendor/postgresql/V76).
create index outbox_messages_leased on outbox_messages (status, lease_until);
create index outbox_messages_expiring on outbox_messages (status, expires_at);
