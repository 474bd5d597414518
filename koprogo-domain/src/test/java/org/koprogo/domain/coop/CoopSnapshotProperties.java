/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.coop.CoopFixtures.ADMIN;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.ENOUGH;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.NOTHING;
import static org.koprogo.domain.coop.CoopFixtures.TODAY;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.ledger.EntryId;
import org.koprogo.domain.coop.ledger.IdempotencyKey;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.coop.project.ProjectPhase;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.quicktheories.core.Gen;

/**
 * Over random sequences of commands (refused ones included), the group, the project and the
 * ledger rebuilt from their snapshots have the same state and answer every next command, events
 * included, as the originals do.
 */
class CoopSnapshotProperties {
  private static final List<MemberId> MEMBERS = List.of(MemberId.of("a"), MemberId.of("b"), MemberId.of("c"));
  private static final DocumentKind[] KINDS = DocumentKind.values();

  private static Gen<List<Integer>> sequences() {
    return lists().of(integers().between(0, 1 << 24)).ofSizeBetween(0, 40);
  }

  /** The outcome of a command: the new state and the events, or the refusal's code. */
  private static <T, S> Object outcome(T aggregate, Function<T, Change<T>> command, Function<T, S> snapshot) {
    try {
      Change<T> change = command.apply(aggregate);
      return List.of(snapshot.apply(change.after()), change.events());
    } catch (KoproGoException e) {
      return e.code();
    }
  }

  /** Plays {@code codes} on {@code start}, checking the round trip before every command. */
  private static <T, S> T play(
      T start, List<Integer> codes, Function<Integer, Function<T, Change<T>>> commands,
      Function<T, S> snapshot, Function<S, T> restore) {
    T current = start;
    for (int code : codes) {
      T restored = restore.apply(snapshot.apply(current));
      assertThat(snapshot.apply(restored)).isEqualTo(snapshot.apply(current));
      Function<T, Change<T>> command = commands.apply(code);
      Object expected = outcome(current, command, snapshot);
      assertThat(outcome(restored, command, snapshot)).isEqualTo(expected);
      if (expected instanceof List<?>) {
        current = command.apply(current).after();
      }
    }
    return current;
  }

  static Function<Group, Change<Group>> groupCommand(int code) {
    int arg = code / 10;
    MemberId m = MEMBERS.get(arg % MEMBERS.size());
    DocumentKind kind = KINDS[(arg / 3) % KINDS.length];
    return switch (code % 10) {
      case 0 -> g -> g.admit(m, Role.COOP_MEMBER, required(arg / 3), MANAGER, AT);
      case 1 -> g -> g.submitDocument(m, kind, "scan-" + arg % 2, Actor.member(m), AT);
      case 2 -> g -> g.acceptDocument(m, kind, MANAGER, AT);
      case 3 -> g -> g.rejectDocument(m, kind, "blurred", MANAGER, AT);
      case 4 -> g -> g.changeMemberStatus(m, MemberStatus.values()[(arg / 3) % 4], MANAGER, AT);
      case 5 -> g -> g.moveTo(arg % 7 == 0 ? GroupStatus.values()[(arg / 7) % GroupStatus.values().length]
          : next(g.status()), arg % 5 == 0 ? NOTHING : ENOUGH, MANAGER, AT);
      case 6 -> g -> g.validateContributionPlan("plan/v" + arg % 3, MANAGER, AT);
      case 7 -> g -> g.adoptDocument("doc " + arg % 2, "v" + arg % 3, MANAGER, AT);
      case 8 -> g -> g.changeRole(m, Role.values()[(arg / 3) % 4], ADMIN, AT);
      default -> g -> g.withdraw(m, Actor.member(m), AT);
    };
  }

  /** The next state of the main line (or the state itself at its end). */
  private static GroupStatus next(GroupStatus s) {
    return s.ordinal() < GroupStatus.COMPLETED.ordinal() ? GroupStatus.values()[s.ordinal() + 1] : s;
  }

  private static Set<DocumentKind> required(int bits) {
    Set<DocumentKind> set = EnumSet.noneOf(DocumentKind.class);
    for (int i = 0; i < KINDS.length; i++) {
      if ((bits >> i & 1) == 1) {
        set.add(KINDS[i]);
      }
    }
    return set;
  }

  static Function<Project, Change<Project>> projectCommand(int code) {
    int arg = code / 4;
    return switch (code % 4) {
      case 0 -> p -> p.addLot(LotId.of("L" + arg % 5), LotType.values()[arg % LotType.values().length],
          BigDecimal.valueOf(50 + arg % 40), MANAGER, AT);
      case 1 -> p -> p.planBudget("cat-" + arg % 3, Money.ofMinor(Money.EUR, arg % 1000), MANAGER, AT);
      case 2 -> p -> p.commit("cat-" + arg % 3, Money.ofMinor(Money.EUR, arg % 500), MANAGER, AT);
      default -> p -> p.reach(arg % 7 == 0 ? ProjectPhase.values()[(arg / 7) % ProjectPhase.values().length]
          : ProjectPhase.values()[Math.min(p.phase().ordinal() + 1, ProjectPhase.CLOSED.ordinal())], MANAGER, AT);
    };
  }

  static Function<Ledger, Change<Ledger>> ledgerCommand(int code) {
    int arg = code / 6;
    MemberId m = MEMBERS.get(arg % MEMBERS.size());
    EntryId id = EntryId.of("E" + arg % 20);
    IdempotencyKey key = IdempotencyKey.of("k" + arg % 25);
    EntryId target = EntryId.of("E" + (arg / 20) % 20);
    Money amount = Money.ofMinor(Money.EUR, 1 + arg % 300);
    return switch (code % 6) {
      case 0 -> l -> l.declare(id, key, m, amount, TODAY, "proof", Actor.member(m), AT);
      case 1 -> l -> l.confirm(id, key, target, MANAGER, AT);
      case 2 -> l -> l.reject(id, key, target, "not received", MANAGER, AT);
      case 3 -> l -> l.reverse(id, key, target, "correction", MANAGER, AT);
      case 4 -> l -> l.callFunds(id, key, m, "2026-" + arg % 12, TODAY, amount, MANAGER, AT);
      default -> l -> l.applyPenalty(id, key, m, TODAY, amount, "late", MANAGER, AT);
    };
  }

  @Test
  void aRestoredGroupIsTheSameGroupAtEveryStep() {
    List<Group> starts = new java.util.ArrayList<>();
    for (GroupStatus s : GroupStatus.values()) {
      starts.add(CoopFixtures.groupIn(s));
    }
    starts.add(CoopFixtures.newGroup());
    starts.add(CoopFixtures.groupHeldFrom(GroupStatus.FUNDING_CLOSED));

    qt().withExamples(300).forAll(integers().between(0, starts.size() - 1), sequences()).checkAssert((start, codes) ->
        play(starts.get(start), codes, CoopSnapshotProperties::groupCommand, Group::snapshot, Group::restore));
  }

  @Test
  void aRestoredProjectIsTheSameProjectAtEveryStep() {
    List<Project> starts = new java.util.ArrayList<>();
    for (ProjectPhase p : ProjectPhase.values()) {
      starts.add(CoopFixtures.projectAt(p));
    }
    starts.add(CoopFixtures.newProject());

    qt().withExamples(300).forAll(integers().between(0, starts.size() - 1), sequences()).checkAssert((start, codes) ->
        play(starts.get(start), codes, CoopSnapshotProperties::projectCommand, Project::snapshot, Project::restore));
  }

  @Test
  void aRestoredLedgerIsTheSameLedgerAtEveryStep() {
    qt().withExamples(200).forAll(sequences()).checkAssert(codes -> {
      Ledger last = play(CoopFixtures.emptyLedger(), codes, CoopSnapshotProperties::ledgerCommand, Ledger::snapshot,
          Ledger::restore);

      assertThat(Ledger.restore(last.snapshot())).isEqualTo(last);
    });
  }
}
