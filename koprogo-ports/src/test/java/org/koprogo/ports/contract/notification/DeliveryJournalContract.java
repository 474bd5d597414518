/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.contract.ContractBase;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.DeliveryJournal.Receipt;
import org.koprogo.ports.out.notification.DeliveryJournal.Recorded;
import org.koprogo.ports.out.notification.DeliveryJournal.Unsettled;
import org.koprogo.ports.out.notification.DeliveryStatus;

/**
 * The contract of every {@link DeliveryJournal}: unsettled attempts, unknown outcomes counted
 * across attempts, reports deduplicated on (external id, status), stale reports kept apart, and
 * the message of a report found through its external id. The messages are real outbox messages
 * (a database journal copies their organisation).
 */
public abstract class DeliveryJournalContract extends ContractBase {
  private static final Instant T0 = PortsFixtures.T0;

  protected DeliveryJournal journal;
  private OutboxMessageId message;
  private OutboxMessageId otherOrganisationsMessage;

  /** A journal on the same store as {@code ports}, empty. */
  protected abstract DeliveryJournal journalOn(OutPorts ports);

  @BeforeEach
  void freshJournal() {
    journal = journalOn(ports);
    message = ports.outbox().enqueue(PortsFixtures.message(PortsFixtures.ACME, "ledger:E-1", "due:1")).id();
    otherOrganisationsMessage =
        ports.outbox().enqueue(PortsFixtures.message(PortsFixtures.OTHER, "ledger:E-1", "due:1")).id();
  }

  @Test
  void knowsNothingOfAMessageNeverSent() {
    assertThat(journal.unsettled(message)).isEmpty();
    assertThat(journal.furthest(message)).isEmpty();
  }

  @Test
  void keepsAnAttemptUnsettledUntilItsOutcomeIsKnown() {
    journal.attemptStarted(message, T0);

    Optional<Unsettled> started = journal.unsettled(message);
    journal.attemptSettled(message);

    assertThat(started).contains(new Unsettled(T0, 0));
    assertThat(journal.unsettled(message)).isEmpty();
  }

  @Test
  void countsUnknownOutcomesAcrossAttempts() {
    journal.attemptStarted(message, T0);
    int first = journal.attemptUnknown(message, T0.plusSeconds(15));
    journal.attemptStarted(message, T0.plusSeconds(900));

    int second = journal.attemptUnknown(message, T0.plusSeconds(915));

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(2);
    assertThat(journal.unsettled(message)).contains(new Unsettled(T0.plusSeconds(900), 2));
  }

  @Test
  void keepsTheUnknownCountOfASettledMessageForItsNextAttempt() {
    journal.attemptStarted(message, T0);
    journal.attemptUnknown(message, T0.plusSeconds(15));
    journal.attemptSettled(message);

    journal.attemptStarted(message, T0.plusSeconds(60));

    assertThat(journal.unsettled(message)).contains(new Unsettled(T0.plusSeconds(60), 1));
  }

  @Test
  void startsTheUnsettledAttemptAtTheUnknownOutcomeWhenTheStartWasNotJournalled() {
    int count = journal.attemptUnknown(message, T0.plusSeconds(15));

    assertThat(count).isEqualTo(1);
    assertThat(journal.unsettled(message)).contains(new Unsettled(T0.plusSeconds(15), 1));
  }

  @Test
  void keepsTheAttemptsOfEachMessageApart() {
    journal.attemptStarted(message, T0);

    journal.attemptStarted(otherOrganisationsMessage, T0.plusSeconds(5));
    journal.attemptUnknown(otherOrganisationsMessage, T0.plusSeconds(20));

    assertThat(journal.unsettled(message)).contains(new Unsettled(T0, 0));
    assertThat(journal.unsettled(otherOrganisationsMessage)).contains(new Unsettled(T0.plusSeconds(5), 1));
  }

  @Test
  void deduplicatesOnExternalIdAndStatus() {
    Recorded first = journal.record(receipt(DeliveryStatus.DELIVERED, 10));

    Recorded again = journal.record(receipt(DeliveryStatus.DELIVERED, 11));

    assertThat(first).isEqualTo(Recorded.ADVANCED);
    assertThat(again).isEqualTo(Recorded.DUPLICATE);
    assertThat(journal.furthest(message).orElseThrow().at()).isEqualTo(T0.plusSeconds(10));
  }

  @Test
  void advancesThroughTheStatusesInOrder() {
    Recorded accepted = journal.record(receipt(DeliveryStatus.ACCEPTED, 0));
    Recorded sent = journal.record(receipt(DeliveryStatus.SENT, 5));

    Recorded delivered = journal.record(receipt(DeliveryStatus.DELIVERED, 10));

    assertThat(accepted).isEqualTo(Recorded.ADVANCED);
    assertThat(sent).isEqualTo(Recorded.ADVANCED);
    assertThat(delivered).isEqualTo(Recorded.ADVANCED);
    assertThat(journal.furthest(message))
        .contains(new Receipt("wamid.A", Optional.of(message), DeliveryStatus.DELIVERED, T0.plusSeconds(10), ""));
  }

  @Test
  void callsALateEarlierStatusStaleAndKeepsTheFurthest() {
    journal.record(receipt(DeliveryStatus.READ, 30));

    Recorded late = journal.record(receipt(DeliveryStatus.SENT, 10));
    Recorded lateAgain = journal.record(receipt(DeliveryStatus.SENT, 10));

    assertThat(late).isEqualTo(Recorded.STALE);
    assertThat(lateAgain).isEqualTo(Recorded.DUPLICATE);
    assertThat(journal.furthest(message).orElseThrow().status()).isEqualTo(DeliveryStatus.READ);
  }

  @Test
  void neverLetsAFailureOverrideADelivery() {
    journal.record(receipt(DeliveryStatus.DELIVERED, 10));

    Recorded failed =
        journal.record(new Receipt("wamid.A", Optional.of(message), DeliveryStatus.FAILED, T0.plusSeconds(20), "131026"));

    assertThat(failed).isEqualTo(Recorded.STALE);
    assertThat(journal.furthest(message).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
  }

  @Test
  void keepsTheReasonOfAFailure() {
    journal.record(receipt(DeliveryStatus.SENT, 10));

    journal.record(new Receipt("wamid.A", Optional.of(message), DeliveryStatus.FAILED, T0.plusSeconds(20), "undeliverable"));

    assertThat(journal.furthest(message).orElseThrow().detail()).isEqualTo("undeliverable");
  }

  @Test
  void findsTheMessageOfAReportWithoutCallbackDataThroughTheExternalId() {
    journal.record(receipt(DeliveryStatus.SENT, 10));

    journal.record(new Receipt("wamid.A", Optional.empty(), DeliveryStatus.DELIVERED, T0.plusSeconds(20), ""));

    assertThat(journal.furthest(message))
        .contains(new Receipt("wamid.A", Optional.of(message), DeliveryStatus.DELIVERED, T0.plusSeconds(20), ""));
  }

  @Test
  void recordsAReportNamingNoMessageWithoutTyingItToOne() {
    Recorded first = journal.record(new Receipt("wamid.Z", Optional.empty(), DeliveryStatus.SENT, T0, ""));

    Recorded again = journal.record(new Receipt("wamid.Z", Optional.empty(), DeliveryStatus.SENT, T0, ""));

    assertThat(first).isEqualTo(Recorded.ADVANCED);
    assertThat(again).isEqualTo(Recorded.DUPLICATE);
    assertThat(journal.furthest(message)).isEmpty();
  }

  @Test
  void tiesAMessageToTheFirstExternalIdThatNamedIt() {
    journal.record(receipt(DeliveryStatus.SENT, 10));

    journal.record(new Receipt("wamid.B", Optional.of(message), DeliveryStatus.READ, T0.plusSeconds(30), ""));

    assertThat(journal.furthest(message).orElseThrow().externalId()).isEqualTo("wamid.A");
  }

  @Test
  void keepsTheReportsOfEachMessageApart() {
    journal.record(receipt(DeliveryStatus.DELIVERED, 10));

    journal.record(new Receipt("wamid.O", Optional.of(otherOrganisationsMessage), DeliveryStatus.SENT, T0, ""));

    assertThat(journal.furthest(message).orElseThrow().externalId()).isEqualTo("wamid.A");
    assertThat(journal.furthest(otherOrganisationsMessage).orElseThrow().externalId()).isEqualTo("wamid.O");
  }

  private Receipt receipt(DeliveryStatus status, long second) {
    return new Receipt("wamid.A", Optional.of(message), status, T0.plusSeconds(second), "");
  }
}
