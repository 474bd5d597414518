/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;
import static org.koprogo.ports.contract.SnapshotFixtures.AT;
import static org.koprogo.ports.contract.SnapshotFixtures.MANAGER;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.meeting.AssemblyState;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.budget.CallsForFunds;
import org.koprogo.domain.coop.group.FundingFacts;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.out.AggregateStore;

/**
 * The stateful aggregates of the domain stored through the {@link AggregateStore} as their
 * snapshots: every snapshot comes back equal, and the aggregate restored from it is the one that
 * was stored; a stored snapshot no transition could have produced is refused on restoring.
 */
public abstract class SnapshotStoreContract extends ContractBase {

  /** Stores {@code snapshot}, reads it back, and checks it and the aggregate restored from it. */
  private <S extends Record> S roundTrip(String id, S snapshot, Function<S, ? extends Record> restoredSnapshot) {
    AggregateStore store = ports.aggregateStore();
    store.add(ACME, id, snapshot);

    @SuppressWarnings("unchecked")
    S read = (S) store.find(ACME, snapshot.getClass(), id).orElseThrow().aggregate();

    assertThat(read).isEqualTo(snapshot);
    assertThat(restoredSnapshot.apply(read)).isEqualTo(snapshot);
    return read;
  }

  @Test
  void everyAssemblyComesBackAndRestoresAsItWas() {
    List<GeneralAssembly> assemblies = List.of(
        SnapshotFixtures.publishedAssembly(), SnapshotFixtures.frenchAssembly(), SnapshotFixtures.membersAssembly(),
        SnapshotFixtures.secondSession());

    for (GeneralAssembly a : assemblies) {
      GeneralAssembly.Snapshot read =
          roundTrip(a.id().value(), a.snapshot(), s -> GeneralAssembly.restore(s).snapshot());

      GeneralAssembly restored = GeneralAssembly.restore(read);
      assertThat(restored.history()).isEqualTo(a.history());
      if (a.state() == AssemblyState.CLOSED || a.state() == AssemblyState.MINUTES_PUBLISHED) {
        assertThat(restored.minutes()).isEqualTo(a.minutes());
      }
    }
  }

  @Test
  void theCooperativesAggregatesComeBackAndRestoreAsTheyWere() {
    Group group = SnapshotFixtures.group();
    Project project = SnapshotFixtures.project();
    Ledger ledger = SnapshotFixtures.ledger();

    roundTrip("coop-1", group.snapshot(), s -> Group.restore(s).snapshot());
    roundTrip("p1", project.snapshot(), s -> Project.restore(s).snapshot());
    Ledger.Snapshot read = roundTrip("coop-1", ledger.snapshot(), s -> Ledger.restore(s).snapshot());

    assertThat(Ledger.restore(read)).isEqualTo(ledger);
    assertThat(Ledger.restore(read).payments()).isEqualTo(ledger.payments());
  }

  @Test
  void theMonthlyPriceAndThePlannedCallsComeBackAndRestoreAsTheyWere() {
    MonthlyPrice price = SnapshotFixtures.monthlyPrice();
    CallsForFunds calls = SnapshotFixtures.callsForFunds();

    roundTrip("price", price.snapshot(), s -> MonthlyPrice.restore(s).snapshot());
    CallsForFunds.Snapshot read = roundTrip("2026", calls.snapshot(), s -> CallsForFunds.restore(s).snapshot());

    assertThat(CallsForFunds.restore(read).calls()).isEqualTo(calls.calls());
  }

  @Test
  void theRecordAggregatesComeBackEqual() {
    AggregateStore store = ports.aggregateStore();
    List<Record> aggregates = List.of(SnapshotFixtures.contributionPlan(), SnapshotFixtures.contributionPlan().schedule(),
        SnapshotFixtures.membership(), org.koprogo.domain.solidarity.SolidarityFundCharter.standard());

    for (Record a : aggregates) {
      store.add(ACME, "id-1", a);
    }

    for (Record a : aggregates) {
      assertThat(store.find(ACME, a.getClass(), "id-1").orElseThrow().aggregate()).isEqualTo(a);
    }
  }

  @Test
  void aWorkflowIsStoredStepByStepWithOptimisticLocking() {
    AggregateStore store = ports.aggregateStore();
    Group group = SnapshotFixtures.group();
    AggregateStore.Stored<Group.Snapshot> first = store.add(ACME, "coop-1", group.snapshot());

    Group resumed = Group.restore(first.aggregate())
        .moveTo(GroupStatus.FUNDING_OPEN, new FundingFacts(SnapshotFixtures.eur("0.00"), 0), MANAGER, AT).after();
    AggregateStore.Stored<Group.Snapshot> second = store.update(first.with(resumed.snapshot()));

    assertThat(second.version()).isEqualTo(2);
    assertRefused(() -> store.update(first.with(group.snapshot())), ErrorCode.CONCURRENT_UPDATE);
    assertThat(Group.restore(store.find(ACME, Group.Snapshot.class, "coop-1").orElseThrow().aggregate()).status())
        .isEqualTo(GroupStatus.FUNDING_OPEN);
    assertThat(store.find(OTHER, Group.Snapshot.class, "coop-1")).isEmpty();
  }

  @Test
  void aStoredSnapshotNoTransitionCouldHaveMadeIsRefusedOnRestoring() {
    AggregateStore store = ports.aggregateStore();
    GeneralAssembly.Snapshot s = SnapshotFixtures.publishedAssembly().snapshot();
    GeneralAssembly.Snapshot corrupt = new GeneralAssembly.Snapshot(s.id(), s.rules(), s.headCount(), s.owners(),
        s.syndic(), s.session(), s.previousMeetingOn(), AssemblyState.NO_QUORUM, s.agenda(), s.convokedOn(),
        s.meetingOn(), s.attendance(), List.of(), null, s.history());
    store.add(ACME, "ga-corrupt", corrupt);

    GeneralAssembly.Snapshot read =
        store.find(ACME, GeneralAssembly.Snapshot.class, "ga-corrupt").orElseThrow().aggregate();

    assertThatThrownBy(() -> GeneralAssembly.restore(read))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
          assertThat(e.details()).containsEntry("field", "snapshot.state");
        });
  }
}
