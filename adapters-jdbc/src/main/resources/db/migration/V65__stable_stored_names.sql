-- KoproGo for the JVM
-- SPDX-License-Identifier: AGPL-3.0-or-later
--
-- Stable names for stored data (issue 15): the aggregate store keys its rows by registered names
-- (org.koprogo.ports.out.StoredNames) instead of Java class names, and a record or enum constant
-- stored where an interface is declared carries its registered name in "@type" / "@enum". This
-- rewrites the rows written before, so that moving or renaming a class never orphans them.
-- Portable SQL (PostgreSQL and H2): plain updates and replace().

update aggregate_records set record_type = 'coop.group' where record_type = 'org.koprogo.domain.coop.group.Group$Snapshot';
update aggregate_records set record_type = 'coop.project' where record_type = 'org.koprogo.domain.coop.project.Project$Snapshot';
update aggregate_records set record_type = 'coop.allocation' where record_type = 'org.koprogo.domain.coop.allocation.Allocation';
update aggregate_records set record_type = 'association.monthly-price' where record_type = 'org.koprogo.domain.association.MonthlyPrice$Snapshot';
update aggregate_records set record_type = 'assembly.general-assembly' where record_type = 'org.koprogo.domain.assembly.meeting.GeneralAssembly$Snapshot';
-- the reference host's own stored types (it registers the same names)
update aggregate_records set record_type = 'assembly.recorded-votes' where record_type = 'org.koprogo.host.api.RecordedVotes';
update aggregate_records set record_type = 'building.budget' where record_type = 'org.koprogo.host.api.BuildingBudget';
update aggregate_records set record_type = 'owner.payment' where record_type = 'org.koprogo.host.api.OwnerPayment';
update aggregate_records set record_type = 'association.surplus-allocation' where record_type = 'org.koprogo.host.api.DecidedSurplusAllocation';

update aggregate_records set body = replace(body, '"@enum":"org.koprogo.domain.assembly.Majority"', '"@enum":"assembly.majority"')
  where body like '%"@enum":"org.koprogo.domain.assembly.Majority"%';
update aggregate_records set body = replace(body, '"@enum":"org.koprogo.domain.assembly.FrenchMajority"', '"@enum":"assembly.french-majority"')
  where body like '%"@enum":"org.koprogo.domain.assembly.FrenchMajority"%';
update aggregate_records set body = replace(body, '"@type":"org.koprogo.domain.assembly.meeting.AgendaItemRequested"', '"@type":"assembly.event.agenda-item-requested"')
  where body like '%"@type":"org.koprogo.domain.assembly.meeting.AgendaItemRequested"%';
update aggregate_records set body = replace(body, '"@type":"org.koprogo.domain.assembly.meeting.AssemblyClosed"', '"@type":"assembly.event.closed"')
  where body like '%"@type":"org.koprogo.domain.assembly.meeting.AssemblyClosed"%';
update aggregate_records set body = replace(body, '"@type":"org.koprogo.domain.assembly.meeting.AssemblyConvened"', '"@type":"assembly.event.convened"')
  where body like '%"@type":"org.koprogo.domain.assembly.meeting.AssemblyConvened"%';
update aggregate_records set body = replace(body, '"@type":"org.koprogo.domain.assembly.meeting.AssemblyRequested"', '"@type":"assembly.event.requested"')
  where body like '%"@type":"org.koprogo.domain.assembly.meeting.AssemblyRequested"%';
update aggregate_records set body = replace(body, '"@type":"org.koprogo.domain.assembly.meeting.MinutesPublished"', '"@type":"assembly.event.minutes-published"')
  where body like '%"@type":"org.koprogo.domain.assembly.meeting.MinutesPublished"%';
update aggregate_records set body = replace(body, '"@type":"org.koprogo.domain.assembly.meeting.QuorumChecked"', '"@type":"assembly.event.quorum-checked"')
  where body like '%"@type":"org.koprogo.domain.assembly.meeting.QuorumChecked"%';
update aggregate_records set body = replace(body, '"@type":"org.koprogo.domain.assembly.meeting.ResolutionAdopted"', '"@type":"assembly.event.resolution-adopted"')
  where body like '%"@type":"org.koprogo.domain.assembly.meeting.ResolutionAdopted"%';
update aggregate_records set body = replace(body, '"@type":"org.koprogo.domain.assembly.meeting.ResolutionRejected"', '"@type":"assembly.event.resolution-rejected"')
  where body like '%"@type":"org.koprogo.domain.assembly.meeting.ResolutionRejected"%';
