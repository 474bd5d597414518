-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- The in-app inboxes (port Inboxes): one row per notice the outbox delivered to a person by id,
-- keyed by organisation and outbox message id, so that a message delivered twice is kept once.
-- A person's inbox is read newest first a page at a time along inbox_messages_recipient_ix
-- (organisation, recipient, delivered time, id): the page after a message starts strictly after
-- its (delivered_at, message_id).

create table inbox_messages (
  organisation_id varchar(100)             not null,
  message_id      varchar(36)              not null,
  recipient       varchar(200)             not null,
  channel         varchar(40)              not null,
  kind            varchar(100)             not null,
  payload         text                     not null,
  delivered_at    timestamp with time zone not null,
  constraint inbox_messages_pk primary key (organisation_id, message_id)
);

create index inbox_messages_recipient_ix
  on inbox_messages (organisation_id, recipient, delivered_at, message_id);
