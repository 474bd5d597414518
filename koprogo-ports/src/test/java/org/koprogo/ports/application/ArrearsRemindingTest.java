/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.KeepNotificationChoices;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.penalty.DefaultPenaltyPolicy;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.statement.RemindOwnersInArrears;
import org.koprogo.ports.in.statement.StatementTerms;
import org.koprogo.ports.memory.InMemoryPenaltyPolicies;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationPorts;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * Owners in arrears get the reminder their statement says is due, once per owner and step (level
 * and oldest overdue installment), on their chosen channel, in one unit of work with its audit
 * entries; a letter-form level is also for the post.
 */
class ArrearsRemindingTest {
  private static final String ORG = UseCaseFixtures.ORG;
  /** The expense of 2026-01-01 is payable within 30 days: due on 2026-01-31. */
  private static final StatementTerms TERMS =
      new StatementTerms(new DefaultPenaltyPolicy(new BigDecimal("8"), "statutes art. 18", 15), 30);

  private final MemoryDatabase store = UseCaseFixtures.store();
  private final Recording email = new Recording(store.outbox());
  private final UseCases useCases = new UseCases(store.ports(), CommandValidation.with(UseCaseFixtures.VALIDATOR),
      NotificationPorts.inMemory().withChannel(email));
  private final RemindOwnersInArrears reminders =
      useCases.remindOwnersInArrears(new InMemoryPenaltyPolicies(store), LegalInterestRates.belgium(), TERMS);

  /** O1 (600/1000) chose email and consented; O2 (300) nothing; O3 (100) pays in full. */
  ArrearsRemindingTest() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    useCases.registerBuilding().register(new RegisterBuilding.Command(ORG, "B1", "Les Tilleuls", "Rue 1",
        new BigDecimal("1000"), "EUR",
        List.of(lot("A1", "600", "O1"), lot("A2", "300", "O2"), lot("A3", "100", "O3")),
        List.of(owner("O1"), owner("O2"), owner("O3")), "syndic-1"));
    useCases.distributeExpense().distribute(new DistributeExpense.Command(ORG, "B1", "E1", "roof", "1000.00",
        LocalDate.parse("2026-01-01"), List.of(new DistributeExpense.KeyPart("general", BigDecimal.ONE,
            Map.of("A1", new BigDecimal("600"), "A2", new BigDecimal("300"), "A3", new BigDecimal("100")))),
        "syndic-1"));
    useCases.recordOwnerPayment().record(new RecordOwnerPayment.Payment(ORG, "O3", null,
        LocalDate.parse("2026-01-20"), "100.00", "bank ref 1", "syndic-1"));
    var o1 = new KeepNotificationChoices.Person(ORG, "OWNER", "O1", "syndic-1");
    useCases.keepNotificationChoices().consent(new KeepNotificationChoices.Consent(o1, "EMAIL", "GRANTED", "form 7"));
    useCases.keepNotificationChoices().choose(new KeepNotificationChoices.Choose(o1, "EMAIL"));
  }

  private static RegisterBuilding.LotLine lot(String id, String shares, String owner) {
    return new RegisterBuilding.LotLine(id, "Flat " + id, new BigDecimal(shares),
        List.of(new RegisterBuilding.OwnershipLine(owner, "1")));
  }

  private static RegisterBuilding.OwnerLine owner(String id) {
    return new RegisterBuilding.OwnerLine(id, "Owner " + id, id.toLowerCase() + "@example.org", "", "");
  }

  private RemindOwnersInArrears.Run run(String asOf) {
    return reminders.remind(new RemindOwnersInArrears.Command(ORG, "B1", LocalDate.parse(asOf), "syndic-1"));
  }

  private int queued() {
    return store.outbox().claim("test", 100, Duration.ofMinutes(1)).size();
  }

  private List<String> issued() {
    return store.ports().auditTrail().list(ACME, new AuditTrail.Query(null, null, 0, 500)).stream()
        .map(AuditTrail.AuditEntry::event).filter(e -> e.action().equals("PaymentReminderIssued"))
        .map(e -> e.subjectId()).toList();
  }

  @Test
  void remindsEachOwnerInArrearsOnTheirChannelAndListsThePaperOnes() {
    RemindOwnersInArrears.Run run = run("2026-02-20");

    assertThat(run.reminders()).extracting(r -> r.owner() + " " + r.level() + " " + r.daysOverdue() + " "
            + r.overdue().toPlainString() + " " + r.oldestDueOn() + " " + r.channel() + " " + r.byPost())
        .containsExactly(
            "O1 FRIENDLY_REMINDER 20 600.00 2026-01-31 EMAIL false",
            "O2 FRIENDLY_REMINDER 20 300.00 2026-01-31 POST true");
    assertThat(run.byPost()).extracting(RemindOwnersInArrears.Reminded::owner).containsExactly("O2");
    assertThat(email.got).singleElement().satisfies(n -> {
      assertThat(n.intent()).isEqualTo(Intent.PAYMENT_REMINDER);
      assertThat(n.recipient().person().value()).isEqualTo("O1");
      assertThat(n.values())
          .containsEntry("amount", TemplateValue.amount(Money.parse("600.00", Money.EUR)))
          .containsEntry("dueDate", TemplateValue.date(LocalDate.parse("2026-01-31")))
          .containsKey("organisation");
    });
    assertThat(issued()).containsExactly("O1/FRIENDLY_REMINDER@E1", "O2/FRIENDLY_REMINDER@E1");
  }

  @Test
  void runningAgainAtTheSameStepIssuesNothingMore() {
    run("2026-02-20");

    RemindOwnersInArrears.Run again = run("2026-02-20");
    RemindOwnersInArrears.Run later = run("2026-02-27");

    assertThat(again.reminders()).allMatch(RemindOwnersInArrears.Reminded::issuedBefore);
    assertThat(later.reminders()).allMatch(RemindOwnersInArrears.Reminded::issuedBefore);
    assertThat(again.byPost()).isEmpty();
    assertThat(email.got).hasSize(1);
    assertThat(queued()).isEqualTo(1);
    assertThat(issued()).hasSize(2);
  }

  @Test
  void theNextLevelIsANewStepAndALetterWhateverTheEmail() {
    run("2026-02-20");

    RemindOwnersInArrears.Run firm = run("2026-03-05");

    assertThat(firm.reminders()).extracting(r -> r.owner() + " " + r.level() + " " + r.queued() + " " + r.byPost())
        .containsExactly("O1 FIRM_REMINDER true true", "O2 FIRM_REMINDER false true");
    assertThat(email.got).hasSize(2);
    assertThat(queued()).isEqualTo(2);
    assertThat(firm.reminders().get(0).channel()).isEqualTo(ContactChannel.EMAIL);
  }

  @Test
  void nothingIsDueBeforeTheFirstLevelNorForAnOwnerWhoPaid() {
    assertThat(run("2026-02-10").reminders()).isEmpty();
    assertThat(issued()).isEmpty();
  }

  @Test
  void aFailingNoticeLeavesNothingQueuedNorIssued() {
    email.failing = true;

    assertThatThrownBy(() -> run("2026-02-20")).isInstanceOf(IllegalStateException.class);

    assertThat(queued()).isZero();
    assertThat(issued()).isEmpty();
    email.failing = false;
    assertThat(run("2026-02-20").reminders()).noneMatch(RemindOwnersInArrears.Reminded::issuedBefore);
  }

  @Test
  void refusesAnIncompleteCommandAndAnUnknownBuilding() {
    assertThatThrownBy(() -> reminders.remind(new RemindOwnersInArrears.Command(ORG, "B1", null, "syndic-1")))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    assertThatThrownBy(() -> reminders.remind(new RemindOwnersInArrears.Command(ORG, "B9",
        LocalDate.parse("2026-02-20"), "syndic-1")))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  /** An email adapter that enqueues (as the real one does), remembers, and can fail. */
  private static final class Recording implements Notifications {
    final List<Notification> got = new ArrayList<>();
    private final Outbox outbox;
    boolean failing;

    Recording(Outbox outbox) {
      this.outbox = outbox;
    }

    @Override
    public Channel channel() {
      return Channel.EMAIL;
    }

    @Override
    public NotifyOutcome notify(Notification n) {
      if (failing) {
        throw new IllegalStateException("the email adapter failed");
      }
      Outbox.Enqueued e = outbox.enqueue(new Outbox.NewMessage(n.key().organisation(), n.key().outboxKey("email"),
          "email", n.recipient().person().value(), "{}", java.time.Instant.EPOCH, null));
      if (!e.duplicate()) {
        got.add(n);
      }
      return e.duplicate() ? NotifyOutcome.ALREADY_ENQUEUED : NotifyOutcome.ENQUEUED;
    }
  }
}
