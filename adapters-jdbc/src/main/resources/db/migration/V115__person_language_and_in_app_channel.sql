-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- Issue 18: the language a person reads, stored with their details (personal data: exported and
-- erased with them), as the stable codes of Language (fr, nl, de, en); null = unknown, the
-- organisation's default language is then used (rows written before keep null). And the in-app
-- inbox as a channel a person may choose: IN_APP joins the stable names of ContactChannel.
-- Portable: PostgreSQL 15 and H2 2.x.
alter table owners add column language varchar(2);
alter table owners add constraint owners_language check (language in ('fr', 'nl', 'de', 'en'));
alter table members add column language varchar(2);
alter table members add constraint members_language check (language in ('fr', 'nl', 'de', 'en'));

alter table notification_channel_choices drop constraint notification_channel_choices_channel;
alter table notification_channel_choices add constraint notification_channel_choices_channel
  check (channel in ('WHATSAPP', 'EMAIL', 'POST', 'IN_APP'));
