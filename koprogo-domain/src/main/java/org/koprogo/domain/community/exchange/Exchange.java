/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.exchange;

import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.community.NeighbourId;

/**
 * One exchange of a service between two neighbours. A neighbour offers a service (provider
 * known) or requests one (receiver known); the other party accepts; both confirm it was done.
 * Immutable snapshot: the {@link TimeBank} makes the transitions.
 *
 * @param id its id
 * @param service what is done ("fix a bike", "one hour of Dutch conversation")
 * @param provider who gives the service (null while a request is open)
 * @param receiver who receives it (null while an offer is open)
 * @param duration how long, in credits
 * @param status where it stands
 * @param providerConfirmed the provider confirmed it was done
 * @param receiverConfirmed the receiver confirmed it was done
 * @param ratings the ratings (1 to 5) given after completion, by who gave them
 */
public record Exchange(
    ExchangeId id, String service, NeighbourId provider, NeighbourId receiver, TimeCredits duration,
    ExchangeStatus status, boolean providerConfirmed, boolean receiverConfirmed,
    Map<NeighbourId, Integer> ratings) {
  /**
   * Checks that every part is given and copies the ratings.
   *
   * @param id its id
   * @param service what is done ("fix a bike", "one hour of Dutch conversation")
   * @param provider who gives the service (null while a request is open)
   * @param receiver who receives it (null while an offer is open)
   * @param duration how long, in credits
   * @param status where it stands
   * @param providerConfirmed the provider confirmed it was done
   * @param receiverConfirmed the receiver confirmed it was done
   * @param ratings the ratings (1 to 5) given after completion, by who gave them
   */
  public Exchange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(status, "status");
    ratings = Map.copyOf(ratings);
  }

  /**
   * True when {@code who} is the provider or the receiver.
   *
   * @param who a neighbour
   * @return whether they are a party
   */
  public boolean isParty(NeighbourId who) {
    return who.equals(provider) || who.equals(receiver);
  }
}
