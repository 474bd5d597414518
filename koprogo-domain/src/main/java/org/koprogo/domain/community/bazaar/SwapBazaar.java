/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.bazaar;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A building's swap and donation bazaar. Offers expire after a set time (30 days by default).
 * Refuses everything with {@code MODULE_DISABLED} while {@link CommunityModule#SWAP_BAZAAR} is off.
 */
public final class SwapBazaar {
  /** The default life of an offer. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

  private final CommunitySettings settings;
  private final Duration lifetime;
  private final Map<String, BazaarOffer> offers = new LinkedHashMap<>();

  /**
   * An empty bazaar.
   *
   * @param settings the building's community settings
   * @param lifetime how long an offer lives, positive
   * @throws KoproGoException {@code INVALID_EXPIRY} for a lifetime that is not positive
   */
  public SwapBazaar(CommunitySettings settings, Duration lifetime) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw KoproGoException.of(ErrorCode.INVALID_EXPIRY, "an offer lives a positive time", "value", lifetime.toString());
    }
  }

  /**
   * A bazaar as stored: its offers in publication order.
   *
   * @param settings the building's community settings
   * @param lifetime how long an offer lives
   * @param offers the stored offers
   * @return the bazaar
   */
  public static SwapBazaar restore(CommunitySettings settings, Duration lifetime, List<BazaarOffer> offers) {
    SwapBazaar bazaar = new SwapBazaar(settings, lifetime);
    offers.forEach(o -> bazaar.offers.put(o.id(), o));
    return bazaar;
  }

  /**
   * How long an offer lives.
   *
   * @return the lifetime
   */
  public Duration lifetime() {
    return lifetime;
  }

  /**
   * Publishes an offer that expires after the bazaar's lifetime.
   *
   * @param id the offer's id
   * @param owner who offers it
   * @param kind given, lent or swapped
   * @param title what it is
   * @param at when it is published
   * @return the offer
   * @throws KoproGoException {@code MODULE_DISABLED} when the bazaar is off, {@code
   *     ILLEGAL_TRANSITION} for an id already used
   */
  public BazaarOffer publish(String id, NeighbourId owner, OfferKind kind, String title, Instant at) {
    settings.require(CommunityModule.SWAP_BAZAAR);
    if (offers.containsKey(id)) {
      throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION, "offer " + id + " already exists", "value", id);
    }
    BazaarOffer offer = BazaarOffer.publish(id, owner, kind, title, at, at.plus(lifetime));
    offers.put(id, offer);
    return offer;
  }

  /**
   * A neighbour reserves an offer.
   *
   * @param id the offer's id
   * @param by the neighbour reserving it
   * @param at when
   * @return the offer, RESERVED
   * @throws KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND}, and what {@link
   *     BazaarOffer#reserve} throws
   */
  public BazaarOffer reserve(String id, NeighbourId by, Instant at) {
    return change(id, o -> o.reserve(by, at));
  }

  /**
   * The reservation of an offer is given up.
   *
   * @param id the offer's id
   * @param at when
   * @return the offer, AVAILABLE
   * @throws KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION}
   *     unless reserved
   */
  public BazaarOffer release(String id, Instant at) {
    return change(id, o -> o.release(at));
  }

  /**
   * The owner hands an offer over.
   *
   * @param id the offer's id
   * @param by the owner
   * @param at when
   * @return the offer, HANDED_OVER
   * @throws KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code NOT_A_PARTY} for
   *     someone else, {@code ILLEGAL_TRANSITION} unless reserved
   */
  public BazaarOffer handOver(String id, NeighbourId by, Instant at) {
    return change(id, o -> {
      requireOwner(o, by);
      return o.handOver(at);
    });
  }

  /**
   * The owner withdraws an offer.
   *
   * @param id the offer's id
   * @param by the owner
   * @param at when
   * @return the offer, WITHDRAWN
   * @throws KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code NOT_A_PARTY} for
   *     someone else, {@code ILLEGAL_TRANSITION} once finished
   */
  public BazaarOffer withdraw(String id, NeighbourId by, Instant at) {
    return change(id, o -> {
      requireOwner(o, by);
      return o.withdraw(at);
    });
  }

  /**
   * The offers that can still be reserved at {@code at}.
   *
   * @param at an instant
   * @return the offers available
   * @throws KoproGoException {@code MODULE_DISABLED} when the bazaar is off
   */
  public List<BazaarOffer> available(Instant at) {
    settings.require(CommunityModule.SWAP_BAZAAR);
    return offers.values().stream().filter(o -> o.statusAt(at) == BazaarStatus.AVAILABLE).toList();
  }

  /**
   * Every offer, in publication order.
   *
   * @return the offers
   */
  public List<BazaarOffer> offers() {
    return List.copyOf(offers.values());
  }

  private BazaarOffer change(String id, UnaryOperator<BazaarOffer> transition) {
    settings.require(CommunityModule.SWAP_BAZAAR);
    BazaarOffer o = offers.get(id);
    if (o == null) {
      throw KoproGoException.of(ErrorCode.NOT_FOUND, "no offer " + id, "value", id);
    }
    BazaarOffer next = transition.apply(o);
    offers.put(id, next);
    return next;
  }

  private static void requireOwner(BazaarOffer o, NeighbourId by) {
    if (!o.owner().equals(by)) {
      throw KoproGoException.of(ErrorCode.NOT_A_PARTY, by + " does not own offer " + o.id(), "value", by.value());
    }
  }
}
