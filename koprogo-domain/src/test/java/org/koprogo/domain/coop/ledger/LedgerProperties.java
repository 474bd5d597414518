/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.TODAY;
import static org.koprogo.domain.coop.CoopFixtures.emptyLedger;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.shared.Money;
import org.quicktheories.core.Gen;

/** The ledger's guarantees over generated histories of declarations and resolutions. */
class LedgerProperties {
  private static final List<MemberId> MEMBERS = List.of(MemberId.of("a"), MemberId.of("b"), MemberId.of("c"));

  /** A history: the commands that succeeded, in order, and the ledger after each. */
  record History(List<Function<Ledger, Change<Ledger>>> commands, List<Ledger> states) {
    Ledger last() {
      return states.get(states.size() - 1);
    }
  }

  /** Each code is one command: declare, confirm, reject or reverse (refused ones are skipped). */
  private static History play(List<Integer> codes) {
    List<Function<Ledger, Change<Ledger>>> commands = new ArrayList<>();
    List<Ledger> states = new ArrayList<>(List.of(emptyLedger()));
    List<EntryId> declared = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      int c = codes.get(i);
      Ledger l = states.get(states.size() - 1);
      EntryId id = EntryId.of("E" + i);
      IdempotencyKey key = IdempotencyKey.of("k" + i);
      Function<Ledger, Change<Ledger>> command;
      if (declared.isEmpty() || c % 4 == 0) {
        MemberId m = MEMBERS.get((c / 4) % MEMBERS.size());
        Money amount = Money.ofMinor(Money.EUR, 1 + (c / 12) % 100_000);
        command = x -> x.declare(id, key, m, amount, TODAY, "proof-" + id, Actor.member(m), AT);
        declared.add(id);
      } else {
        EntryId target = declared.get((c / 4) % declared.size());
        command =
            switch (c % 4) {
              case 1 -> x -> x.confirm(id, key, target, MANAGER, AT);
              case 2 -> x -> x.reject(id, key, target, "not found", MANAGER, AT);
              default -> x -> x.reverse(id, key, target, "correction", MANAGER, AT);
            };
        if (!ContributionStatus.WORKFLOW.allows(l.status(target), statusOf(c % 4))) {
          continue;
        }
      }
      states.add(command.apply(l).after());
      commands.add(command);
    }
    return new History(commands, states);
  }

  private static ContributionStatus statusOf(int op) {
    return switch (op) {
      case 1 -> ContributionStatus.CONFIRMED;
      case 2 -> ContributionStatus.REJECTED;
      default -> ContributionStatus.REVERSED;
    };
  }

  private static Gen<List<Integer>> histories() {
    return lists().of(integers().between(0, 10_000_000)).ofSizeBetween(0, 40);
  }

  @Test
  void theBalanceIsConfirmedEntriesMinusReversals() {
    qt().forAll(histories())
        .checkAssert(
            codes -> {
              Ledger ledger = play(codes).last();
              long total = 0;
              for (MemberId m : MEMBERS) {
                long confirmed = 0;
                long reversed = 0;
                for (LedgerEntry e : ledger.entries()) {
                  if (e.member().equals(m) && e.kind() == EntryKind.CONTRIBUTION_CONFIRMED) {
                    confirmed += e.amount().minorUnits();
                  }
                  if (e.member().equals(m) && e.kind() == EntryKind.CONTRIBUTION_REVERSED) {
                    reversed += e.amount().minorUnits();
                  }
                }
                assertThat(ledger.balance(m).minorUnits()).isEqualTo(confirmed - reversed);
                assertThat(ledger.balance(m).isNegative()).isFalse();
                total += confirmed - reversed;
              }
              assertThat(ledger.confirmedTotal().minorUnits()).isEqualTo(total);
            });
  }

  @Test
  void recordingAnyDeclarationOrResolutionTwiceLeavesTheLedgerUnchanged() {
    qt().forAll(histories())
        .checkAssert(
            codes -> {
              History h = play(codes);
              Ledger ledger = h.last();
              for (Function<Ledger, Change<Ledger>> command : h.commands()) {
                Change<Ledger> again = command.apply(ledger);
                assertThat(again.isUnchanged()).isTrue();
                assertThat(again.after()).isEqualTo(ledger);
              }
            });
  }

  @Test
  void neverChangesOrDropsARecordedEntry() {
    qt().forAll(histories())
        .checkAssert(
            codes -> {
              List<Ledger> states = play(codes).states();
              for (int i = 1; i < states.size(); i++) {
                List<LedgerEntry> before = states.get(i - 1).entries();
                List<LedgerEntry> after = states.get(i).entries();
                assertThat(after).hasSize(before.size() + 1);
                assertThat(after.subList(0, before.size())).isEqualTo(before);
              }
            });
  }
}
