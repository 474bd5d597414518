/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.statement.Reminder;
import org.koprogo.ports.in.statement.ReadOwnerStatement;
import org.koprogo.ports.in.statement.RemindOwnersInArrears;
import org.koprogo.ports.in.statement.StatementOfAccount;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * {@link RemindOwnersInArrears} on the statements ({@link ReadOwnerStatement}: the domain's
 * reminder, computed once there), the audit trail (an issued step is an audit entry, looked up by
 * its subject) and {@link PersonNotifications}, in one unit of work.
 */
final class ArrearsReminding implements RemindOwnersInArrears {
  /** The audit trail's subject type of an issued reminder step. */
  static final String SUBJECT = "owner-reminder";

  private final OutPorts ports;
  private final ReadOwnerStatement statements;
  private final PersonNotifications notices;
  private final CommandValidation validation;

  ArrearsReminding(OutPorts ports, ReadOwnerStatement statements, PersonNotifications notices,
      CommandValidation validation) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.statements = Objects.requireNonNull(statements, "statements");
    this.notices = Objects.requireNonNull(notices, "notices");
    this.validation = Objects.requireNonNull(validation, "validation");
  }

  @Override
  public Run remind(Command command) {
    validation.check(command);
    OrganisationId org = OrganisationId.of(command.organisation());
    BuildingId building = BuildingId.of(command.building());
    return ports.transactions().inTransaction(() -> {
      ports.buildings().get(org, building);
      Set<String> owners = new LinkedHashSet<>();
      for (Lot lot : ports.lots().ofBuilding(org, building)) {
        lot.ownerships().forEach(o -> owners.add(o.owner().value()));
      }
      String name = ports.organisations().find(org).map(o -> o.name()).filter(n -> !n.isBlank()).orElse(org.value());
      List<Reminded> reminded = new ArrayList<>();
      for (String owner : owners) {
        StatementOfAccount soa = statements.statement(command.organisation(), owner, command.asOf(), null);
        Reminder r = soa.reminder();
        if (r == null) {
          continue;
        }
        String oldest = r.installments().get(0).value();
        java.time.LocalDate dueOn = r.asOf().minusDays(r.daysOverdue());
        String step = owner + "/" + r.level().name() + "@" + oldest;
        if (issued(org, step)) {
          reminded.add(new Reminded(owner, r.level().name(), r.daysOverdue(), r.overdueAmount(), dueOn,
              null, null, false, false, true));
          continue;
        }
        Map<String, TemplateValue> values = new LinkedHashMap<>();
        values.put("organisation", TemplateValue.text(name));
        values.put("amount", TemplateValue.amount(r.overdueAmount()));
        values.put("dueDate", TemplateValue.date(dueOn));
        PersonNotifications.Routed routed = notices.notify(new DataSubject(org, DataSubject.Kind.OWNER, owner),
            Intent.PAYMENT_REMINDER, SUBJECT + ":" + owner, r.level().name() + "@" + oldest, values);
        boolean byPost = r.level().channel().onPaper() || !routed.queued();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("building", building.value());
        details.put("level", r.level().name());
        details.put("daysOverdue", String.valueOf(r.daysOverdue()));
        details.put("overdue", r.overdueAmount().toPlainString());
        details.put("oldestInstallment", oldest);
        details.put("channel", routed.channel().name());
        details.put("queued", String.valueOf(routed.queued()));
        details.put("byPost", String.valueOf(byPost));
        ports.auditTrail().append(org, new AuditEvent(ports.clock().now(), command.actor(), "PaymentReminderIssued",
            SUBJECT, step, details));
        reminded.add(new Reminded(owner, r.level().name(), r.daysOverdue(), r.overdueAmount(), dueOn,
            routed.channel(), routed.reason(), routed.queued(), byPost, false));
      }
      return new Run(command.asOf(), reminded);
    });
  }

  private boolean issued(OrganisationId org, String step) {
    return !ports.auditTrail().list(org, new AuditTrail.Query(SUBJECT, step, 0, 1)).isEmpty();
  }
}
