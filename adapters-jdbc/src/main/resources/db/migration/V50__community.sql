-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- The community modules of each building (docs/community.md). One aggregate per building:
-- community_buildings holds the settings and the version every change of any module checks
-- (optimistic locking: that is what keeps two overlapping loans of one object from both being
-- stored, whatever the order or the concurrency of the requests); the other tables are its
-- rows, rewritten with it in the same transaction. Portable SQL: PostgreSQL 15 and H2 2.x in
-- PostgreSQL mode. Every table carries organisation_id and every key starts with it.

create table community_buildings (
  organisation_id          varchar(100) not null,
  building_id              varchar(100) not null,
  floor_minutes            bigint,
  bazaar_lifetime_seconds  bigint       not null,
  version                  bigint       not null,
  constraint community_buildings_pk primary key (organisation_id, building_id),
  constraint community_buildings_floor_ck check (floor_minutes is null or floor_minutes <= 0),
  constraint community_buildings_lifetime_ck check (bazaar_lifetime_seconds > 0)
);

-- the people of the building; council members have is_council true
create table community_people (
  organisation_id varchar(100) not null,
  building_id     varchar(100) not null,
  neighbour_id    varchar(100) not null,
  is_council      boolean      not null,
  constraint community_people_pk primary key (organisation_id, building_id, neighbour_id),
  constraint community_people_fk foreign key (organisation_id, building_id)
    references community_buildings (organisation_id, building_id)
);

create table community_modules (
  organisation_id varchar(100) not null,
  building_id     varchar(100) not null,
  module          varchar(40)  not null,
  constraint community_modules_pk primary key (organisation_id, building_id, module),
  constraint community_modules_fk foreign key (organisation_id, building_id)
    references community_buildings (organisation_id, building_id)
);

create table community_exchanges (
  organisation_id    varchar(100)  not null,
  building_id        varchar(100)  not null,
  exchange_id        varchar(100)  not null,
  sort_order         integer       not null,
  service            varchar(500)  not null,
  provider_id        varchar(100),
  receiver_id        varchar(100),
  duration_minutes   bigint        not null,
  status             varchar(20)   not null,
  provider_confirmed boolean       not null,
  receiver_confirmed boolean       not null,
  constraint community_exchanges_pk primary key (organisation_id, building_id, exchange_id),
  constraint community_exchanges_fk foreign key (organisation_id, building_id)
    references community_buildings (organisation_id, building_id),
  constraint community_exchanges_duration_ck check (duration_minutes > 0)
);

create table community_exchange_ratings (
  organisation_id varchar(100) not null,
  building_id     varchar(100) not null,
  exchange_id     varchar(100) not null,
  rated_by        varchar(100) not null,
  stars           integer      not null,
  constraint community_exchange_ratings_pk primary key (organisation_id, building_id, exchange_id, rated_by),
  constraint community_exchange_ratings_fk foreign key (organisation_id, building_id, exchange_id)
    references community_exchanges (organisation_id, building_id, exchange_id),
  constraint community_exchange_ratings_ck check (stars between 1 and 5)
);

create table community_objects (
  organisation_id     varchar(100) not null,
  building_id         varchar(100) not null,
  object_id           varchar(100) not null,
  sort_order          integer      not null,
  owner_id            varchar(100) not null,
  description         varchar(1000) not null,
  object_condition    varchar(20)  not null,
  deposit_minor       bigint,
  deposit_currency    varchar(3),
  deposit_minutes     bigint,
  constraint community_objects_pk primary key (organisation_id, building_id, object_id),
  constraint community_objects_fk foreign key (organisation_id, building_id)
    references community_buildings (organisation_id, building_id)
);

create table community_loans (
  organisation_id       varchar(100) not null,
  building_id           varchar(100) not null,
  loan_id               varchar(100) not null,
  sort_order            integer      not null,
  object_id             varchar(100) not null,
  borrower_id           varchar(100) not null,
  first_day             date         not null,
  last_day              date         not null,
  status                varchar(20)  not null,
  condition_at_handover varchar(20),
  condition_at_return   varchar(20),
  constraint community_loans_pk primary key (organisation_id, building_id, loan_id),
  constraint community_loans_object_fk foreign key (organisation_id, building_id, object_id)
    references community_objects (organisation_id, building_id, object_id),
  constraint community_loans_period_ck check (last_day >= first_day)
);
create index community_loans_by_object on community_loans (organisation_id, building_id, object_id, first_day);

create table community_bazaar_offers (
  organisation_id varchar(100) not null,
  building_id     varchar(100) not null,
  offer_id        varchar(100) not null,
  sort_order      integer      not null,
  owner_id        varchar(100) not null,
  kind            varchar(20)  not null,
  title           varchar(500) not null,
  published_at    timestamp with time zone not null,
  expires_at      timestamp with time zone not null,
  status          varchar(20)  not null,
  reserved_by     varchar(100),
  constraint community_bazaar_offers_pk primary key (organisation_id, building_id, offer_id),
  constraint community_bazaar_offers_fk foreign key (organisation_id, building_id)
    references community_buildings (organisation_id, building_id)
);

create table community_skills (
  organisation_id  varchar(100) not null,
  building_id      varchar(100) not null,
  sort_order       integer      not null,
  neighbour_id     varchar(100) not null,
  skill            varchar(300) not null,
  consent_given_at timestamp with time zone,
  constraint community_skills_pk primary key (organisation_id, building_id, sort_order),
  constraint community_skills_fk foreign key (organisation_id, building_id)
    references community_buildings (organisation_id, building_id)
);

create table community_notices (
  organisation_id varchar(100)  not null,
  building_id     varchar(100)  not null,
  notice_id       varchar(100)  not null,
  sort_order      integer       not null,
  author_id       varchar(100)  not null,
  kind            varchar(40)   not null,
  title           varchar(300)  not null,
  body            varchar(4000) not null,
  posted_at       timestamp with time zone not null,
  expires_at      timestamp with time zone not null,
  hidden_by       varchar(100),
  hidden_reason   varchar(1000),
  constraint community_notices_pk primary key (organisation_id, building_id, notice_id),
  constraint community_notices_fk foreign key (organisation_id, building_id)
    references community_buildings (organisation_id, building_id)
);
