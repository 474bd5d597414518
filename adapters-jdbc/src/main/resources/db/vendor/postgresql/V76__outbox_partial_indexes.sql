-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- PostgreSQL only (H2 has no partial index: db/vendor/h2/V76): the outbox's claim, lease
-- recovery and expiry read small partial indexes that hold only the messages still to deliver,
-- so their cost follows the due batch, not the table (every message ever sent stays in it).
-- A claim reads outbox_messages_pending in its order (available_at, created_at, message_id)
-- and stops after its limit: no sort of the backlog.
create index outbox_messages_pending on outbox_messages (available_at, created_at, message_id)
  where status = 'PENDING';
create index outbox_messages_leased on outbox_messages (lease_until)
  where status = 'CLAIMED';
create index outbox_messages_expiring on outbox_messages (expires_at)
  where status in ('PENDING', 'CLAIMED') and expires_at is not null;
create index outbox_messages_dead on outbox_messages (organisation_id, created_at, message_id)
  where status = 'DEAD';
-- superseded by the partial indexes above; it grew with every message sent
drop index outbox_messages_due;
