/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.budget.BudgetFixtures.budget2026;
import static org.koprogo.domain.budget.BudgetFixtures.eur;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.AssemblyTally;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.Resolution;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.budget.ReserveFundCheck.Verdict;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class ReserveFundMinimumTest {

  @Test
  void acceptsAContributionOfAtLeastFivePercentOfLastYearsOrdinaryCharges() {
    ReserveFundCheck check = ReserveFundMinimum.check(budget2026(), eur("12800.00"), null);

    assertThat(check.verdict()).isEqualTo(Verdict.MINIMUM_MET);
    assertThat(check.minimum()).isEqualTo(eur("640.00"));
    assertThat(check.shortfall()).isEqualTo(eur("0.00"));
  }

  @Test
  void saysBelowMinimumWithTheShortfallWhenNoDecisionAllowsIt() {
    ReserveFundCheck check = ReserveFundMinimum.check(eur("500.00"), eur("12800.00"), null);

    assertThat(check.verdict()).isEqualTo(Verdict.BELOW_MINIMUM);
    assertThat(check.compliant()).isFalse();
    assertThat(check.shortfall()).isEqualTo(eur("140.00"));
    assertThat(check.explanation()).contains("140.00", "640.00", "12800.00");
  }

  /** The count of a waiver with owners F1.. holding {@code votesFor} for and A1.. {@code against}. */
  static VoteCount waiverVote(String id, long... shares) {
    List<Owner> owners = new ArrayList<>();
    List<Attendance> present = new ArrayList<>();
    Map<OwnerId, Ballot> ballots = new LinkedHashMap<>();
    for (int i = 0; i < shares.length; i++) {
      String o = "o" + i;
      owners.add(Owner.of(o, Long.toString(Math.abs(shares[i]))));
      present.add(Attendance.present(o));
      ballots.put(OwnerId.of(o), shares[i] > 0 ? Ballot.FOR : Ballot.AGAINST);
    }
    return AssemblyTally.open(BelgianCoOwnershipRules.standard(), Session.FIRST, owners, null, present)
        .count(Resolution.of(id, DecisionType.NOT_CONSTITUTING_RESERVE_FUND, ballots));
  }

  @Test
  void acceptsLessWhenFourFifthsOfTheVotesCastDecidedIt() {
    ReserveFundWaiver exactlyFourFifths = ReserveFundWaiver.from(waiverVote("AG-2026-04", 400, 400, -200));

    ReserveFundCheck check =
        ReserveFundMinimum.check(eur("0.00"), eur("12800.00"), exactlyFourFifths);

    assertThat(check.verdict()).isEqualTo(Verdict.WAIVED_BY_FOUR_FIFTHS);
    assertThat(check.compliant()).isTrue();
  }

  @Test
  void buildsAWaiverOnlyFromAnAdoptedCount() {
    VoteCount short1 = waiverVote("AG-2026-05", 400, 399, -201);

    assertThatThrownBy(() -> ReserveFundWaiver.from(short1)).isInstanceOfSatisfying(KoproGoException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD));
  }

  @Test
  void appliesTheCapBeforeTheWaiverCounts() {
    VoteCount capped = waiverVote("AG-2026-06", 800, -200);

    assertThat(capped.capped()).hasSize(1);
    assertThatThrownBy(() -> ReserveFundWaiver.from(capped)).isInstanceOf(KoproGoException.class);
  }

  @Test
  void roundsTheMinimumUpToTheCent() {
    assertThat(ReserveFundMinimum.minimumFor(eur("1234.57"))).isEqualTo(eur("61.73"));
    assertThat(ReserveFundMinimum.check(eur("61.72"), eur("1234.57"), null).compliant()).isFalse();
    assertThat(ReserveFundMinimum.check(eur("61.73"), eur("1234.57"), null).compliant()).isTrue();
  }

  @Test
  void requiresTheFundFromFiveYearsAfterTheProvisionalAcceptance() {
    LocalDate acceptance = LocalDate.of(2021, 3, 15);

    assertThat(ReserveFundMinimum.requiredFor(LocalDate.of(2026, 1, 1), acceptance)).isFalse();
    assertThat(ReserveFundMinimum.requiredFor(LocalDate.of(2026, 3, 15), acceptance)).isTrue();
  }
}
