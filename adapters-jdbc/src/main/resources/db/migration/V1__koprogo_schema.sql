-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- The schema of the JDBC adapter. Runs unchanged on PostgreSQL 15 and on H2 2.x in
-- PostgreSQL mode: no ON CONFLICT (col), no RETURNING, no jsonb, no vendor functions.
-- Every table carries organisation_id (the tenant) and every key starts with it.
-- Money is bigint minor units plus an ISO 4217 code; shares are numeric; instants are
-- timestamp with time zone (UTC); every aggregate has a version for optimistic locking.

create table organisations (
  organisation_id varchar(100) not null,
  name            varchar(300) not null,
  kind            varchar(40)  not null,
  version         bigint       not null,
  constraint organisations_pk primary key (organisation_id)
);

create table buildings (
  organisation_id varchar(100)  not null,
  building_id     varchar(100)  not null,
  name            varchar(300)  not null,
  address         varchar(500)  not null,
  total_shares    numeric not null,
  currency        varchar(3)    not null,
  version         bigint        not null,
  constraint buildings_pk primary key (organisation_id, building_id)
);

create table owners (
  organisation_id varchar(100) not null,
  owner_id        varchar(100) not null,
  name            varchar(300) not null,
  email           varchar(320) not null,
  phone           varchar(32)  not null,
  postal_address  varchar(500) not null,
  erased_at       timestamp with time zone,
  version         bigint       not null,
  constraint owners_pk primary key (organisation_id, owner_id)
);

create table lots (
  organisation_id varchar(100)  not null,
  lot_id          varchar(100)  not null,
  building_id     varchar(100)  not null,
  label           varchar(300)  not null,
  shares          numeric not null,
  version         bigint        not null,
  constraint lots_pk primary key (organisation_id, lot_id)
);
create index lots_by_building on lots (organisation_id, building_id);

create table lot_ownerships (
  organisation_id      varchar(100) not null,
  lot_id               varchar(100) not null,
  sort_order           integer      not null,
  owner_id             varchar(100) not null,
  fraction_numerator   numeric not null,
  fraction_denominator numeric not null,
  constraint lot_ownerships_pk primary key (organisation_id, lot_id, sort_order),
  constraint lot_ownerships_lot_fk foreign key (organisation_id, lot_id)
    references lots (organisation_id, lot_id) on delete cascade
);
create index lot_ownerships_by_owner on lot_ownerships (organisation_id, owner_id);

create table members (
  organisation_id varchar(100) not null,
  member_id       varchar(100) not null,
  name            varchar(300) not null,
  email           varchar(320) not null,
  phone           varchar(32)  not null,
  postal_address  varchar(500) not null,
  member_rank     integer      not null,
  status          varchar(20)  not null,
  joined_on       date         not null,
  erased_at       timestamp with time zone,
  version         bigint       not null,
  constraint members_pk primary key (organisation_id, member_id)
);

create table assemblies (
  organisation_id varchar(100) not null,
  assembly_id     varchar(100) not null,
  building_id     varchar(100),
  held_on         date         not null,
  session_kind    varchar(20)  not null,
  rule_set        varchar(40)  not null,
  state           varchar(40)  not null,
  version         bigint       not null,
  constraint assemblies_pk primary key (organisation_id, assembly_id)
);

create table assembly_resolutions (
  organisation_id varchar(100) not null,
  assembly_id     varchar(100) not null,
  sort_order      integer      not null,
  resolution_id   varchar(100) not null,
  title           varchar(1000) not null,
  majority        varchar(40)  not null,
  outcome         varchar(20),
  constraint assembly_resolutions_pk primary key (organisation_id, assembly_id, sort_order),
  constraint assembly_resolutions_fk foreign key (organisation_id, assembly_id)
    references assemblies (organisation_id, assembly_id) on delete cascade
);

create table expenses (
  organisation_id  varchar(100) not null,
  expense_id       varchar(100) not null,
  building_id      varchar(100) not null,
  label            varchar(500) not null,
  amount_minor     bigint       not null,
  currency         varchar(3)   not null,
  booked_on        date         not null,
  distribution_key varchar(500) not null,
  version          bigint       not null,
  constraint expenses_pk primary key (organisation_id, expense_id)
);

create table expense_allocations (
  organisation_id varchar(100) not null,
  expense_id      varchar(100) not null,
  sort_order      integer      not null,
  lot_id          varchar(100) not null,
  amount_minor    bigint       not null,
  constraint expense_allocations_pk primary key (organisation_id, expense_id, sort_order),
  constraint expense_allocations_fk foreign key (organisation_id, expense_id)
    references expenses (organisation_id, expense_id) on delete cascade
);

-- The contribution ledger: append-only. The unique keys make it idempotent at the
-- database level: one entry per idempotency key; a declaration is decided (confirmed or
-- rejected) once and reversed at most once (resolution_slot DECIDED / REVERSED).
create table ledger_entries (
  entry_seq       bigint generated by default as identity,
  organisation_id varchar(100) not null,
  entry_id        varchar(100) not null,
  member_id       varchar(100) not null,
  kind            varchar(30)  not null,
  amount_minor    bigint       not null,
  currency        varchar(3)   not null,
  value_date      date         not null,
  resolves        varchar(100),
  idempotency_key varchar(200) not null,
  resolution_slot varchar(10),
  reason          varchar(1000) not null,
  recorded_by     varchar(200) not null,
  recorded_at     timestamp with time zone not null,
  constraint ledger_entries_pk primary key (entry_seq),
  constraint ledger_entries_id_uq unique (organisation_id, entry_id),
  constraint ledger_entries_key_uq unique (organisation_id, idempotency_key),
  constraint ledger_entries_resolves_uq unique (organisation_id, resolves, resolution_slot),
  constraint ledger_entries_amount_ck check (amount_minor >= 0)
);
create index ledger_entries_by_member on ledger_entries (organisation_id, member_id, entry_seq);

-- The audit trail: append-only (the adapter has no UPDATE or DELETE statement for it).
create table audit_entries (
  entry_seq       bigint generated by default as identity,
  organisation_id varchar(100) not null,
  occurred_at     timestamp with time zone not null,
  actor           varchar(200) not null,
  action          varchar(200) not null,
  subject_type    varchar(100) not null,
  subject_id      varchar(200) not null,
  constraint audit_entries_pk primary key (entry_seq)
);
create index audit_entries_by_subject on audit_entries (organisation_id, subject_type, subject_id, entry_seq);
create index audit_entries_by_organisation on audit_entries (organisation_id, entry_seq);

create table audit_details (
  entry_seq       bigint       not null,
  organisation_id varchar(100) not null,
  detail_key      varchar(200) not null,
  detail_value    varchar(2000) not null,
  constraint audit_details_pk primary key (entry_seq, detail_key),
  constraint audit_details_fk foreign key (entry_seq) references audit_entries (entry_seq)
);

-- The transactional outbox.
create table outbox_messages (
  message_id      varchar(36)  not null,
  organisation_id varchar(100) not null,
  kind            varchar(100) not null,
  entity          varchar(200) not null,
  logical_event   varchar(200) not null,
  channel         varchar(40)  not null,
  recipient       varchar(320) not null,
  payload         varchar(100000) not null,
  status          varchar(10)  not null,
  attempts        integer      not null,
  created_at      timestamp with time zone not null,
  available_at    timestamp with time zone not null,
  expires_at      timestamp with time zone,
  lease_owner     varchar(200),
  lease_until     timestamp with time zone,
  external_id     varchar(200),
  last_error      varchar(2000),
  delivery_status varchar(20),
  delivery_at     timestamp with time zone,
  constraint outbox_messages_pk primary key (message_id),
  constraint outbox_messages_key_uq unique (organisation_id, kind, entity, logical_event)
);
create index outbox_messages_due on outbox_messages (status, available_at);
create index outbox_messages_external on outbox_messages (external_id);
create index outbox_messages_recipient on outbox_messages (organisation_id, recipient);
