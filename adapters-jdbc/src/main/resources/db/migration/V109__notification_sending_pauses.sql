-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- The pause of each sending number after a channel's throughput limit (WhatsApp's 130429),
-- shared by every instance on the database and read before each send (JdbcSendingPauses), so
-- that the pause holds across processes. One row per channel and number; paused_until only
-- grows. No personal data (the business number's id). Portable: PostgreSQL 15 and H2 2.x.
create table notification_sending_pauses (
  channel      varchar(20)  not null,
  sender       varchar(200) not null,
  paused_until timestamp with time zone not null,
  constraint notification_sending_pauses_pk primary key (channel, sender)
);
