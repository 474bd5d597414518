/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.exchange.ExchangeEvent.ExchangeAccepted;
import org.koprogo.domain.community.exchange.ExchangeEvent.ExchangeCancelled;
import org.koprogo.domain.community.exchange.ExchangeEvent.ExchangeCompleted;
import org.koprogo.domain.community.exchange.ExchangeEvent.ExchangeConfirmed;
import org.koprogo.domain.community.exchange.ExchangeEvent.ExchangeProposed;
import org.koprogo.domain.community.exchange.ExchangeEvent.ExchangeRated;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A building's local exchange (time bank): 1 hour of service = 1 credit. Credits move only when
 * an exchange completes, from the receiver to the provider, so the balances of a building always
 * add up to zero. The building may set a floor under which no balance may go.
 *
 * <p>Every action is refused with {@code MODULE_DISABLED} while the council has not switched the
 * {@link CommunityModule#LOCAL_EXCHANGE} module on. Not thread-safe: one instance per unit of work
 * (the JDBC adapter serialises by the aggregate's version).
 */
public final class TimeBank {
  private final CommunitySettings settings;
  private final TimeCredits floor;
  private final Map<ExchangeId, Exchange> exchanges = new LinkedHashMap<>();
  private final Map<NeighbourId, TimeCredits> balances = new HashMap<>();
  private final Map<NeighbourId, Long> completed = new HashMap<>();

  /**
   * A time bank.
   *
   * @param settings the building's community settings
   * @param floor the lowest balance allowed (for example -10 h), or null for none
   * @throws KoproGoException {@code INVALID_HOURS} for a positive floor
   */
  public TimeBank(CommunitySettings settings, TimeCredits floor) {
    this.settings = Objects.requireNonNull(settings, "settings");
    if (floor != null && floor.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_HOURS, "a balance floor is zero or negative, got " + floor, "value", floor.toString());
    }
    this.floor = floor;
  }

  /**
   * A time bank as stored: {@code exchanges} in creation order; balances and participation are
   * recomputed from the completed ones (a store keeps the exchanges, never the balances).
   *
   * @param settings the building's community settings
   * @param floor the lowest balance allowed, or null
   * @param exchanges the stored exchanges
   * @return the time bank
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} for an exchange listed twice
   */
  public static TimeBank restore(CommunitySettings settings, TimeCredits floor, List<Exchange> exchanges) {
    TimeBank bank = new TimeBank(settings, floor);
    for (Exchange e : exchanges) {
      if (bank.exchanges.putIfAbsent(e.id(), e) != null) {
        throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION, "exchange " + e.id().value() + " already exists", "value", e.id().value());
      }
      if (e.status() == ExchangeStatus.DONE) {
        bank.balances.merge(e.provider(), e.duration(), TimeCredits::plus);
        bank.balances.merge(e.receiver(), e.duration().negated(), TimeCredits::plus);
        bank.completed.merge(e.provider(), 1L, Long::sum);
        bank.completed.merge(e.receiver(), 1L, Long::sum);
      }
    }
    return bank;
  }

  /**
   * The lowest balance allowed, or null for none.
   *
   * @return the floor, or null
   */
  public TimeCredits floor() {
    return floor;
  }

  /**
   * A neighbour offers a service they can give.
   *
   * @param id the exchange's id
   * @param provider who offers the service
   * @param service what it is
   * @param duration how long it takes, positive
   * @param at when
   * @return the event
   * @throws KoproGoException {@code MODULE_DISABLED} when the module is off, {@code
   *     ILLEGAL_TRANSITION} for an id already used, {@code INVALID_HOURS} for a duration that is
   *     not positive
   */
  public ExchangeProposed offer(ExchangeId id, NeighbourId provider, String service, TimeCredits duration, Instant at) {
    return propose(id, provider, null, service, duration, at, true);
  }

  /**
   * A neighbour requests a service they need.
   *
   * @param id the exchange's id
   * @param receiver who needs the service
   * @param service what it is
   * @param duration how long it takes, positive
   * @param at when
   * @return the event
   * @throws KoproGoException {@code MODULE_DISABLED} when the module is off, {@code
   *     ILLEGAL_TRANSITION} for an id already used, {@code INVALID_HOURS} for a duration that is
   *     not positive
   */
  public ExchangeProposed request(ExchangeId id, NeighbourId receiver, String service, TimeCredits duration, Instant at) {
    return propose(id, null, receiver, service, duration, at, false);
  }

  private ExchangeProposed propose(
      ExchangeId id, NeighbourId provider, NeighbourId receiver, String service, TimeCredits duration,
      Instant at, boolean isOffer) {
    settings.require(CommunityModule.LOCAL_EXCHANGE);
    Objects.requireNonNull(id, "id");
    if (exchanges.containsKey(id)) {
      throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION, "exchange " + id.value() + " already exists", "value", id.value());
    }
    if (!duration.isPositive()) {
      throw KoproGoException.of(ErrorCode.INVALID_HOURS, "an exchange lasts a positive time, got " + duration, "value", duration.toString());
    }
    exchanges.put(id, new Exchange(id, service, provider, receiver, duration, ExchangeStatus.OFFERED, false, false, Map.of()));
    return new ExchangeProposed(id, isOffer ? provider : receiver, isOffer, at);
  }

  /**
   * The other party accepts an offered or requested exchange.
   *
   * @param id the exchange's id
   * @param by the other party
   * @param at when
   * @return the event
   * @throws KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION}
   *     unless offered, {@code NOT_A_PARTY} for the author
   */
  public ExchangeAccepted accept(ExchangeId id, NeighbourId by, Instant at) {
    settings.require(CommunityModule.LOCAL_EXCHANGE);
    Exchange e = get(id);
    requireStatus(e, ExchangeStatus.OFFERED, ExchangeStatus.ACCEPTED, "only an offered exchange can be accepted");
    if (by.equals(e.provider()) || by.equals(e.receiver())) {
      throw KoproGoException.of(ErrorCode.NOT_A_PARTY, by + " cannot accept their own exchange", "value", by.value());
    }
    NeighbourId provider = e.provider() == null ? by : e.provider();
    NeighbourId receiver = e.receiver() == null ? by : e.receiver();
    checkFloor(receiver, e.duration());
    exchanges.put(id, new Exchange(id, e.service(), provider, receiver, e.duration(), ExchangeStatus.ACCEPTED, false, false, Map.of()));
    return new ExchangeAccepted(id, by, at);
  }

  /**
   * A party confirms the service was done; when both have, the exchange completes and the
   * credits move (the returned list then ends with an {@link ExchangeCompleted}).
   *
   * @param id the exchange's id
   * @param by a party
   * @param at when
   * @return the events: a confirmation, then the completion once both confirmed
   * @throws KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION}
   *     unless accepted, {@code NOT_A_PARTY}, {@code BALANCE_FLOOR_REACHED} when the receiver's
   *     balance would fall below the floor
   */
  public List<ExchangeEvent> confirm(ExchangeId id, NeighbourId by, Instant at) {
    settings.require(CommunityModule.LOCAL_EXCHANGE);
    Exchange e = get(id);
    requireStatus(e, ExchangeStatus.ACCEPTED, ExchangeStatus.DONE, "only an accepted exchange can be confirmed");
    requireParty(e, by);
    boolean p = e.providerConfirmed() || by.equals(e.provider());
    boolean r = e.receiverConfirmed() || by.equals(e.receiver());
    List<ExchangeEvent> events = new ArrayList<>();
    events.add(new ExchangeConfirmed(id, by, at));
    if (p && r) {
      checkFloor(e.receiver(), e.duration());
      balances.merge(e.provider(), e.duration(), TimeCredits::plus);
      balances.merge(e.receiver(), e.duration().negated(), TimeCredits::plus);
      completed.merge(e.provider(), 1L, Long::sum);
      completed.merge(e.receiver(), 1L, Long::sum);
      exchanges.put(id, new Exchange(id, e.service(), e.provider(), e.receiver(), e.duration(), ExchangeStatus.DONE, true, true, Map.of()));
      events.add(new ExchangeCompleted(id, e.provider(), e.receiver(), e.duration(), at));
    } else {
      exchanges.put(id, new Exchange(id, e.service(), e.provider(), e.receiver(), e.duration(), ExchangeStatus.ACCEPTED, p, r, Map.of()));
    }
    return List.copyOf(events);
  }

  /**
   * A party (or, for an open proposal, its author) cancels before completion.
   *
   * @param id the exchange's id
   * @param by a party, or the author of an open proposal
   * @param at when
   * @return the event
   * @throws KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION}
   *     once done or cancelled, {@code NOT_A_PARTY}
   */
  public ExchangeCancelled cancel(ExchangeId id, NeighbourId by, Instant at) {
    settings.require(CommunityModule.LOCAL_EXCHANGE);
    Exchange e = get(id);
    if (e.status() != ExchangeStatus.OFFERED && e.status() != ExchangeStatus.ACCEPTED) {
      throw illegal(e, ExchangeStatus.CANCELLED, "a done or cancelled exchange cannot be cancelled");
    }
    requireParty(e, by);
    exchanges.put(id, new Exchange(id, e.service(), e.provider(), e.receiver(), e.duration(), ExchangeStatus.CANCELLED, e.providerConfirmed(), e.receiverConfirmed(), Map.of()));
    return new ExchangeCancelled(id, by, at);
  }

  /**
   * A party rates a completed exchange, once, from 1 to 5 stars.
   *
   * @param id the exchange's id
   * @param by a party
   * @param stars 1 to 5
   * @param at when
   * @return the event
   * @throws KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code INVALID_RATING}
   *     before completion, out of 1 to 5 or for a second rating, {@code NOT_A_PARTY}
   */
  public ExchangeRated rate(ExchangeId id, NeighbourId by, int stars, Instant at) {
    settings.require(CommunityModule.LOCAL_EXCHANGE);
    Exchange e = get(id);
    if (e.status() != ExchangeStatus.DONE) {
      throw KoproGoException.of(ErrorCode.INVALID_RATING, "only a completed exchange can be rated", "value", e.status().name());
    }
    requireParty(e, by);
    if (stars < 1 || stars > 5) {
      throw KoproGoException.of(ErrorCode.INVALID_RATING, "a rating is 1 to 5 stars, got " + stars, "value", stars);
    }
    if (e.ratings().containsKey(by)) {
      throw KoproGoException.of(ErrorCode.INVALID_RATING, by + " already rated this exchange", "value", by.value());
    }
    Map<NeighbourId, Integer> ratings = new HashMap<>(e.ratings());
    ratings.put(by, stars);
    exchanges.put(id, new Exchange(id, e.service(), e.provider(), e.receiver(), e.duration(), e.status(), true, true, ratings));
    return new ExchangeRated(id, by, stars, at);
  }

  /**
   * A neighbour's balance (zero for someone who never exchanged).
   *
   * @param who a neighbour
   * @return the balance
   */
  public TimeCredits balanceOf(NeighbourId who) {
    return balances.getOrDefault(who, TimeCredits.ZERO);
  }

  /**
   * Every balance; they add up to zero.
   *
   * @return the balances
   */
  public Map<NeighbourId, TimeCredits> balances() {
    return Map.copyOf(balances);
  }

  /**
   * A neighbour's participation level.
   *
   * @param who a neighbour
   * @return the level
   */
  public ParticipationLevel participationOf(NeighbourId who) {
    return ParticipationLevel.of(completed.getOrDefault(who, 0L));
  }

  /**
   * The exchange of that id.
   *
   * @param id an exchange id
   * @return the exchange, or empty
   */
  public Optional<Exchange> exchange(ExchangeId id) {
    return Optional.ofNullable(exchanges.get(id));
  }

  /**
   * Every exchange, in creation order.
   *
   * @return the exchanges
   */
  public List<Exchange> exchanges() {
    return List.copyOf(exchanges.values());
  }

  private void checkFloor(NeighbourId receiver, TimeCredits duration) {
    if (floor != null && balanceOf(receiver).minus(duration).compareTo(floor) < 0) {
      throw KoproGoException.of(
          ErrorCode.BALANCE_FLOOR_REACHED,
          receiver + " would go to " + balanceOf(receiver).minus(duration) + ", below the floor of " + floor,
          "value", receiver.value(), "floor", floor.toString());
    }
  }

  private Exchange get(ExchangeId id) {
    Exchange e = exchanges.get(id);
    if (e == null) {
      throw KoproGoException.of(ErrorCode.NOT_FOUND, "no exchange " + id.value(), "value", id.value());
    }
    return e;
  }

  private static void requireParty(Exchange e, NeighbourId by) {
    if (!e.isParty(by)) {
      throw KoproGoException.of(ErrorCode.NOT_A_PARTY, by + " is not a party to exchange " + e.id().value(), "value", by.value());
    }
  }

  private static void requireStatus(Exchange e, ExchangeStatus from, ExchangeStatus to, String guard) {
    if (e.status() != from) {
      throw illegal(e, to, guard);
    }
  }

  private static KoproGoException illegal(Exchange e, ExchangeStatus to, String guard) {
    return KoproGoException.of(
        ErrorCode.ILLEGAL_TRANSITION,
        "exchange " + e.id().value() + ": " + e.status() + " -> " + to + " refused: " + guard,
        "from", e.status().name(), "to", to.name(), "guard", guard);
  }
}
