/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.TimelineKind;
import org.koprogo.domain.coop.event.Trail;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.domain.coop.event.AllocationAssigned;
import org.koprogo.domain.coop.event.AllocationProposed;
import org.koprogo.domain.coop.event.AllocationValidated;
import org.koprogo.domain.coop.event.CoopEvent;
import org.koprogo.domain.coop.event.DueDateApproaching;
import org.koprogo.domain.coop.event.FundsCalled;
import org.koprogo.domain.coop.event.MilestoneReached;
import org.koprogo.domain.coop.event.MinutesPublished;
import org.koprogo.domain.coop.event.NotificationIntent;
import org.koprogo.domain.coop.event.PaymentOverdue;
import org.koprogo.domain.coop.event.PenaltyApplied;
import org.koprogo.domain.coop.event.TimelineEntry;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.host.inbox.InAppInbox;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Outbox;

/**
 * Stores what a cooperative command emitted, in the caller's transaction (so that the state
 * change, its audit entries, its timeline and its notices are committed together or not at all):
 *
 * <ul>
 *   <li>an {@link org.koprogo.domain.coop.event.AuditEvent} becomes an entry of the audit trail
 *       about subject {@code group/<group id>}, with the domain's subject, before and after;
 *   <li>a {@link TimelineEntry} becomes an entry of the audit trail about subject {@value
 *       #TIMELINE}{@code /<group id>} (kind, subject, summary): the append-only, ordered trail is
 *       where the group's timeline is kept, and {@code GET /api/v1/groups/{group}/timeline} reads
 *       it back;
 *   <li>a {@link NotificationIntent} becomes an outbox message on the {@value InAppInbox#CHANNEL}
 *       channel addressed to the member (to every member not withdrawn when it is for the whole
 *       group), under the key {@code (kind, group/entity, event)}: the same notice is enqueued
 *       once however often the command is repeated.
 * </ul>
 */
@Singleton
final class CoopEvents {
  /** The audit trail's subject type of a cooperative's timeline entries. */
  static final String TIMELINE = "coop-timeline";
  /** The audit trail's subject type of a cooperative's audit events. */
  static final String GROUP = "group";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OutPorts ports;
  private final CoopGroups groups;

  CoopEvents(OutPorts ports, CoopGroups groups) {
    this.ports = ports;
    this.groups = groups;
  }

  /**
   * What a new ledger entry means for the groups its member belongs to (call inside the entry's
   * transaction; the ledger use case has already audited the entry itself): a due is a call for
   * funds (a notice to the member and its timeline line); a declared, confirmed or rejected
   * payment is a status change on the group's timeline; a confirmed payment may take a group
   * whose funding is open to THRESHOLD_REACHED ({@link Group#recordFunding}), stored with its
   * events. A member of no group (an association's member) gets nothing more.
   */
  org.koprogo.ports.in.RecordContribution.Recorded afterLedger(Tenant tenant,
      org.koprogo.ports.in.RecordContribution.Recorded recorded) {
    if (!recorded.duplicate()) {
      ledgerRecorded(tenant, recorded.entry());
    }
    return recorded;
  }

  private void ledgerRecorded(Tenant tenant, String entry) {
    OrganisationId organisation = tenant.organisation();
    LedgerEntry e = ports.ledger().find(organisation, LedgerEntryId.of(entry)).orElse(null);
    if (e == null) {
      return;
    }
    Actor actor = CoopGroups.actor(tenant);
    Instant at = groups.now();
    MemberId member = MemberId.of(e.member().value());
    for (Stored<Group.Snapshot> stored : groups.groupsOf(organisation, e.member().value())) {
      GroupId id = stored.aggregate().id();
      Trail trail = Trail.of(id, actor, at);
      String declaration = e.resolves() == null ? e.id().value() : e.resolves().value();
      switch (e.kind()) {
        case DUE -> trail.notify(new FundsCalled(id, member, e.id().value(), e.valueDate(), e.amount(), at));
        case PAYMENT_DECLARED -> trail.timeline(TimelineKind.STATUS_CHANGE, "ledger:" + declaration,
            "contribution declared");
        case PAYMENT_CONFIRMED, PAYMENT_REJECTED, PAYMENT_REVERSED -> trail.timeline(
            TimelineKind.STATUS_CHANGE, "ledger:" + declaration,
            "contribution " + e.kind().name().substring("PAYMENT_".length()).toLowerCase(java.util.Locale.ROOT));
        default -> { }
      }
      record(organisation, trail.change(stored.aggregate()).events());
      if (e.kind() == LedgerEntry.Kind.PAYMENT_CONFIRMED) {
        Group group = Group.restore(stored.aggregate());
        Money confirmed = groups.confirmed(organisation, group, group.fundingThreshold().currency());
        Change<Group> funded = group.recordFunding(confirmed, actor, at);
        if (!funded.isUnchanged()) {
          groups.store().update(stored.with(funded.after().snapshot()));
          record(organisation, funded.events());
        }
      }
    }
  }

  /** Stores {@code events} of {@code organisation} (call inside the change's transaction). */
  void record(OrganisationId organisation, List<CoopEvent> events) {
    for (CoopEvent event : events) {
      if (event instanceof org.koprogo.domain.coop.event.AuditEvent a) {
        ports.auditTrail().append(organisation,
            new AuditEvent(a.occurredAt(), a.actor(), a.action(), GROUP, a.group().value(),
                Map.of("subject", a.subject(), "before", a.before(), "after", a.after())));
      } else if (event instanceof TimelineEntry t) {
        ports.auditTrail().append(organisation,
            new AuditEvent(t.occurredAt(), "system", t.kind().name(), TIMELINE, t.group().value(),
                Map.of("subject", t.subject(), "summary", t.summary())));
      } else if (event instanceof NotificationIntent n) {
        enqueue(organisation, n);
      }
    }
  }

  /** The group's timeline entries after {@code after}, at most {@code limit}, oldest first. */
  List<AuditTrail.AuditEntry> timeline(OrganisationId organisation, String group, long after, int limit) {
    return ports.auditTrail().list(organisation, new AuditTrail.Query(TIMELINE, group, after, limit));
  }

  private void enqueue(OrganisationId organisation, NotificationIntent intent) {
    String group = intent.group().value();
    List<String> recipients = new ArrayList<>();
    boolean everyone = intent.recipient().isEmpty();
    if (everyone) {
      ports.aggregateStore().find(organisation, Group.Snapshot.class, group).ifPresent(g ->
          g.aggregate().members().stream()
              .filter(m -> m.status() != MemberStatus.WITHDRAWN)
              .forEach(m -> recipients.add(m.id().value())));
    } else {
      recipients.add(intent.recipient().get().value());
    }
    for (String recipient : recipients) {
      String entity = group + "/" + intent.key().entity() + (everyone ? "/member:" + recipient : "");
      ports.outbox().enqueue(new Outbox.NewMessage(organisation,
          new Outbox.Key(intent.kind().name(), entity, intent.key().event()),
          InAppInbox.CHANNEL, recipient, payload(intent), intent.occurredAt(), null));
    }
  }

  /** The notice as JSON: its template, group, event and the facts the template shows. */
  static String payload(NotificationIntent intent) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("template", intent.kind().name());
    p.put("group", intent.group().value());
    p.put("entity", intent.key().entity());
    p.put("event", intent.key().event());
    p.put("occurredAt", intent.occurredAt().toString());
    if (intent instanceof FundsCalled f) {
      p.put("installment", f.installment());
      p.put("dueDate", f.dueDate().toString());
      p.put("amount", f.amount().toPlainString());
      p.put("currency", f.amount().currency().getCurrencyCode());
    } else if (intent instanceof DueDateApproaching d) {
      p.put("installment", d.installment());
      p.put("dueDate", d.dueDate().toString());
      p.put("outstanding", d.outstanding().toPlainString());
    } else if (intent instanceof PaymentOverdue o) {
      p.put("installment", o.installment());
      p.put("dueDate", o.dueDate().toString());
      p.put("outstanding", o.outstanding().toPlainString());
      p.put("daysLate", String.valueOf(o.daysLate()));
    } else if (intent instanceof PenaltyApplied a) {
      p.put("penalty", a.penalty());
      p.put("amount", a.amount().toPlainString());
    } else if (intent instanceof MinutesPublished m) {
      p.put("minutesReference", m.minutesReference());
    } else if (intent instanceof AllocationProposed a) {
      p.put("allocation", a.allocation());
      p.put("lot", a.lot().value());
    } else if (intent instanceof AllocationValidated a) {
      p.put("allocation", a.allocation());
      p.put("lot", a.lot().value());
      p.put("minutesReference", a.minutesReference());
    } else if (intent instanceof AllocationAssigned a) {
      p.put("allocation", a.allocation());
      p.put("lot", a.lot().value());
    } else if (intent instanceof MilestoneReached m) {
      p.put("project", m.project());
      p.put("milestone", m.milestone());
    }
    try {
      return JSON.writeValueAsString(p);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }
}
