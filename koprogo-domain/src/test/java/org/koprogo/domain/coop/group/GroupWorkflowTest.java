/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.coop.CoopAssertions.assertNotPermitted;
import static org.koprogo.domain.coop.CoopAssertions.assertRefused;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.AUDITOR;
import static org.koprogo.domain.coop.CoopFixtures.ENOUGH;
import static org.koprogo.domain.coop.CoopFixtures.M1;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.NOTHING;
import static org.koprogo.domain.coop.CoopFixtures.THRESHOLD;
import static org.koprogo.domain.coop.CoopFixtures.eur;
import static org.koprogo.domain.coop.CoopFixtures.groupHeldFrom;
import static org.koprogo.domain.coop.CoopFixtures.groupIn;
import static org.koprogo.domain.coop.CoopFixtures.newGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.Workflow;
import org.koprogo.domain.coop.event.AuditEvent;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.TimelineEntry;

class GroupWorkflowTest {

  static Stream<Arguments> allowed() {
    List<Arguments> pairs = new ArrayList<>();
    for (GroupStatus from : GroupStatus.values()) {
      for (GroupStatus to : GroupStatus.values()) {
        if (from != GroupStatus.ON_HOLD && GroupStatus.WORKFLOW.allows(from, to)) {
          pairs.add(Arguments.of(from, to));
        }
      }
    }
    return pairs.stream();
  }

  static Stream<Arguments> refused() {
    List<Arguments> pairs = new ArrayList<>();
    for (GroupStatus from : GroupStatus.values()) {
      for (GroupStatus to : GroupStatus.values()) {
        if (!GroupStatus.WORKFLOW.allows(from, to)) {
          pairs.add(Arguments.of(from, to));
        }
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("allowed")
  void movesAlongEveryAllowedTransition(GroupStatus from, GroupStatus to) {
    Group group = groupIn(from);

    Change<Group> change = group.moveTo(to, ENOUGH, MANAGER, AT);

    assertThat(change.after().status()).isEqualTo(to);
    AuditEvent audit = change.eventsOf(AuditEvent.class).get(0);
    assertThat(audit.before()).isEqualTo(from.name());
    assertThat(audit.after()).isEqualTo(to.name());
    assertThat(audit.actor()).isEqualTo(MANAGER.id());
    assertThat(change.eventsOf(TimelineEntry.class)).hasSize(1);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("refused")
  void refusesEveryTransitionTheTableDoesNotList(GroupStatus from, GroupStatus to) {
    Group group = from == GroupStatus.ON_HOLD ? groupHeldFrom(GroupStatus.FORMATION) : groupIn(from);

    assertRefused(() -> group.moveTo(to, ENOUGH, MANAGER, AT), from, to, Workflow.ALLOWED);
  }

  @ParameterizedTest
  @EnumSource(value = GroupStatus.class, names = {"FORMATION", "KYC_READY", "FUNDING_OPEN", "THRESHOLD_REACHED", "FUNDING_CLOSED", "ALLOCATION_RUNNING"})
  void resumesOnlyTheStateItWasHeldFrom(GroupStatus heldFrom) {
    Group held = groupHeldFrom(heldFrom);

    assertThat(held.heldFrom()).contains(heldFrom);
    assertThat(held.moveTo(heldFrom, NOTHING, MANAGER, AT).after().status()).isEqualTo(heldFrom);
    assertThat(held.moveTo(GroupStatus.CANCELLED, NOTHING, MANAGER, AT).after().status()).isEqualTo(GroupStatus.CANCELLED);
    for (GroupStatus other : GroupStatus.RUNNING) {
      if (other != heldFrom) {
        assertRefused(() -> held.moveTo(other, ENOUGH, MANAGER, AT), GroupStatus.ON_HOLD, other, Group.GUARD_RESUME);
      }
    }
  }

  @Test
  void refusesKycReadyWithoutAnActiveMember() {
    Group group = newGroup().admit(M1, Role.COOP_MEMBER, Set.of(DocumentKind.IDENTITY_DOCUMENT), MANAGER, AT).after();

    assertRefused(() -> group.moveTo(GroupStatus.KYC_READY, ENOUGH, MANAGER, AT),
        GroupStatus.FORMATION, GroupStatus.KYC_READY, Group.GUARD_ACTIVE_MEMBER);
  }

  @Test
  void refusesToOpenFundingBeforeAContributionPlanIsValidated() {
    Group group =
        org.koprogo.domain.coop.CoopFixtures.withActiveMember(newGroup(), M1)
            .moveTo(GroupStatus.KYC_READY, ENOUGH, MANAGER, AT).after();

    assertRefused(() -> group.moveTo(GroupStatus.FUNDING_OPEN, ENOUGH, MANAGER, AT),
        GroupStatus.KYC_READY, GroupStatus.FUNDING_OPEN, Group.GUARD_PLAN);
  }

  @Test
  void refusesThresholdReachedBelowTheThreshold() {
    Group group = groupIn(GroupStatus.FUNDING_OPEN);

    assertRefused(() -> group.moveTo(GroupStatus.THRESHOLD_REACHED, new FundingFacts(THRESHOLD.minus(eur("0.01")), 3), MANAGER, AT),
        GroupStatus.FUNDING_OPEN, GroupStatus.THRESHOLD_REACHED, Group.GUARD_THRESHOLD);
  }

  @Test
  void refusesToRunTheAllocationWithoutLots() {
    Group group = groupIn(GroupStatus.FUNDING_CLOSED);

    assertRefused(() -> group.moveTo(GroupStatus.ALLOCATION_RUNNING, new FundingFacts(THRESHOLD, 0), MANAGER, AT),
        GroupStatus.FUNDING_CLOSED, GroupStatus.ALLOCATION_RUNNING, Group.GUARD_LOTS);
  }

  @Test
  void derivesThresholdReachedFromConfirmedContributions() {
    Group group = groupIn(GroupStatus.FUNDING_OPEN);

    Change<Group> below = group.recordFunding(THRESHOLD.minus(eur("0.01")), MANAGER, AT);
    Change<Group> reached = group.recordFunding(THRESHOLD, MANAGER, AT);

    assertThat(below.isUnchanged()).isTrue();
    assertThat(below.after().status()).isEqualTo(GroupStatus.FUNDING_OPEN);
    assertThat(reached.after().status()).isEqualTo(GroupStatus.THRESHOLD_REACHED);
  }

  @Test
  void recordingFundingOutsideFundingOpenChangesNothing() {
    Group group = groupIn(GroupStatus.KYC_READY);

    Change<Group> change = group.recordFunding(THRESHOLD, MANAGER, AT);

    assertThat(change.after().status()).isEqualTo(GroupStatus.KYC_READY);
  }

  @Test
  void letsOnlyManagersMoveTheGroup() {
    Group group = groupIn(GroupStatus.FORMATION);

    assertNotPermitted(() -> group.moveTo(GroupStatus.KYC_READY, ENOUGH, AUDITOR, AT));
    assertNotPermitted(() -> group.moveTo(GroupStatus.KYC_READY, ENOUGH, Actor.member(M1), AT));
    assertThat(group.moveTo(GroupStatus.KYC_READY, ENOUGH, Actor.of("u-boss", Role.ORG_ADMIN), AT).after().status())
        .isEqualTo(GroupStatus.KYC_READY);
  }
}
