/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.shared.Money;
import org.quicktheories.core.Gen;

class BudgetProperties {
  private static final CallFrequency[] FREQUENCIES = CallFrequency.values();

  /** Weights for 1 to 12 lots, the first one always positive. */
  private static Gen<List<Integer>> weights() {
    return lists().of(integers().between(0, 1_000)).ofSizeBetween(1, 12)
        .map(w -> { List<Integer> c = new ArrayList<>(w); c.set(0, c.get(0) + 1); return c; });
  }

  private static DistributionKey key(String name, List<Integer> weights) {
    Map<LotId, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      map.put(LotId.of("L" + i), BigDecimal.valueOf(weights.get(i)));
    }
    return new DistributionKey(name, map);
  }

  private static List<LotId> lots(int n) {
    List<LotId> lots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lots.add(LotId.of("L" + i));
    }
    return lots;
  }

  @Test
  void callsForFundsAddUpPerLotPerPeriodAndOverall() {
    qt().forAll(weights(), longs().between(0, 50_000_000), longs().between(0, 5_000_000), integers().between(0, 3))
        .checkAssert(
            (weights, workingCapital, reserve, f) -> {
              DistributionKey shares = key("shares", weights);
              YearlyBudget budget =
                  YearlyBudget.of(
                      LocalDate.of(2026, 1, 1),
                      List.of(
                          BudgetLine.workingCapital("charges", Money.ofMinor(Money.EUR, workingCapital), shares),
                          BudgetLine.reserve("reserve", Money.ofMinor(Money.EUR, reserve), shares)));
              List<LotId> lots = lots(weights.size());

              CallsForFunds plan = CallsForFunds.plan(budget, lots, FREQUENCIES[f]);

              for (Fund fund : Fund.values()) {
                long overall = 0;
                for (LotId lot : lots) {
                  long lotTotal = 0;
                  for (CallForFunds call : plan.callsOf(lot)) {
                    assertThat(call.amountOf(fund).isNegative()).isFalse();
                    lotTotal += call.amountOf(fund).minorUnits();
                  }
                  assertThat(lotTotal).isEqualTo(plan.yearlyShareOf(lot, fund).minorUnits());
                  overall += lotTotal;
                }
                assertThat(overall).isEqualTo(budget.total(fund).minorUnits());
                long periods = 0;
                for (int t = 1; t <= FREQUENCIES[f].periods(); t++) {
                  long periodTotal = plan.periodTotal(t, fund).minorUnits();
                  long fair = budget.total(fund).minorUnits() / FREQUENCIES[f].periods();
                  assertThat(periodTotal).isBetween(fair, fair + 1);
                  periods += periodTotal;
                }
                assertThat(periods).isEqualTo(budget.total(fund).minorUnits());
              }
            });
  }

  @Test
  void theReserveCheckIsMonotone() {
    qt().forAll(
            longs().between(0, 10_000_000),
            longs().between(0, 1_000_000),
            longs().between(0, 100_000_000),
            longs().between(0, 1_000_000))
        .checkAssert(
            (contribution, more, charges, moreCharges) -> {
              Money c = Money.ofMinor(Money.EUR, contribution);
              Money previous = Money.ofMinor(Money.EUR, charges);

              boolean met = ReserveFundMinimum.check(c, previous, null).compliant();
              boolean metWithMore =
                  ReserveFundMinimum.check(c.plusMinor(more), previous, null).compliant();
              boolean metWithHigherCharges =
                  ReserveFundMinimum.check(c, previous.plusMinor(moreCharges), null).compliant();

              if (met) {
                assertThat(metWithMore).isTrue();
              }
              if (metWithHigherCharges) {
                assertThat(met).isTrue();
              }
            });
  }

  @Test
  void aFourFifthsWaiverOnlyEverHelps() {
    qt().forAll(longs().between(0, 10_000_000), longs().between(0, 100_000_000), integers().between(0, 1000))
        .checkAssert(
            (contribution, charges, votesFor) -> {
              Money c = Money.ofMinor(Money.EUR, contribution);
              Money previous = Money.ofMinor(Money.EUR, charges);
              List<Long> shares = new ArrayList<>();
              for (long left = votesFor; left > 0; left -= 100) {
                shares.add(Math.min(100, left));
              }
              for (long left = 1000 - votesFor; left > 0; left -= 100) {
                shares.add(-Math.min(100, left));
              }
              VoteCount count = ReserveFundMinimumTest.waiverVote("AG",
                  shares.stream().mapToLong(Long::longValue).toArray());
              ReserveFundWaiver waiver = count.adopted() ? ReserveFundWaiver.from(count) : null;

              ReserveFundCheck without = ReserveFundMinimum.check(c, previous, null);
              ReserveFundCheck with = ReserveFundMinimum.check(c, previous, waiver);

              if (without.compliant()) {
                assertThat(with.compliant()).isTrue();
              }
              assertThat(count.adopted()).isEqualTo(votesFor * 5 >= 1000 * 4);
              assertThat(with.compliant())
                  .isEqualTo(without.compliant() || votesFor * 5 >= 1000 * 4);
            });
  }
}
