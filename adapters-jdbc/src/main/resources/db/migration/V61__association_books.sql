-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- An association's books (port AssociationBooks): per quarter, its members with the rate each
-- pays and its real cost lines. Revenue, cost price, surplus and margin are never stored: the
-- library computes them. The quarter id is its text (2025-Q1), so ordering by it is chronological.

create table association_quarters (
  organisation_id varchar(100) not null,
  quarter_id      varchar(7)   not null,
  fiscal_year     integer      not null,
  quarter_number  integer      not null,
  version         bigint       not null,
  constraint association_quarters_pk primary key (organisation_id, quarter_id),
  constraint association_quarters_number_ck check (quarter_number between 1 and 4)
);

create index association_quarters_year_ix on association_quarters (organisation_id, fiscal_year);

create table association_quarter_members (
  organisation_id varchar(100) not null,
  quarter_id      varchar(7)   not null,
  sort_order      integer      not null,
  member_id       varchar(200) not null,
  rate            varchar(20)  not null,
  constraint association_quarter_members_pk primary key (organisation_id, quarter_id, sort_order),
  constraint association_quarter_members_uk unique (organisation_id, quarter_id, member_id),
  constraint association_quarter_members_fk foreign key (organisation_id, quarter_id)
    references association_quarters (organisation_id, quarter_id) on delete cascade
);

create table association_quarter_costs (
  organisation_id varchar(100) not null,
  quarter_id      varchar(7)   not null,
  sort_order      integer      not null,
  label           varchar(200) not null,
  amount_minor    bigint       not null,
  currency        varchar(3)   not null,
  constraint association_quarter_costs_pk primary key (organisation_id, quarter_id, sort_order),
  constraint association_quarter_costs_amount_ck check (amount_minor >= 0),
  constraint association_quarter_costs_fk foreign key (organisation_id, quarter_id)
    references association_quarters (organisation_id, quarter_id) on delete cascade
);
