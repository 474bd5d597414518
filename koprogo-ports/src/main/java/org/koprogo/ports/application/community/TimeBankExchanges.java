/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.exchange.ExchangeId;
import org.koprogo.domain.community.exchange.TimeBank;
import org.koprogo.domain.community.exchange.TimeCredits;
import org.koprogo.ports.application.Pages;
import org.koprogo.ports.application.community.CommunityWork.Outcome;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.RunLocalExchange;

/** {@link RunLocalExchange} on the building's stored time bank. */
final class TimeBankExchanges implements RunLocalExchange {
  private final CommunityWork work;

  TimeBankExchanges(CommunityWork work) {
    this.work = work;
  }

  @Override
  public Exchange propose(Proposal command) {
    work.validation.check(command);
    TimeCredits duration = TimeCredits.ofHours(new BigDecimal(command.hours()));
    ExchangeId id = ExchangeId.of(command.exchange());
    NeighbourId by = NeighbourId.of(command.by());
    return on(command.organisation(), command.building(), id, (bank, at) -> {
      if (command.offer()) {
        bank.offer(id, by, command.service(), duration, at);
      } else {
        bank.request(id, by, command.service(), duration, at);
      }
    });
  }

  @Override
  public Exchange accept(Step command) {
    work.validation.check(command);
    ExchangeId id = ExchangeId.of(command.exchange());
    return on(command.organisation(), command.building(), id, (bank, at) -> bank.accept(id, NeighbourId.of(command.by()), at));
  }

  @Override
  public Exchange confirm(Step command) {
    work.validation.check(command);
    ExchangeId id = ExchangeId.of(command.exchange());
    return on(command.organisation(), command.building(), id, (bank, at) -> bank.confirm(id, NeighbourId.of(command.by()), at));
  }

  @Override
  public Exchange cancel(Step command) {
    work.validation.check(command);
    ExchangeId id = ExchangeId.of(command.exchange());
    return on(command.organisation(), command.building(), id, (bank, at) -> bank.cancel(id, NeighbourId.of(command.by()), at));
  }

  @Override
  public Exchange rate(Rating command) {
    work.validation.check(command);
    ExchangeId id = ExchangeId.of(command.exchange());
    return on(command.organisation(), command.building(), id,
        (bank, at) -> bank.rate(id, NeighbourId.of(command.by()), command.stars(), at));
  }

  @Override
  public List<Exchange> exchanges(CommunityRef query) {
    return work.read(query, CommunityModule.LOCAL_EXCHANGE).exchanges();
  }

  @Override
  public List<Exchange> exchanges(CommunityRef query, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "an exchange id", ExchangeId::of);
    return work.page(query, CommunityModule.LOCAL_EXCHANGE,
        (organisation, building) -> work.store.buildings().exchanges(organisation, building, from, n));
  }

  @Override
  public Map<String, String> balances(CommunityRef query) {
    TimeBank bank = work.read(query, CommunityModule.LOCAL_EXCHANGE).timeBank();
    Map<String, String> result = new TreeMap<>();
    bank.balances().forEach((who, credits) -> result.put(who.value(), credits.hours().toPlainString()));
    return result;
  }

  private Exchange on(String organisation, String building, ExchangeId id, BiConsumer<TimeBank, java.time.Instant> step) {
    return work.change(organisation, building, current -> {
      TimeBank bank = current.timeBank();
      step.accept(bank, work.ports.clock().now());
      return new Outcome<>(current.with(bank), bank.exchange(id).orElseThrow());
    });
  }
}
