/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.coop.AllocationFixtures.CUTOFF;
import static org.koprogo.domain.coop.AllocationFixtures.eur;
import static org.koprogo.domain.coop.AllocationFixtures.id;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

class StandingsTest {

  @Test
  void givesEveryMemberAStandingInTheMembersOrderEvenWithoutEntries() {
    Map<MemberId, Standing> standings =
        Standings.at(CUTOFF, Money.EUR, List.of(id("b"), id("a")), List.of(), List.of(), List.of());

    assertThat(standings.keySet()).containsExactly(id("b"), id("a"));
    assertThat(standings.get(id("a")).arrears()).isEqualTo(eur("0.00"));
  }

  @Test
  void findsMembersWhoseIdsAreEqualButNotTheSameObject() {
    Map<MemberId, Standing> standings =
        Standings.at(
            CUTOFF, Money.EUR, List.of(id("m1")),
            List.of(new Due(new MemberId(new String("m1")), CUTOFF, eur("7.00"))), List.of(), List.of());

    assertThat(standings.get(id("m1")).owed()).isEqualTo(eur("7.00"));
  }

  @Test
  void namesTheEntryOfAnUnknownMember() {
    assertThatThrownBy(
            () -> Standings.at(
                CUTOFF, Money.EUR, List.of(id("m1")), List.of(), List.of(),
                List.of(Payment.confirmed(id("m1"), CUTOFF, eur("1.00")), Payment.confirmed(id("x"), CUTOFF, eur("1.00")))))
        .isInstanceOfSatisfying(
            KoproGoException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_MEMBER);
              assertThat(e.details()).containsEntry("field", "payments[1].member").containsEntry("value", "x");
            });
  }

  @Test
  void refusesATotalBeyondSixtyFourBits() {
    Due huge = new Due(id("m1"), CUTOFF, Money.ofMinor(Money.EUR, Long.MAX_VALUE));

    assertThatThrownBy(() -> Standings.at(CUTOFF, Money.EUR, List.of(id("m1")), List.of(huge, huge), List.of(), List.of()))
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_OVERFLOW));
  }

  @Test
  void holdsThousandsOfMembers() {
    List<MemberId> members = new java.util.ArrayList<>();
    List<Due> dues = new java.util.ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      members.add(id("m" + i));
      dues.add(new Due(id("m" + i), CUTOFF, Money.ofMinor(Money.EUR, i)));
    }

    Map<MemberId, Standing> standings = Standings.at(CUTOFF, Money.EUR, members, dues, List.of(), List.of());

    for (int i = 0; i < 5000; i++) {
      assertThat(standings.get(id("m" + i)).owed().minorUnits()).isEqualTo(i);
    }
  }
}
