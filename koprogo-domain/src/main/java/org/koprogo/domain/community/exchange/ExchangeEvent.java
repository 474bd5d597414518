/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.exchange;

import java.time.Instant;
import org.koprogo.domain.community.NeighbourId;

/** What happened to an exchange: past-tense events with the time supplied by the caller. */
public sealed interface ExchangeEvent {
  /**
   * The exchange it is about.
   *
   * @return the exchange's id
   */
  ExchangeId exchange();

  /**
   * When it happened, as the caller's clock said.
   *
   * @return the instant
   */
  Instant occurredAt();

  /**
   * A service was offered or requested.
   *
   * @param exchange the exchange
   * @param by who proposed it
   * @param isOffer true for an offer, false for a request
   * @param occurredAt when
   */
  record ExchangeProposed(ExchangeId exchange, NeighbourId by, boolean isOffer, Instant occurredAt) implements ExchangeEvent {}

  /**
   * The other party accepted.
   *
   * @param exchange the exchange
   * @param by who accepted
   * @param occurredAt when
   */
  record ExchangeAccepted(ExchangeId exchange, NeighbourId by, Instant occurredAt) implements ExchangeEvent {}

  /**
   * One party confirmed it was done (the exchange completes when both have).
   *
   * @param exchange the exchange
   * @param by who confirmed
   * @param occurredAt when
   */
  record ExchangeConfirmed(ExchangeId exchange, NeighbourId by, Instant occurredAt) implements ExchangeEvent {}

  /**
   * Both confirmed: credits moved from the receiver to the provider.
   *
   * @param exchange the exchange
   * @param provider who gave the service (credited)
   * @param receiver who received it (debited)
   * @param credits the credits moved
   * @param occurredAt when
   */
  record ExchangeCompleted(ExchangeId exchange, NeighbourId provider, NeighbourId receiver, TimeCredits credits, Instant occurredAt) implements ExchangeEvent {}

  /**
   * Cancelled before completion: no credit moved.
   *
   * @param exchange the exchange
   * @param by who cancelled
   * @param occurredAt when
   */
  record ExchangeCancelled(ExchangeId exchange, NeighbourId by, Instant occurredAt) implements ExchangeEvent {}

  /**
   * A party rated the exchange after completion.
   *
   * @param exchange the exchange
   * @param by who rated
   * @param stars 1 to 5
   * @param occurredAt when
   */
  record ExchangeRated(ExchangeId exchange, NeighbourId by, int stars, Instant occurredAt) implements ExchangeEvent {}
}
