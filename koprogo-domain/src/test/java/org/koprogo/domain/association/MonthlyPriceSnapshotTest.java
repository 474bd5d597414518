/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.association.AssociationFixtures.eur;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

class MonthlyPriceSnapshotTest {
  private static final Instant RECORDED = Instant.parse("2026-06-20T18:00:00Z");
  private static final LocalDate FOUNDED = LocalDate.of(2025, 1, 1);

  static MonthlyPrice changedTwice() {
    MonthlyPrice p = MonthlyPrice.initial(eur("5.00"), FOUNDED, ResolutionReference.of("AG-2024-03"));
    p = p.change(PriceChangeDecision.adopted("AG-2026-07", eur("4.00"), LocalDate.of(2026, 7, 1)), RECORDED).price();
    return p.change(PriceChangeDecision.adopted("AG-2027-07", eur("4.50"), LocalDate.of(2027, 7, 1)), RECORDED).price();
  }

  @Test
  void comesBackWithItsWholeHistory() {
    MonthlyPrice price = changedTwice();

    MonthlyPrice restored = MonthlyPrice.restore(price.snapshot());

    assertThat(restored.snapshot()).isEqualTo(price.snapshot());
    assertThat(restored.on(LocalDate.of(2026, 12, 31))).contains(eur("4.00"));
    assertThat(restored.current()).isEqualTo(eur("4.50"));
  }

  @Test
  void aRestoredPriceRefusesWhatTheOriginalRefuses() {
    MonthlyPrice restored = MonthlyPrice.restore(changedTwice().snapshot());

    PriceChangeDecision tooEarly = PriceChangeDecision.adopted("AG-X", eur("3.00"), LocalDate.of(2027, 7, 1));

    assertThatThrownBy(() -> restored.change(tooEarly, RECORDED))
        .isInstanceOfSatisfying(KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION));
  }

  @Test
  void refusesAHistoryNoResolutionCouldHaveMade() {
    List<MonthlyPrice.Period> periods = changedTwice().snapshot().periods();
    MonthlyPrice.Period dollars =
        new MonthlyPrice.Period(Money.parse("4.00", java.util.Currency.getInstance("USD")), LocalDate.of(2028, 1, 1),
            ResolutionReference.of("AG-2027-12"));

    assertRefused(new MonthlyPrice.Snapshot(List.of()), ErrorCode.INVALID_FIELD);
    assertRefused(new MonthlyPrice.Snapshot(List.of(periods.get(1), periods.get(0))), ErrorCode.INVALID_FIELD);
    assertRefused(new MonthlyPrice.Snapshot(List.of(periods.get(0), periods.get(0))), ErrorCode.INVALID_FIELD);
    assertRefused(new MonthlyPrice.Snapshot(List.of(periods.get(0), dollars)), ErrorCode.CURRENCY_MISMATCH);
  }

  @Test
  void anyHistoryOfAdoptedChangesComesBackIdentical() {
    qt().forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 12)).checkAssert(codes -> {
      MonthlyPrice price = MonthlyPrice.initial(eur("5.00"), FOUNDED, ResolutionReference.of("AG-0"));
      for (int code : codes) {
        MonthlyPrice restored = MonthlyPrice.restore(price.snapshot());
        PriceChangeDecision decision = PriceChangeDecision.adopted("AG-" + code,
            Money.ofMinor(Money.EUR, code % 1000), FOUNDED.plusDays(code % 3000));
        Object expected = outcome(price, decision);
        assertThat(outcome(restored, decision)).isEqualTo(expected);
        if (expected instanceof MonthlyPrice.Snapshot) {
          price = price.change(decision, RECORDED).price();
        }
      }

      assertThat(MonthlyPrice.restore(price.snapshot()).snapshot()).isEqualTo(price.snapshot());
    });
  }

  private static Object outcome(MonthlyPrice price, PriceChangeDecision decision) {
    try {
      return price.change(decision, RECORDED).price().snapshot();
    } catch (KoproGoException e) {
      return e.code();
    }
  }

  private static void assertRefused(MonthlyPrice.Snapshot snapshot, ErrorCode code) {
    assertThatThrownBy(() -> MonthlyPrice.restore(snapshot))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
