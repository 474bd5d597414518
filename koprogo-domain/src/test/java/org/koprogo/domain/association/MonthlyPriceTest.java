/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.association.AssociationFixtures.eur;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class MonthlyPriceTest {
  private static final Instant RECORDED = Instant.parse("2026-06-20T18:00:00Z");
  private static final MonthlyPrice FIVE_EUROS =
      MonthlyPrice.initial(eur("5.00"), LocalDate.of(2025, 1, 1), ResolutionReference.of("AG-2024-03"));

  @Test
  void changesThePriceThroughAnAdoptedResolution() {
    PriceChangeDecision decision =
        PriceChangeDecision.adopted("AG-2026-07", eur("4.00"), LocalDate.of(2026, 7, 1));

    MonthlyPrice.Change change = FIVE_EUROS.change(decision, RECORDED);

    assertThat(change.price().current()).isEqualTo(eur("4.00"));
    assertThat(change.event())
        .isEqualTo(
            new MonthlyPriceChanged(
                ResolutionReference.of("AG-2026-07"),
                eur("5.00"),
                eur("4.00"),
                LocalDate.of(2026, 7, 1),
                RECORDED));
  }

  @Test
  void keepsTheOldPriceBeforeTheNewOneApplies() {
    MonthlyPrice changed =
        FIVE_EUROS
            .change(PriceChangeDecision.adopted("AG-2026-07", eur("4.00"), LocalDate.of(2026, 7, 1)), RECORDED)
            .price();

    assertThat(changed.on(LocalDate.of(2026, 6, 30))).contains(eur("5.00"));
    assertThat(changed.on(LocalDate.of(2026, 7, 1))).contains(eur("4.00"));
    assertThat(changed.on(LocalDate.of(2024, 12, 31))).isEmpty();
  }

  @Test
  void refusesARejectedResolutionNamingFromToAndTheGuard() {
    PriceChangeDecision rejected =
        PriceChangeDecision.rejected("AG-2026-08", eur("4.00"), LocalDate.of(2026, 7, 1));

    assertThatThrownBy(() -> FIVE_EUROS.change(rejected, RECORDED))
        .isInstanceOfSatisfying(
            KoproGoException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
              assertThat(e.details())
                  .containsEntry("from", "5.00")
                  .containsEntry("to", "4.00")
                  .containsEntry("guard", "resolution AG-2026-08 was adopted");
            });
  }

  @Test
  void refusesADecisionNotVotedOneMemberOneVote() {
    PriceChangeDecision weighted =
        new PriceChangeDecision(
            ResolutionReference.of("AG-2026-09"),
            VotingBasis.WEIGHTED_BY_SHARES,
            true,
            eur("4.00"),
            LocalDate.of(2026, 7, 1));

    assertThatThrownBy(() -> FIVE_EUROS.change(weighted, RECORDED))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
  }

  @Test
  void refusesAChangeThatWouldApplyBeforeTheCurrentPrice() {
    PriceChangeDecision backdated =
        PriceChangeDecision.adopted("AG-2026-10", eur("4.00"), LocalDate.of(2025, 1, 1));

    assertThatThrownBy(() -> FIVE_EUROS.change(backdated, RECORDED))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
  }

  @Test
  void turnsTheSurplusPriceDecreaseIntoAProposalTheAssemblyMustAdopt() {
    SurplusAllocationResult result =
        SurplusAllocation.allocate(AssociationFixtures.missionYear(), AssociationFixtures.missionPlan());
    PriceChangeDecision decision =
        PriceChangeDecision.adopted(
            "AG-2026-11", result.priceDecrease().newMonthlyPrice(), LocalDate.of(2027, 1, 1));

    MonthlyPrice after = FIVE_EUROS.change(decision, RECORDED).price();

    assertThat(after.current()).isEqualTo(eur("4.00"));
    assertThat(FIVE_EUROS.current()).isEqualTo(eur("5.00"));
  }
}
