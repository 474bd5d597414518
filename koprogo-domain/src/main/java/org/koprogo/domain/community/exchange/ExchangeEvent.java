/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.exchange;

import java.time.Instant;
import org.koprogo.domain.community.NeighbourId;

/** What happened to an exchange: past-tense events with the time supplied by the caller. */
public sealed interface ExchangeEvent {
  ExchangeId exchange();

  Instant occurredAt();

  /** A service was offered or requested. */
  record ExchangeProposed(ExchangeId exchange, NeighbourId by, boolean isOffer, Instant occurredAt) implements ExchangeEvent {}

  /** The other party accepted. */
  record ExchangeAccepted(ExchangeId exchange, NeighbourId by, Instant occurredAt) implements ExchangeEvent {}

  /** One party confirmed it was done (the exchange completes when both have). */
  record ExchangeConfirmed(ExchangeId exchange, NeighbourId by, Instant occurredAt) implements ExchangeEvent {}

  /** Both confirmed: credits moved from the receiver to the provider. */
  record ExchangeCompleted(ExchangeId exchange, NeighbourId provider, NeighbourId receiver, TimeCredits credits, Instant occurredAt) implements ExchangeEvent {}

  /** Cancelled before completion: no credit moved. */
  record ExchangeCancelled(ExchangeId exchange, NeighbourId by, Instant occurredAt) implements ExchangeEvent {}

  /** A party rated the exchange after completion. */
  record ExchangeRated(ExchangeId exchange, NeighbourId by, int stars, Instant occurredAt) implements ExchangeEvent {}
}
