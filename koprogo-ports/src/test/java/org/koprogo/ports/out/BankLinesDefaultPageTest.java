/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.payment.BankLine;
import org.koprogo.domain.shared.Money;

/**
 * The default page of {@link BankLines#waiting(OrganisationId, BuildingId, Optional, int)}, which
 * an embedder's adapter inherits: cut from the whole queue, in its order; a cursor that no longer
 * waits cannot be placed, and its page is empty (as documented).
 */
class BankLinesDefaultPageTest {
  private static final OrganisationId ORG = OrganisationId.of("acme");
  private static final BuildingId B1 = BuildingId.of("B1");

  private static BankLines.Imported waiting(String identity) {
    LocalDate day = LocalDate.of(2026, 3, 15);
    return new BankLines.Imported(new BankLine(identity, 1, day, day, Money.ofMinor(Money.EUR, 100), "x", "",
        Optional.empty(), ""), "s", "UNMATCHED", null, "", "e", "syndic", Instant.EPOCH);
  }

  /** Only the whole queue: every other method is not called here. */
  private static BankLines queueOf(List<BankLines.Imported> queue) {
    return new BankLines() {
      @Override
      public boolean record(OrganisationId organisation, BuildingId building, Imported line) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Imported> find(OrganisationId organisation, BuildingId building, String identity) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Imported> findMovement(OrganisationId organisation, BuildingId building, String movement) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<Imported> waiting(OrganisationId organisation, BuildingId building) {
        return queue;
      }

      @Override
      public boolean settle(OrganisationId organisation, BuildingId building, String identity, Settlement s) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Optional<Settlement> settlementOf(OrganisationId organisation, BuildingId building, String identity) {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Test
  void cutsThePageFromTheWholeQueue() {
    BankLines lines = queueOf(List.of(waiting("L1"), waiting("L3"), waiting("L4")));

    assertThat(lines.waiting(ORG, B1, Optional.empty(), 2)).extracting(i -> i.line().identity())
        .containsExactly("L1", "L3");
    assertThat(lines.waiting(ORG, B1, Optional.of("L3"), 2)).extracting(i -> i.line().identity())
        .containsExactly("L4");
    assertThat(lines.waiting(ORG, B1, Optional.of("L2"), 2)).isEmpty();
  }
}
