-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- Every other aggregate of the domain (a Java record), stored whole as JSON text by type and
-- id, tenant-scoped and versioned like the others. Plain varchar, not jsonb: the adapter reads
-- and writes the text itself, so the table is the same on PostgreSQL and H2.

create table aggregate_records (
  organisation_id varchar(100)  not null,
  record_type     varchar(300)  not null,
  record_id       varchar(200)  not null,
  version         bigint        not null,
  body            varchar(1000000) not null,
  constraint aggregate_records_pk primary key (organisation_id, record_type, record_id)
);
