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

  public SwapBazaar(CommunitySettings settings, Duration lifetime) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw KoproGoException.of(ErrorCode.INVALID_EXPIRY, "an offer lives a positive time", "value", lifetime.toString());
    }
  }

  /** A bazaar as stored: its offers in publication order. */
  public static SwapBazaar restore(CommunitySettings settings, Duration lifetime, List<BazaarOffer> offers) {
    SwapBazaar bazaar = new SwapBazaar(settings, lifetime);
    offers.forEach(o -> bazaar.offers.put(o.id(), o));
    return bazaar;
  }

  /** How long an offer lives. */
  public Duration lifetime() {
    return lifetime;
  }

  /** Publishes an offer that expires after the bazaar's lifetime. */
  public BazaarOffer publish(String id, NeighbourId owner, OfferKind kind, String title, Instant at) {
    settings.require(CommunityModule.SWAP_BAZAAR);
    if (offers.containsKey(id)) {
      throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION, "offer " + id + " already exists", "value", id);
    }
    BazaarOffer offer = BazaarOffer.publish(id, owner, kind, title, at, at.plus(lifetime));
    offers.put(id, offer);
    return offer;
  }

  public BazaarOffer reserve(String id, NeighbourId by, Instant at) {
    return change(id, o -> o.reserve(by, at));
  }

  public BazaarOffer release(String id, Instant at) {
    return change(id, o -> o.release(at));
  }

  public BazaarOffer handOver(String id, NeighbourId by, Instant at) {
    return change(id, o -> {
      requireOwner(o, by);
      return o.handOver(at);
    });
  }

  public BazaarOffer withdraw(String id, NeighbourId by, Instant at) {
    return change(id, o -> {
      requireOwner(o, by);
      return o.withdraw(at);
    });
  }

  /** The offers that can still be reserved at {@code at}. */
  public List<BazaarOffer> available(Instant at) {
    settings.require(CommunityModule.SWAP_BAZAAR);
    return offers.values().stream().filter(o -> o.statusAt(at) == BazaarStatus.AVAILABLE).toList();
  }

  /** Every offer, in publication order. */
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
