/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.AUDITOR;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.eur;
import static org.koprogo.domain.coop.CoopFixtures.newProject;
import static org.koprogo.domain.coop.CoopFixtures.projectAt;
import static org.koprogo.domain.coop.CoopAssertions.assertNotPermitted;
import static org.koprogo.domain.coop.CoopAssertions.assertRefused;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.OfferedLot;
import org.koprogo.domain.coop.Workflow;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.MilestoneReached;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class ProjectWorkflowTest {

  static Stream<Arguments> pairs(boolean allowed) {
    List<Arguments> pairs = new ArrayList<>();
    for (ProjectPhase from : ProjectPhase.values()) {
      for (ProjectPhase to : ProjectPhase.values()) {
        boolean listed = ProjectPhase.WORKFLOW.allows(from, to);
        if (listed == allowed && !(allowed && from == ProjectPhase.ON_HOLD)) {
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
  void reachesEveryAllowedMilestone(ProjectPhase from, ProjectPhase to) {
    Project project = projectAt(from);

    Change<Project> change = project.reach(to, MANAGER, AT);

    assertThat(change.after().phase()).isEqualTo(to);
    boolean milestone = to != ProjectPhase.ON_HOLD && to != ProjectPhase.CANCELLED;
    assertThat(change.eventsOf(MilestoneReached.class)).hasSize(milestone ? 1 : 0);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("refused")
  void refusesEveryMilestoneTheTableDoesNotList(ProjectPhase from, ProjectPhase to) {
    Project project = projectAt(from);

    assertRefused(() -> project.reach(to, MANAGER, AT), from, to, Workflow.ALLOWED);
  }

  @ParameterizedTest
  @EnumSource(value = ProjectPhase.class, names = {"LAND_SECURED", "PERMITS", "CONTRACTING", "BUILDING", "DELIVERY", "HANDOVER"})
  void resumesOnlyTheMilestoneItWasHeldAt(ProjectPhase heldAt) {
    Project held = projectAt(heldAt).reach(ProjectPhase.ON_HOLD, MANAGER, AT).after();

    assertThat(held.heldAt()).contains(heldAt);
    assertThat(held.reach(heldAt, MANAGER, AT).after().phase()).isEqualTo(heldAt);
    assertThat(held.reach(ProjectPhase.CANCELLED, MANAGER, AT).after().phase()).isEqualTo(ProjectPhase.CANCELLED);
    for (ProjectPhase other : ProjectPhase.RUNNING) {
      if (other != heldAt) {
        assertRefused(() -> held.reach(other, MANAGER, AT), ProjectPhase.ON_HOLD, other, Project.GUARD_RESUME);
      }
    }
  }

  @Test
  void refusesContractingWithoutAPlannedBudget() {
    Project project = newProject().reach(ProjectPhase.PERMITS, MANAGER, AT).after();

    assertRefused(() -> project.reach(ProjectPhase.CONTRACTING, MANAGER, AT),
        ProjectPhase.PERMITS, ProjectPhase.CONTRACTING, Project.GUARD_BUDGET);
  }

  @Test
  void refusesDeliveryWithoutLots() {
    Project project = newProject().planBudget("structure", eur("1.00"), MANAGER, AT).after()
        .reach(ProjectPhase.PERMITS, MANAGER, AT).after()
        .reach(ProjectPhase.CONTRACTING, MANAGER, AT).after()
        .reach(ProjectPhase.BUILDING, MANAGER, AT).after();

    assertRefused(() -> project.reach(ProjectPhase.DELIVERY, MANAGER, AT),
        ProjectPhase.BUILDING, ProjectPhase.DELIVERY, Project.GUARD_LOTS);
  }

  @Test
  void movesTheLotsWithTheMilestones() {
    assertThat(projectAt(ProjectPhase.CONTRACTING).lots()).extracting(ProjectLot::state).containsOnly(LotState.PLANNED);
    assertThat(projectAt(ProjectPhase.BUILDING).lots()).extracting(ProjectLot::state).containsOnly(LotState.UNDER_CONSTRUCTION);
    assertThat(projectAt(ProjectPhase.DELIVERY).lots()).extracting(ProjectLot::state).containsOnly(LotState.DELIVERED);
    assertThat(projectAt(ProjectPhase.HANDOVER).lots()).extracting(ProjectLot::state).containsOnly(LotState.HANDED_OVER);
  }

  @Test
  void announcesAMilestoneOnceWithAStableKey() {
    Project project = projectAt(ProjectPhase.PERMITS);

    MilestoneReached reached = project.reach(ProjectPhase.CONTRACTING, MANAGER, AT).eventsOf(MilestoneReached.class).get(0);

    assertThat(reached.key().toString()).isEqualTo("g1/PROJECT_MILESTONE_REACHED/project:p1/milestone:CONTRACTING");
    assertThat(reached.recipient()).isEmpty();
  }

  @Test
  void comparesPlannedAndCommittedPerCategory() {
    Project project = newProject()
        .planBudget("land", eur("200000.00"), MANAGER, AT).after()
        .planBudget("fees", eur("50000.00"), MANAGER, AT).after()
        .commit("land", eur("195000.00"), MANAGER, AT).after()
        .commit("fees", eur("30000.00"), MANAGER, AT).after()
        .commit("fees", eur("25000.00"), MANAGER, AT).after();

    assertThat(project.budget()).extracting(BudgetLine::category, BudgetLine::remaining, BudgetLine::overrun)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("land", eur("5000.00"), false),
            org.assertj.core.groups.Tuple.tuple("fees", eur("-5000.00"), true));
    assertThat(project.plannedTotal()).isEqualTo(eur("250000.00"));
    assertThat(project.committedTotal()).isEqualTo(eur("250000.00"));
  }

  @Test
  void refusesANegativeBudgetAmountAndADuplicateLot() {
    Project project = projectAt(ProjectPhase.LAND_SECURED);

    assertThatThrownBy(() -> project.commit("land", eur("-1.00"), MANAGER, AT))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NEGATIVE_AMOUNT));
    assertThatThrownBy(() -> project.addLot(LotId.of("A1"), LotType.STUDIO, BigDecimal.TEN, MANAGER, AT))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_LOT));
  }

  @Test
  void offersEveryLotNotAssignedYet() {
    Project project = projectAt(ProjectPhase.BUILDING);

    List<OfferedLot> offered = project.offeredLots(Set.of(LotId.of("A1")));

    assertThat(offered).containsExactly(OfferedLot.unavailable(LotId.of("A1")), OfferedLot.available(LotId.of("A2")));
  }

  @Test
  void letsAnAuditorChangeNothing() {
    Project project = projectAt(ProjectPhase.LAND_SECURED);

    assertNotPermitted(() -> project.reach(ProjectPhase.PERMITS, AUDITOR, AT));
    assertNotPermitted(() -> project.planBudget("land", eur("1.00"), AUDITOR, AT));
    assertNotPermitted(() -> project.addLot(LotId.of("B1"), LotType.HOUSE, BigDecimal.ONE, AUDITOR, AT));
  }
}
