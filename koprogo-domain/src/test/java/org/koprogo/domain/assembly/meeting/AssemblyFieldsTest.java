/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.VotingBody;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

/** The rules the sample host used to repeat, and the fields the domain's refusals name. */
class AssemblyFieldsTest {

  private static void refused(Runnable call, ErrorCode code, String field) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(KoproGoException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.details().get("field")).isEqualTo(field);
    });
  }

  @Test
  void aConvocationTooLateForTheMeetingNamesTheMeetingDay() {
    GeneralAssembly draft = MeetingFixtures.draft();
    refused(() -> draft.convene(MeetingFixtures.CONVOKED_ON, MeetingFixtures.MEETING_ON.minusDays(1), MeetingFixtures.AT),
        ErrorCode.ILLEGAL_TRANSITION, "meetingOn");
    // a guard that is not about the day names no field
    GeneralAssembly convened = MeetingFixtures.convened();
    assertThatThrownBy(() -> convened.convene(MeetingFixtures.CONVOKED_ON, MeetingFixtures.MEETING_ON, MeetingFixtures.AT))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.details()).doesNotContainKey("field"));
  }

  @Test
  void aVotingBodyListsEachOwnerOnce() {
    refused(() -> GeneralAssembly.draft(AssemblyId.of("ga"), BelgianCoOwnershipRules.standard(),
        List.of(Owner.member("m1"), Owner.member("m2"), Owner.member("m1")), null),
        ErrorCode.DUPLICATE_OWNER, "owners[2]");
  }

  @Test
  void anItemsMajorityIsTheDecisionTypesUnlessOverriddenForAReason() {
    assertThat(RequiredMajority.forItem(DecisionType.WORKS_ON_COMMON_PARTS, null, null))
        .isEqualTo(RequiredMajority.of(DecisionType.WORKS_ON_COMMON_PARTS));
    assertThat(RequiredMajority.forItem(DecisionType.WORKS_ON_COMMON_PARTS, Majority.TWO_THIRDS, "ignored").isOverridden())
        .isFalse();
    assertThat(RequiredMajority.forItem(DecisionType.WORKS_ON_COMMON_PARTS, Majority.FOUR_FIFTHS, "statutes").majority())
        .isEqualTo(Majority.FOUR_FIFTHS);
    assertThat(RequiredMajority.forItem(null, Majority.ABSOLUTE, null)).isEqualTo(RequiredMajority.stated(Majority.ABSOLUTE));
    refused(() -> RequiredMajority.forItem(DecisionType.WORKS_ON_COMMON_PARTS, Majority.ABSOLUTE, " "),
        ErrorCode.MAJORITY_OVERRIDE_WITHOUT_REASON, "majority");
    refused(() -> RequiredMajority.forItem(null, null, null), ErrorCode.MISSING_FIELD, "majority");
  }

  @Test
  void theVotingBodySumsEachOwnersPartOfEveryLot() {
    List<Owner> body = VotingBody.of(List.of(
        new VotingBody.Holding(OwnerId.of("a"), new BigDecimal("95"), Fraction.ONE),
        new VotingBody.Holding(OwnerId.of("b"), new BigDecimal("110"), Fraction.of(1, 2)),
        new VotingBody.Holding(OwnerId.of("c"), new BigDecimal("110"), Fraction.of(1, 2)),
        new VotingBody.Holding(OwnerId.of("a"), new BigDecimal("20"), Fraction.ONE),
        new VotingBody.Holding(OwnerId.of("d"), new BigDecimal("100"), Fraction.of(1, 3))));
    assertThat(body).extracting(o -> o.id().value() + "=" + o.shares().toPlainString() + "/" + o.lots())
        .containsExactly("a=115/2", "b=55/1", "c=55/1", "d=33.3333333333/1");
    assertThat(VotingBody.of(List.of())).isEmpty();
  }
}
