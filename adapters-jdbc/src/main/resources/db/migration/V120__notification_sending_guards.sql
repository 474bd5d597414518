-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- The other guards of a sending number, shared by every instance on the database (as the pauses
-- of V109), so that two instances sending from one number respect them together
-- (JdbcSendingPauses):
--
-- * notification_sending_slots: the number's next free sending slot (its spacing, so many
--   requests per second for the number whichever instance sends). One row per channel and
--   number, moved forward by compare-and-set.
-- * notification_recipient_guards: per recipient of a number, the request in flight (its holder,
--   an instance's pace, and when its turn ends at the latest) and the hold after a pair rate limit
--   (WhatsApp's 131056). The recipient is a SHA-256 key of the number, never the number; a row
--   is deleted when its request ends and no hold remains.
--
-- No personal data. Portable: PostgreSQL 15 and H2 2.x.
create table notification_sending_slots (
  channel   varchar(20)  not null,
  sender    varchar(200) not null,
  next_slot timestamp with time zone not null,
  constraint notification_sending_slots_pk primary key (channel, sender)
);

create table notification_recipient_guards (
  channel         varchar(20)  not null,
  sender          varchar(200) not null,
  recipient       varchar(64)  not null,
  holder          varchar(200),
  in_flight_until timestamp with time zone,
  held_until      timestamp with time zone,
  constraint notification_recipient_guards_pk primary key (channel, sender, recipient)
);
