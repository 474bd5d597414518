/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.bazaar.BazaarOffer;
import org.koprogo.domain.community.bazaar.OfferKind;
import org.koprogo.domain.community.bazaar.SwapBazaar;
import org.koprogo.ports.application.Pages;
import org.koprogo.ports.application.community.CommunityWork.Outcome;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.RunSwapBazaar;

/** {@link RunSwapBazaar} on the building's stored bazaar, at the host's clock. */
final class BazaarOffers implements RunSwapBazaar {
  private final CommunityWork work;

  BazaarOffers(CommunityWork work) {
    this.work = work;
  }

  @Override
  public BazaarOffer publish(NewOffer command) {
    work.validation.check(command);
    return on(command.organisation(), command.building(),
        (bazaar, at) -> bazaar.publish(command.offer(), NeighbourId.of(command.owner()), OfferKind.valueOf(command.kind()), command.title(), at));
  }

  @Override
  public BazaarOffer reserve(OfferStep command) {
    work.validation.check(command);
    return on(command.organisation(), command.building(), (bazaar, at) -> bazaar.reserve(command.offer(), NeighbourId.of(command.by()), at));
  }

  @Override
  public BazaarOffer release(OfferStep command) {
    work.validation.check(command);
    return on(command.organisation(), command.building(), (bazaar, at) -> bazaar.release(command.offer(), at));
  }

  @Override
  public BazaarOffer handOver(OfferStep command) {
    work.validation.check(command);
    return on(command.organisation(), command.building(), (bazaar, at) -> bazaar.handOver(command.offer(), NeighbourId.of(command.by()), at));
  }

  @Override
  public BazaarOffer withdraw(OfferStep command) {
    work.validation.check(command);
    return on(command.organisation(), command.building(), (bazaar, at) -> bazaar.withdraw(command.offer(), NeighbourId.of(command.by()), at));
  }

  @Override
  public List<BazaarOffer> available(CommunityRef query) {
    return work.read(query, CommunityModule.SWAP_BAZAAR).bazaar().available(work.ports.clock().now());
  }

  @Override
  public List<BazaarOffer> available(CommunityRef query, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "an offer id", id -> id);
    Instant now = work.ports.clock().now();
    return work.page(query, CommunityModule.SWAP_BAZAAR,
        (organisation, building) -> work.store.buildings().availableOffers(organisation, building, now, from, n));
  }

  private BazaarOffer on(String organisation, String building, BiFunction<SwapBazaar, Instant, BazaarOffer> step) {
    return work.change(organisation, building, current -> {
      SwapBazaar bazaar = current.bazaar();
      BazaarOffer result = step.apply(bazaar, work.ports.clock().now());
      return new Outcome<>(current.with(bazaar), result);
    });
  }
}
