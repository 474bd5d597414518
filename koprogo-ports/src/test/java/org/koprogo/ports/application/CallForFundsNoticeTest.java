/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.KeepNotificationChoices;
import org.koprogo.ports.memory.InMemoryJournal;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.Intent;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.NotificationPorts;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * Issue 20 finding 17: a call for funds posted to the books queues its notice (the owner's part,
 * the due date, the structured reference to pay with) on the owner's chosen channel, in the
 * posting's unit of work and once per posting; an owner reached by post gets nothing electronic,
 * and a refused posting queues nothing.
 */
class CallForFundsNoticeTest {
  private static final String ORG = UseCaseFixtures.ORG;
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final Recording whatsapp = new Recording(store.outbox());
  private final UseCases useCases = new UseCases(store.ports(), CommandValidation.with(UseCaseFixtures.VALIDATOR),
      NotificationPorts.inMemory().withChannel(whatsapp));
  private final KeepBooks books = new Bookkeeping(store.ports(), new InMemoryJournal(store),
      org.koprogo.domain.accounting.ChartOfAccounts.belgianMinimum(), CommandValidation.with(UseCaseFixtures.VALIDATOR),
      useCases.personNotifications());

  CallForFundsNoticeTest() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    useCases.registerBuilding().register(UseCaseFixtures.threeLots());
    useCases.keepNotificationChoices().consent(new KeepNotificationChoices.Consent(
        new KeepNotificationChoices.Person(ORG, "OWNER", "O1", "syndic-1"), "WHATSAPP", "GRANTED", "form 3"));
  }

  private static KeepBooks.Call call(String entry, String owner, String lot, String workingCapital) {
    return new KeepBooks.Call(ORG, "B1", entry, LocalDate.of(2026, 4, 1), owner, lot, 2, 262, workingCapital,
        "150.00", "syndic-1");
  }

  @Test
  void aCallQueuesItsNoticeWithTheReferenceOnceAndNothingForAnOwnerByPost() {
    KeepBooks.Posted posted = books.postCallForFunds(call("c1", "O1", "A1", "600.00"));
    books.postCallForFunds(call("c1", "O1", "A1", "600.00"));
    books.postCallForFunds(call("c2", "O2", "A2", "300.00"));

    assertThat(posted.reference()).isNotBlank();
    assertThat(whatsapp.got).singleElement().satisfies(n -> {
      assertThat(n.intent()).isEqualTo(Intent.CALL_FOR_FUNDS);
      assertThat(n.recipient().person().value()).isEqualTo("O1");
      assertThat(n.values())
          .containsEntry("amount", TemplateValue.amount(Money.parse("750.00", Money.EUR)))
          .containsEntry("dueDate", TemplateValue.date(LocalDate.of(2026, 4, 1)))
          .containsEntry("reference", TemplateValue.text(posted.reference()))
          .containsKey("organisation");
    });
  }

  @Test
  void aRefusedPostingQueuesNothing() {
    assertThatThrownBy(() -> books.postCallForFunds(call("c1", "O1", "A9", "600.00")))
        .isInstanceOf(KoproGoException.class);
    assertThatThrownBy(() -> books.postCallForFunds(call("c1", "O1", "A1", "-1")))
        .isInstanceOf(KoproGoException.class);

    assertThat(whatsapp.got).isEmpty();
    assertThat(store.outbox().claim("w", 10, java.time.Duration.ofMinutes(1))).isEmpty();
  }

  /** A channel adapter that enqueues (as the real ones do) and remembers. */
  private static final class Recording implements Notifications {
    final List<Notification> got = new ArrayList<>();
    private final Outbox outbox;

    Recording(Outbox outbox) {
      this.outbox = outbox;
    }

    @Override
    public Channel channel() {
      return Channel.WHATSAPP;
    }

    @Override
    public NotifyOutcome notify(Notification n) {
      Outbox.Enqueued e = outbox.enqueue(new Outbox.NewMessage(n.key().organisation(), n.key().outboxKey("wa"),
          "whatsapp", n.recipient().phone().e164(), "{}", java.time.Instant.EPOCH, null));
      if (!e.duplicate()) {
        got.add(n);
      }
      return e.duplicate() ? NotifyOutcome.ALREADY_ENQUEUED : NotifyOutcome.ENQUEUED;
    }
  }
}
