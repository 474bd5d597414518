/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.sale;

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
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.shared.Money;
import org.quicktheories.core.Gen;

/** Invariants of the register of commitments: the lots' parts add up to each commitment's total. */
class CommitmentRegisterProperties {
  private static final Gen<List<Integer>> SHARES = lists().of(integers().between(1, 10_000)).ofSizeBetween(1, 40);
  private static final Gen<List<Long>> TOTALS = lists().of(longs().between(1, 50_000_000_00L)).ofSizeBetween(1, 8);
  private static final LocalDate DECIDED = LocalDate.of(2026, 3, 1);

  private static CommitmentRegister register(List<Integer> shares, List<Long> totals, int calledDays) {
    List<LotId> lots = new ArrayList<>();
    Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
    for (int i = 0; i < shares.size(); i++) {
      LotId lot = LotId.of("L" + i);
      lots.add(lot);
      weights.put(lot, BigDecimal.valueOf(shares.get(i)));
    }
    List<Commitment> commitments = new ArrayList<>();
    CommitmentKind[] kinds = CommitmentKind.values();
    for (int i = 0; i < totals.size(); i++) {
      LocalDate called = i % 2 == 0 ? null : DECIDED.plusDays(calledDays + i);
      commitments.add(new Commitment("c" + i, kinds[i % kinds.length], DECIDED.plusDays(i),
          DecisionMaker.GENERAL_ASSEMBLY, null, null, "commitment " + i, Money.ofMinor(Money.EUR, totals.get(i)),
          List.of(), called));
    }
    return new CommitmentRegister(commitments, lots, new DistributionKey("general", weights));
  }

  @Test
  void theLotsPartsOfEachCommitmentAddUpToItsTotal() {
    qt().forAll(SHARES, TOTALS, integers().between(0, 400), integers().between(1, 500))
        .check((shares, totals, calledDays, transferDays) -> {
          CommitmentRegister register = register(shares, totals, calledDays);
          LocalDate transfer = DECIDED.plusDays(transferDays);
          Map<String, Long> sums = new LinkedHashMap<>();
          for (LotId lot : register.lots()) {
            for (CommitmentShare s : register.pendingFor(lot, transfer)) {
              sums.merge(s.commitment().id(), s.lotShare().minorUnits(), Long::sum);
            }
          }
          for (Commitment c : register.commitments()) {
            if (c.pendingAt(transfer) != sums.containsKey(c.id())) {
              return false;
            }
            if (sums.containsKey(c.id()) && sums.get(c.id()) != c.total().minorUnits()) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void everyLotIsToldTheSameCommitmentsGroupedByItem() {
    qt().forAll(SHARES, TOTALS, integers().between(0, 400), integers().between(1, 500))
        .check((shares, totals, calledDays, transferDays) -> {
          CommitmentRegister register = register(shares, totals, calledDays);
          LocalDate transfer = DECIDED.plusDays(transferDays);
          List<String> first = register.pendingFor(register.lots().get(0), transfer).stream()
              .map(s -> s.commitment().id()).toList();
          List<CommitmentShare> last = register.pendingFor(register.lots().get(register.lots().size() - 1), transfer);
          for (int i = 1; i < last.size(); i++) {
            if (last.get(i - 1).commitment().kind().item() > last.get(i).commitment().kind().item()) {
              return false;
            }
          }
          return first.equals(last.stream().map(s -> s.commitment().id()).toList());
        });
  }
}
