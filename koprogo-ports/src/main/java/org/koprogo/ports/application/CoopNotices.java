/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.coop.event.AllocationAssigned;
import org.koprogo.domain.coop.event.AllocationValidated;
import org.koprogo.domain.coop.event.DueDateApproaching;
import org.koprogo.domain.coop.event.FundsCalled;
import org.koprogo.domain.coop.event.MilestoneReached;
import org.koprogo.domain.coop.event.NotificationIntent;
import org.koprogo.domain.coop.event.PaymentOverdue;
import org.koprogo.domain.coop.event.PenaltyApplied;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * The notice a cooperative's notification intent becomes on a person's channel (WhatsApp, email):
 * its {@link Intent} and the template's values, read from the intent and the stores. An intent
 * whose template needs a fact the cooperative does not record has no notice there (it stays an
 * in-app notice): a proposed allocation (the template's answer-by date) and published minutes
 * (the assembly's date).
 */
final class CoopNotices {
  private CoopNotices() {}

  /**
   * The notice.
   *
   * @param intent what the cooperative emitted
   * @param member the member it goes to
   * @return the intent and values, or empty when it has no notice on a channel
   */
  static Optional<Notice> of(OutPorts ports, OrganisationId organisation, NotificationIntent intent, String member) {
    String name = ports.organisations().find(organisation).map(o -> o.name()).filter(n -> !n.isBlank())
        .orElse(organisation.value());
    Map<String, TemplateValue> v = new LinkedHashMap<>();
    LocalDate on = LocalDate.ofInstant(intent.occurredAt(), ports.clock().zone());
    if (intent instanceof FundsCalled f) {
      payment(v, name, f.amount(), f.dueDate(), f.installment());
      return Optional.of(new Notice(Intent.CALL_FOR_FUNDS, v));
    } else if (intent instanceof DueDateApproaching d && (d.daysBefore() == 3 || d.daysBefore() == 1)) {
      payment(v, name, d.outstanding(), d.dueDate(), d.installment());
      return Optional.of(new Notice(d.daysBefore() == 3 ? Intent.DUE_IN_3_DAYS : Intent.DUE_IN_1_DAY, v));
    } else if (intent instanceof PaymentOverdue o && (o.daysLate() == 1 || o.daysLate() == 7)) {
      payment(v, name, o.outstanding(), o.dueDate(), o.installment());
      return Optional.of(new Notice(o.daysLate() == 1 ? Intent.LATE_BY_1_DAY : Intent.LATE_BY_7_DAYS, v));
    } else if (intent instanceof PenaltyApplied p) {
      v.put("organisation", TemplateValue.text(name));
      v.put("penalty", TemplateValue.amount(p.amount()));
      v.put("balance", TemplateValue.amount(balance(ports, organisation, member, p.amount())));
      v.put("reference", TemplateValue.text(p.penalty()));
      return Optional.of(new Notice(Intent.PENALTY_APPLIED, v));
    } else if (intent instanceof AllocationValidated a) {
      v.put("organisation", TemplateValue.text(name));
      v.put("lot", TemplateValue.text(a.lot().value()));
      return Optional.of(new Notice(Intent.LOT_ALLOCATION_VALIDATED, v));
    } else if (intent instanceof AllocationAssigned a) {
      v.put("organisation", TemplateValue.text(name));
      v.put("lot", TemplateValue.text(a.lot().value()));
      v.put("from", TemplateValue.date(on));
      return Optional.of(new Notice(Intent.LOT_ASSIGNED, v));
    } else if (intent instanceof MilestoneReached m) {
      v.put("project", TemplateValue.text(m.project()));
      v.put("milestone", TemplateValue.text(m.milestone()));
      v.put("reachedOn", TemplateValue.date(on));
      return Optional.of(new Notice(Intent.PROJECT_MILESTONE_REACHED, v));
    }
    return Optional.empty();
  }

  private static void payment(Map<String, TemplateValue> v, String name, Money amount, LocalDate due, String ref) {
    v.put("organisation", TemplateValue.text(name));
    v.put("amount", TemplateValue.amount(amount));
    v.put("dueDate", TemplateValue.date(due));
    v.put("reference", TemplateValue.text(ref));
  }

  /** What the member owes in the penalty's currency: dues and penalties less net confirmed payments. */
  private static Money balance(OutPorts ports, OrganisationId organisation, String member, Money penalty) {
    for (var t : ports.ledger().totalsOf(organisation, MemberId.of(member))) {
      if (t.currency().equals(penalty.currency())) {
        return t.dues().plus(t.penalties()).minus(t.netConfirmed());
      }
    }
    return penalty;
  }

  /**
   * A notice on a channel.
   *
   * @param intent its template
   * @param values the template's values
   */
  record Notice(Intent intent, Map<String, TemplateValue> values) {}

}
