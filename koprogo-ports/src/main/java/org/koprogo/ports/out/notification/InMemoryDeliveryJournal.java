/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.koprogo.ports.out.OutboxMessageId;

/** A {@link DeliveryJournal} in memory, for tests and single-process hosts. Thread-safe. */
public final class InMemoryDeliveryJournal implements DeliveryJournal {
  /** Creates an empty journal. */
  public InMemoryDeliveryJournal() {}

  private final Map<OutboxMessageId, Unsettled> unsettled = new HashMap<>();
  private final Map<OutboxMessageId, Integer> unknowns = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Receipt> furthestByExternalId = new HashMap<>();
  private final Map<OutboxMessageId, String> externalIds = new HashMap<>();

  @Override
  public synchronized void attemptStarted(OutboxMessageId message, Instant at) {
    Objects.requireNonNull(at, "at");
    unsettled.put(message, new Unsettled(at, unknowns.getOrDefault(message, 0)));
  }

  @Override
  public synchronized void attemptSettled(OutboxMessageId message) {
    unsettled.remove(message);
  }

  @Override
  public synchronized int attemptUnknown(OutboxMessageId message, Instant at) {
    int count = unknowns.merge(message, 1, Integer::sum);
    Unsettled current = unsettled.get(message);
    unsettled.put(message, new Unsettled(current == null ? at : current.since(), count));
    return count;
  }

  @Override
  public synchronized Optional<Unsettled> unsettled(OutboxMessageId message) {
    return Optional.ofNullable(unsettled.get(message));
  }

  @Override
  public synchronized Recorded record(Receipt receipt) {
    Objects.requireNonNull(receipt, "receipt");
    if (!seen.add(receipt.externalId() + "|" + receipt.status())) {
      return Recorded.DUPLICATE;
    }
    receipt.message().ifPresent(id -> externalIds.putIfAbsent(id, receipt.externalId()));
    Receipt furthest = furthestByExternalId.get(receipt.externalId());
    if (furthest != null && !furthest.status().advancesTo(receipt.status())) {
      return Recorded.STALE;
    }
    Optional<OutboxMessageId> message = receipt.message().or(() -> furthest == null ? Optional.empty() : furthest.message());
    furthestByExternalId.put(receipt.externalId(),
        new Receipt(receipt.externalId(), message, receipt.status(), receipt.at(), receipt.detail()));
    return Recorded.ADVANCED;
  }

  @Override
  public synchronized Optional<Receipt> furthest(OutboxMessageId message) {
    String externalId = externalIds.get(message);
    return externalId == null ? Optional.empty() : Optional.ofNullable(furthestByExternalId.get(externalId));
  }

  /**
   * GDPR erasure: empties the channel's detail (a failure reason may quote the recipient) of the
   * message's delivery status; the statuses and dates stay (docs/gdpr.md).
   *
   * @param message the outbox message
   * @return how many records changed
   */
  public synchronized int eraseDetails(OutboxMessageId message) {
    String externalId = externalIds.get(message);
    Receipt furthest = externalId == null ? null : furthestByExternalId.get(externalId);
    if (furthest == null || furthest.detail().isEmpty()) {
      return 0;
    }
    furthestByExternalId.put(externalId,
        new Receipt(furthest.externalId(), furthest.message(), furthest.status(), furthest.at(), ""));
    return 1;
  }
}
