/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.bazaar;

import java.time.Instant;
import java.util.Objects;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * An offer of the swap and donation bazaar: something to give away or to swap, reserved by a
 * neighbour, then handed over. An offer expires at {@code expiresAt}: after that it can no longer
 * be reserved, and an unfinished one shows as {@link BazaarStatus#EXPIRED}. Immutable: each
 * transition returns the new offer.
 *
 * @param id its id
 * @param owner who offers
 * @param kind gift or swap
 * @param title what it is
 * @param publishedAt when it was published
 * @param expiresAt when it expires (after {@code publishedAt})
 * @param status the recorded status (use {@link #statusAt(Instant)} for the status at a time)
 * @param reservedBy who reserved it, or null
 */
public record BazaarOffer(
    String id, NeighbourId owner, OfferKind kind, String title, Instant publishedAt, Instant expiresAt,
    BazaarStatus status, NeighbourId reservedBy) {
  /**
   * Checks the offer.
   *
   * @param id its id
   * @param owner who offers
   * @param kind gift or swap
   * @param title what it is
   * @param publishedAt when it was published
   * @param expiresAt when it expires (after {@code publishedAt})
   * @param status the recorded status (use {@link #statusAt(Instant)} for the status at a time)
   * @param reservedBy who reserved it, or null
   * @throws KoproGoException {@code INVALID_EXPIRY} for an expiry that is not after the publication
   */
  public BazaarOffer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(status, "status");
    if (!expiresAt.isAfter(publishedAt)) {
      throw KoproGoException.of(ErrorCode.INVALID_EXPIRY, "an offer expires after its publication", "value", expiresAt.toString());
    }
  }

  /**
   * A new, available offer.
   *
   * @param id the offer's id
   * @param owner who offers it
   * @param kind given, lent or swapped
   * @param title what it is
   * @param at when it is published
   * @param expiresAt when it expires
   * @return the offer
   * @throws KoproGoException {@code INVALID_EXPIRY} for an expiry that is not after the publication
   */
  public static BazaarOffer publish(String id, NeighbourId owner, OfferKind kind, String title, Instant at, Instant expiresAt) {
    return new BazaarOffer(id, owner, kind, title, at, expiresAt, BazaarStatus.AVAILABLE, null);
  }

  /**
   * The status at {@code at}: EXPIRED once past the expiry if not handed over or withdrawn.
   *
   * @param at an instant
   * @return the status then
   */
  public BazaarStatus statusAt(Instant at) {
    boolean open = status == BazaarStatus.AVAILABLE || status == BazaarStatus.RESERVED;
    return open && !at.isBefore(expiresAt) ? BazaarStatus.EXPIRED : status;
  }

  /**
   * A neighbour reserves the offer.
   *
   * @param by the neighbour reserving it
   * @param at when
   * @return the offer, RESERVED
   * @throws KoproGoException {@code OFFER_EXPIRED} once expired, {@code NOT_A_PARTY} for the owner,
   *     {@code ILLEGAL_TRANSITION} unless available
   */
  public BazaarOffer reserve(NeighbourId by, Instant at) {
    BazaarStatus now = statusAt(at);
    if (now == BazaarStatus.EXPIRED) {
      throw KoproGoException.of(ErrorCode.OFFER_EXPIRED, "offer " + id + " expired at " + expiresAt, "value", id);
    }
    guard(now, BazaarStatus.AVAILABLE, BazaarStatus.RESERVED, "only an available offer is reserved");
    if (by.equals(owner)) {
      throw KoproGoException.of(ErrorCode.NOT_A_PARTY, by + " cannot reserve their own offer", "value", by.value());
    }
    return new BazaarOffer(id, owner, kind, title, publishedAt, expiresAt, BazaarStatus.RESERVED, by);
  }

  /**
   * The reservation is given up: available again.
   *
   * @param at when
   * @return the offer, AVAILABLE
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} unless reserved
   */
  public BazaarOffer release(Instant at) {
    guard(statusAt(at), BazaarStatus.RESERVED, BazaarStatus.AVAILABLE, "only a reserved offer is released");
    return new BazaarOffer(id, owner, kind, title, publishedAt, expiresAt, BazaarStatus.AVAILABLE, null);
  }

  /**
   * The owner hands the thing over to whoever reserved it.
   *
   * @param at when
   * @return the offer, HANDED_OVER
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} unless reserved
   */
  public BazaarOffer handOver(Instant at) {
    guard(statusAt(at), BazaarStatus.RESERVED, BazaarStatus.HANDED_OVER, "only a reserved offer is handed over");
    return new BazaarOffer(id, owner, kind, title, publishedAt, expiresAt, BazaarStatus.HANDED_OVER, reservedBy);
  }

  /**
   * The owner withdraws the offer.
   *
   * @param at when
   * @return the offer, WITHDRAWN
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} once handed over or withdrawn
   */
  public BazaarOffer withdraw(Instant at) {
    BazaarStatus now = statusAt(at);
    if (now == BazaarStatus.HANDED_OVER || now == BazaarStatus.WITHDRAWN) {
      guard(now, BazaarStatus.AVAILABLE, BazaarStatus.WITHDRAWN, "a finished offer cannot be withdrawn");
    }
    return new BazaarOffer(id, owner, kind, title, publishedAt, expiresAt, BazaarStatus.WITHDRAWN, reservedBy);
  }

  private void guard(BazaarStatus now, BazaarStatus from, BazaarStatus to, String why) {
    if (now != from) {
      throw KoproGoException.of(
          ErrorCode.ILLEGAL_TRANSITION, "offer " + id + ": " + now + " -> " + to + " refused: " + why,
          "from", now.name(), "to", to.name(), "guard", why);
    }
  }
}
