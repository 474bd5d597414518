/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.AUDITOR;
import static org.koprogo.domain.coop.CoopFixtures.CONTESTED;
import static org.koprogo.domain.coop.CoopFixtures.DECISION;
import static org.koprogo.domain.coop.CoopFixtures.GROUP;
import static org.koprogo.domain.coop.CoopFixtures.M1;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.allocationIn;
import static org.koprogo.domain.coop.CoopAssertions.assertNotPermitted;
import static org.koprogo.domain.coop.CoopAssertions.assertRefused;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.AllocationPlan;
import org.koprogo.domain.coop.AllocationRound;
import org.koprogo.domain.coop.Applicant;
import org.koprogo.domain.coop.FifoAllocation;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.OfferedLot;
import org.koprogo.domain.coop.Rank;
import org.koprogo.domain.coop.Workflow;
import org.koprogo.domain.coop.event.AllocationAssigned;
import org.koprogo.domain.coop.event.AllocationProposed;
import org.koprogo.domain.coop.event.AllocationValidated;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.shared.Money;

class AllocationWorkflowTest {

  static Change<Allocation> move(Allocation a, AllocationStatus to) {
    return switch (to) {
      case PROPOSED -> throw new IllegalArgumentException("nothing moves back to PROPOSED");
      case VALIDATED -> a.validate(DECISION, MANAGER, AT);
      case ASSIGNED -> a.assign(MANAGER, AT);
      case CLOSED -> a.close(MANAGER, AT);
      case REJECTED -> a.reject(CONTESTED, MANAGER, AT);
    };
  }

  static Stream<Arguments> pairs(boolean allowed) {
    List<Arguments> pairs = new ArrayList<>();
    for (AllocationStatus from : AllocationStatus.values()) {
      for (AllocationStatus to : AllocationStatus.values()) {
        if (to != AllocationStatus.PROPOSED && AllocationStatus.WORKFLOW.allows(from, to) == allowed) {
          pairs.add(Arguments.of(from, to));
        }
      }
    }
    return pairs.stream();
  }

  static Stream<Arguments> allowed() {
    return pairs(true);
  }

  static Stream<Arguments> refused() {
    return pairs(false);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allowed")
  void movesAlongEveryAllowedTransition(AllocationStatus from, AllocationStatus to) {
    Allocation allocation = allocationIn(from);

    Allocation after = move(allocation, to).after();

    assertThat(after.status()).isEqualTo(to);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("refused")
  void refusesEveryTransitionTheTableDoesNotList(AllocationStatus from, AllocationStatus to) {
    Allocation allocation = allocationIn(from);

    assertRefused(() -> move(allocation, to), from, to, Workflow.ALLOWED);
  }

  @Test
  void noTransitionLeadsBackToProposed() {
    for (AllocationStatus from : AllocationStatus.values()) {
      assertThat(AllocationStatus.WORKFLOW.allows(from, AllocationStatus.PROPOSED)).isFalse();
    }
  }

  @Test
  void keepsTheDecisionRecordAndNotifiesTheMember() {
    Change<Allocation> change = allocationIn(AllocationStatus.PROPOSED).validate(DECISION, MANAGER, AT);

    assertThat(change.after().decision()).contains(DECISION);
    AllocationValidated notice = change.eventsOf(AllocationValidated.class).get(0);
    assertThat(notice.minutesReference()).isEqualTo("CA-2026-07");
    assertThat(notice.recipient()).contains(M1);
    assertThat(notice.key().toString()).isEqualTo("g1/LOT_ALLOCATION_VALIDATED/allocation:R1/m1/validated");
  }

  @Test
  void keepsTheRejectionReason() {
    Allocation rejected =
        allocationIn(AllocationStatus.VALIDATED)
            .reject(new Rejection(RejectionReason.MEMBER_NOT_ELIGIBLE, "arrears found"), MANAGER, AT)
            .after();

    assertThat(rejected.rejection()).map(Rejection::reason).contains(RejectionReason.MEMBER_NOT_ELIGIBLE);
  }

  @Test
  void notifiesTheAssignment() {
    Change<Allocation> change = allocationIn(AllocationStatus.VALIDATED).assign(MANAGER, AT);

    assertThat(change.eventsOf(AllocationAssigned.class)).hasSize(1);
  }

  @Test
  void refusesARoundAlreadyProposedButNotAnotherRound() {
    AllocationRound round =
        new AllocationRound(
            java.time.LocalDate.of(2026, 6, 30), Money.EUR,
            List.of(Applicant.of(MemberId.of("m1"), Rank.of(1), MemberStatus.ACTIVE)),
            List.of(OfferedLot.available(LotId.of("A1"))),
            List.of(), List.of(), List.of());
    AllocationPlan plan = FifoAllocation.withTolerance(Money.zero(Money.EUR)).allocate(round);
    List<Allocation> first = Allocation.propose(GROUP, "R1", plan, MANAGER, AT).after();

    assertThatThrownBy(() -> Allocation.propose(GROUP, "R1", plan, first, MANAGER, AT))
        .isInstanceOfSatisfying(org.koprogo.domain.shared.KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(org.koprogo.domain.shared.ErrorCode.ILLEGAL_TRANSITION);
          assertThat(e.details()).containsEntry("field", "round");
        });
    // "R1" is not a prefix match of "R10": only the same round is refused
    assertThat(Allocation.propose(GROUP, "R10", plan, first, MANAGER, AT).after()).hasSize(1);
    assertThat(Allocation.propose(GROUP, "R2", plan, first, MANAGER, AT).after()).hasSize(1);
  }

  @Test
  void proposesTheAllottedLotsOfAFifoPlanInRankOrder() {
    AllocationRound round =
        new AllocationRound(
            java.time.LocalDate.of(2026, 6, 30), Money.EUR,
            List.of(
                Applicant.of(MemberId.of("m2"), Rank.of(2), MemberStatus.ACTIVE),
                Applicant.of(MemberId.of("m1"), Rank.of(1), MemberStatus.ACTIVE),
                Applicant.of(MemberId.of("m3"), Rank.of(3), MemberStatus.ACTIVE)),
            List.of(OfferedLot.available(LotId.of("A1")), OfferedLot.available(LotId.of("A2"))),
            List.of(), List.of(), List.of());
    AllocationPlan plan = FifoAllocation.withTolerance(Money.zero(Money.EUR)).allocate(round);

    Change<List<Allocation>> proposals = Allocation.propose(GROUP, "R1", plan, MANAGER, AT);

    assertThat(proposals.after()).extracting(Allocation::member, Allocation::lot, Allocation::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MemberId.of("m1"), LotId.of("A1"), AllocationStatus.PROPOSED),
            org.assertj.core.groups.Tuple.tuple(MemberId.of("m2"), LotId.of("A2"), AllocationStatus.PROPOSED));
    assertThat(proposals.eventsOf(AllocationProposed.class)).extracting(p -> p.key().entity())
        .containsExactly("allocation:R1/m1", "allocation:R1/m2");
  }

  @Test
  void letsOnlyManagersDecide() {
    Allocation proposed = allocationIn(AllocationStatus.PROPOSED);

    assertNotPermitted(() -> proposed.validate(DECISION, AUDITOR, AT));
    assertNotPermitted(() -> proposed.reject(CONTESTED, org.koprogo.domain.coop.Actor.member(M1), AT));
  }
}
