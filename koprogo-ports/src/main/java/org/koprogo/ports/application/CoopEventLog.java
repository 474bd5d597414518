/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.event.AllocationAssigned;
import org.koprogo.domain.coop.event.AllocationProposed;
import org.koprogo.domain.coop.event.AllocationValidated;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.CoopEvent;
import org.koprogo.domain.coop.event.DueDateApproaching;
import org.koprogo.domain.coop.event.FundsCalled;
import org.koprogo.domain.coop.event.MilestoneReached;
import org.koprogo.domain.coop.event.MinutesPublished;
import org.koprogo.domain.coop.event.NotificationIntent;
import org.koprogo.domain.coop.event.PaymentOverdue;
import org.koprogo.domain.coop.event.PenaltyApplied;
import org.koprogo.domain.coop.event.TimelineEntry;
import org.koprogo.domain.coop.event.TimelineKind;
import org.koprogo.domain.coop.event.Trail;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Outbox;

/**
 * Stores what a cooperative command emitted, in the command's unit of work (the state change,
 * its audit entries, its timeline and its notices are committed together or not at all):
 *
 * <ul>
 *   <li>an {@link org.koprogo.domain.coop.event.AuditEvent} becomes an entry of the audit trail
 *       about subject {@value #GROUP}{@code /<group id>}, with the domain's subject, before and after;
 *   <li>a {@link TimelineEntry} becomes an entry of the audit trail about subject {@value
 *       #TIMELINE}{@code /<group id>} (kind, subject, summary);
 *   <li>a {@link NotificationIntent} becomes an outbox message on the {@value #CHANNEL} channel
 *       addressed to the member (to every member not withdrawn when it is for the whole group),
 *       under the key {@code (kind, group/entity, event)}: enqueued once however often the
 *       command is repeated.
 * </ul>
 *
 * It also draws what a new ledger entry means for the groups of its member ({@link
 * #afterLedgerEntry}).
 */
final class CoopEventLog {
  /** The audit trail's subject type of a cooperative's timeline entries. */
  static final String TIMELINE = "coop-timeline";
  /** The audit trail's subject type of a cooperative's audit events. */
  static final String GROUP = "group";
  /** The outbox channel of the cooperative's notices (a member's in-app inbox). */
  static final String CHANNEL = "in-app";

  private final OutPorts ports;
  private final CoopRecords records;
  private final PersonNotifications persons;

  CoopEventLog(OutPorts ports, CoopRecords records, PersonNotifications persons) {
    this.ports = ports;
    this.records = records;
    this.persons = persons;
  }

  /**
   * What a new ledger entry means for each group its member belongs to (call inside the entry's
   * unit of work, once the entry is recorded and audited): a due is a call for funds (a notice to
   * the member); a declared, confirmed, rejected or reversed payment is a line of the group's
   * timeline; a confirmed payment takes a group whose funding is open to THRESHOLD_REACHED when
   * the group's confirmed contributions reach its threshold ({@link Group#recordFunding}), stored
   * with its events. A member of no group (an association's member) gets nothing more.
   */
  void afterLedgerEntry(LedgerEntry e, String actorId) {
    OrganisationId organisation = e.organisation();
    Instant at = ports.clock().now();
    MemberId member = MemberId.of(e.member().value());
    // A ledger entry is recorded by a manager, or by a member for themselves (a declaration).
    Actor actor = e.kind() == LedgerEntry.Kind.PAYMENT_DECLARED && actorId.equals(e.member().value())
        ? Actor.member(member) : Actor.of(actorId, Role.COOP_MANAGER);
    for (Stored<Group.Snapshot> stored : records.groupsOf(organisation, e.member().value())) {
      GroupId id = stored.aggregate().id();
      Trail trail = Trail.of(id, actor, at);
      String declaration = e.resolves() == null ? e.id().value() : e.resolves().value();
      switch (e.kind()) {
        case DUE -> trail.notify(new FundsCalled(id, member, e.id().value(), e.valueDate(), e.amount(), at));
        case PAYMENT_DECLARED -> trail.timeline(TimelineKind.STATUS_CHANGE, "ledger:" + declaration,
            "contribution declared");
        case PAYMENT_CONFIRMED, PAYMENT_REJECTED, PAYMENT_REVERSED -> trail.timeline(
            TimelineKind.STATUS_CHANGE, "ledger:" + declaration,
            "contribution " + e.kind().name().substring("PAYMENT_".length()).toLowerCase(Locale.ROOT));
        default -> { }
      }
      record(organisation, trail.change(stored.aggregate()).events());
      if (e.kind() == LedgerEntry.Kind.PAYMENT_CONFIRMED) {
        Group group = Group.restore(stored.aggregate());
        Money confirmed = records.confirmed(organisation, group, group.fundingThreshold().currency());
        Change<Group> funded = group.recordFunding(confirmed, actor, at);
        if (!funded.isUnchanged()) {
          records.store().update(stored.with(funded.after().snapshot()));
          record(organisation, funded.events());
        }
      }
    }
  }

  /** Stores {@code events} of {@code organisation} (call inside the change's unit of work). */
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
      PersonReach reach = reach(organisation, recipient);
      ports.outbox().enqueue(new Outbox.NewMessage(organisation,
          new Outbox.Key(intent.kind().name(), entity, intent.key().event()),
          CHANNEL, recipient, payload(intent, reach == null ? null : reach.language().code()), intent.occurredAt(),
          null));
      notifyOnChannel(organisation, intent, recipient, entity, reach);
    }
  }

  /** The registered member's reach, or null (no notifier, or a group member not registered). */
  private PersonReach reach(OrganisationId organisation, String recipient) {
    if (persons == null || ports.members().find(organisation, org.koprogo.ports.out.MemberId.of(recipient)).isEmpty()) {
      return null;
    }
    return persons.reach(new DataSubject(organisation, DataSubject.Kind.MEMBER, recipient));
  }

  /**
   * The same notice on the member's chosen channel (WhatsApp, email), when the intent has a
   * template there ({@link CoopNotices}) and the member is registered; in this unit of work. A
   * member who chose the in-app inbox has it there already (the cooperative's notice, with their
   * language): nothing more is queued.
   */
  private void notifyOnChannel(OrganisationId organisation, NotificationIntent intent, String recipient,
      String entity, PersonReach reach) {
    if (reach == null || reach.route().channel() == org.koprogo.domain.notification.ContactChannel.IN_APP) {
      return;
    }
    CoopNotices.of(ports, organisation, intent, recipient).ifPresent(notice -> persons.notify(
        new DataSubject(organisation, DataSubject.Kind.MEMBER, recipient), notice.intent(), "coop:" + entity,
        intent.key().event(), notice.values()));
  }

  /** The notice as a JSON object of strings: its template, group, event and the facts it shows. */
  static String payload(NotificationIntent intent) {
    return payload(intent, null);
  }

  /**
   * The notice as a JSON object of strings: its template, the recipient's language when known
   * ({@code fr}, {@code nl}, {@code de}, {@code en}: the app shows the notice in it), group, event
   * and the facts it shows.
   */
  static String payload(NotificationIntent intent, String language) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("template", intent.kind().name());
    if (language != null) {
      p.put("language", language);
    }
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
    StringBuilder out = new StringBuilder("{");
    p.forEach((k, v) -> {
      if (out.length() > 1) {
        out.append(',');
      }
      PersonalDataFormats.string(out, k);
      out.append(':');
      PersonalDataFormats.string(out, v);
    });
    return out.append('}').toString();
  }
}
