/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.coop.CoopAssertions.assertRefused;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.entry;
import static org.koprogo.domain.coop.CoopFixtures.key;
import static org.koprogo.domain.coop.CoopFixtures.ledgerWithDeclaration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.koprogo.domain.coop.Workflow;
import org.koprogo.domain.coop.event.Change;

class ContributionWorkflowTest {
  private static final EntryId D1 = entry("D1");

  /** A ledger whose declaration D1 is in {@code status}. */
  static Ledger ledgerIn(ContributionStatus status) {
    Ledger l = ledgerWithDeclaration();
    return switch (status) {
      case PENDING -> l;
      case CONFIRMED -> l.confirm(entry("C1"), key("k-C1"), D1, MANAGER, AT).after();
      case REJECTED -> l.reject(entry("R1"), key("k-R1"), D1, "not on the statement", MANAGER, AT).after();
      case REVERSED ->
          l.confirm(entry("C1"), key("k-C1"), D1, MANAGER, AT).after()
              .reverse(entry("V1"), key("k-V1"), D1, "booked twice", MANAGER, AT).after();
    };
  }

  static Change<Ledger> move(Ledger l, ContributionStatus to) {
    return switch (to) {
      case PENDING -> throw new IllegalArgumentException("nothing moves back to PENDING");
      case CONFIRMED -> l.confirm(entry("C2"), key("k-C2"), D1, MANAGER, AT);
      case REJECTED -> l.reject(entry("R2"), key("k-R2"), D1, "wrong amount", MANAGER, AT);
      case REVERSED -> l.reverse(entry("V2"), key("k-V2"), D1, "correction", MANAGER, AT);
    };
  }

  static Stream<Arguments> pairs(boolean allowed) {
    List<Arguments> pairs = new ArrayList<>();
    for (ContributionStatus from : ContributionStatus.values()) {
      for (ContributionStatus to : ContributionStatus.values()) {
        if (to != ContributionStatus.PENDING && ContributionStatus.WORKFLOW.allows(from, to) == allowed) {
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
  void resolvesADeclarationAlongEveryAllowedTransition(ContributionStatus from, ContributionStatus to) {
    Ledger ledger = ledgerIn(from);

    Change<Ledger> change = move(ledger, to);

    assertThat(change.after().status(D1)).isEqualTo(to);
    assertThat(change.after().entries()).hasSize(ledger.entries().size() + 1);
    assertThat(change.after().entries().subList(0, ledger.entries().size())).isEqualTo(ledger.entries());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("refused")
  void refusesEveryTransitionTheTableDoesNotList(ContributionStatus from, ContributionStatus to) {
    Ledger ledger = ledgerIn(from);

    assertRefused(() -> move(ledger, to), from, to, Workflow.ALLOWED);
  }
}
