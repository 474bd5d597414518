/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.notification.DeliveryJournal.Receipt;
import org.koprogo.ports.out.notification.DeliveryJournal.Recorded;
import org.koprogo.ports.out.notification.DeliveryJournal.Unsettled;

class InMemoryDeliveryJournalTest {
  private static final OutboxMessageId MESSAGE = OutboxMessageId.of("m-1");
  private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");

  private final DeliveryJournal journal = new InMemoryDeliveryJournal();

  @Test
  void knowsNothingOfAMessageNeverSent() {
    assertThat(journal.unsettled(MESSAGE)).isEmpty();
    assertThat(journal.furthest(MESSAGE)).isEmpty();
  }

  @Test
  void keepsAnAttemptUnsettledUntilItsOutcomeIsKnown() {
    journal.attemptStarted(MESSAGE, T0);

    Optional<Unsettled> started = journal.unsettled(MESSAGE);
    journal.attemptSettled(MESSAGE);

    assertThat(started).contains(new Unsettled(T0, 0));
    assertThat(journal.unsettled(MESSAGE)).isEmpty();
  }

  @Test
  void countsUnknownOutcomesAcrossAttempts() {
    journal.attemptStarted(MESSAGE, T0);
    int first = journal.attemptUnknown(MESSAGE, T0.plusSeconds(15));
    journal.attemptStarted(MESSAGE, T0.plusSeconds(900));

    int second = journal.attemptUnknown(MESSAGE, T0.plusSeconds(915));

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(2);
    assertThat(journal.unsettled(MESSAGE)).contains(new Unsettled(T0.plusSeconds(900), 2));
  }

  @Test
  void deduplicatesOnExternalIdAndStatus() {
    Recorded first = journal.record(receipt(DeliveryStatus.DELIVERED, 10));

    Recorded again = journal.record(receipt(DeliveryStatus.DELIVERED, 11));

    assertThat(first).isEqualTo(Recorded.ADVANCED);
    assertThat(again).isEqualTo(Recorded.DUPLICATE);
  }

  @Test
  void callsALateEarlierStatusStaleAndKeepsTheFurthest() {
    journal.record(receipt(DeliveryStatus.READ, 30));

    Recorded late = journal.record(receipt(DeliveryStatus.SENT, 10));

    assertThat(late).isEqualTo(Recorded.STALE);
    assertThat(journal.furthest(MESSAGE).orElseThrow().status()).isEqualTo(DeliveryStatus.READ);
  }

  @Test
  void findsTheMessageOfAReportWithoutCallbackDataThroughTheExternalId() {
    journal.record(receipt(DeliveryStatus.SENT, 10));

    journal.record(new Receipt("wamid.A", Optional.empty(), DeliveryStatus.DELIVERED, T0.plusSeconds(20), ""));

    assertThat(journal.furthest(MESSAGE).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
  }

  private static Receipt receipt(DeliveryStatus status, long second) {
    return new Receipt("wamid.A", Optional.of(MESSAGE), status, T0.plusSeconds(second), "");
  }
}
