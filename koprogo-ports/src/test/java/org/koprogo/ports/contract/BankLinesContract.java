/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.payment.BankLine;
import org.koprogo.domain.payment.CallReference;
import org.koprogo.domain.payment.CreditorReference;
import org.koprogo.domain.payment.PaymentReference;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.BankLines;
import org.koprogo.ports.out.OutPorts;

/**
 * The {@link BankLines} contract, for every adapter: exact round trip of a line (dates, signed
 * minor units, currency, names, either kind of reference or none), once per identity, the queue
 * (proposed and unmatched lines not settled, in order), one settlement per line, scoping by
 * organisation and building, and units of work that are all or nothing.
 */
public abstract class BankLinesContract {
  protected static final BuildingId B1 = BuildingId.of("B1");

  /** The port under test beside the adapter's other ports. */
  public record Subject(OutPorts ports, BankLines lines) {}

  /** Empty bank lines on an adapter reading {@code clock}. */
  protected abstract Subject fresh(ManualClock clock);

  private OutPorts ports;
  private BankLines lines;

  @BeforeEach
  void setUp() {
    Subject s = fresh(ManualClock.at(PortsFixtures.T0));
    ports = s.ports();
    lines = s.lines();
  }

  static BankLines.Imported imported(String identity, long cents, String outcome, PaymentReference reference) {
    BankLine line = new BankLine(identity, 7, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 16),
        Money.ofMinor(Money.EUR, cents), "Anne Péeters", "BE71096123456769", Optional.ofNullable(reference), "Q1 « A1 »");
    return new BankLines.Imported(line, "CODA/BE68539007547034/042", outcome,
        outcome.equals("UNMATCHED") || outcome.equals("DEBIT") ? null : OwnerId.of("O1"),
        reference == null ? "" : reference.printed(), outcome.equals("DEBIT") ? "" : "bank:" + identity, "syndic-1",
        PortsFixtures.T0);
  }

  @Test
  void givesBackEveryLineExactlyAsRecorded() {
    BankLines.Imported a = imported("L1", 75000, "MATCHED", new CallReference(1, 1).communication());
    BankLines.Imported b = imported("L2", 50000, "PROPOSED", CreditorReference.of("539007547034"));
    BankLines.Imported c = imported("L3", -24000, "DEBIT", null);

    assertThat(lines.record(ACME, B1, a)).isTrue();
    assertThat(lines.record(ACME, B1, b)).isTrue();
    assertThat(lines.record(ACME, B1, c)).isTrue();

    assertThat(lines.find(ACME, B1, "L1")).contains(a);
    assertThat(lines.find(ACME, B1, "L2")).contains(b);
    assertThat(lines.find(ACME, B1, "L3")).contains(c);
  }

  @Test
  void recordsAnIdentityOnce() {
    lines.record(ACME, B1, imported("L1", 75000, "MATCHED", null));

    assertThat(lines.record(ACME, B1, imported("L1", 1, "UNMATCHED", null))).isFalse();
    assertThat(lines.find(ACME, B1, "L1").orElseThrow().outcome()).isEqualTo("MATCHED");
  }

  @Test
  void queuesProposedAndUnmatchedLinesUntilSettledOnce() {
    lines.record(ACME, B1, imported("L1", 75000, "MATCHED", null));
    lines.record(ACME, B1, imported("L2", 50000, "PROPOSED", null));
    lines.record(ACME, B1, imported("L3", 6000, "UNMATCHED", null));
    lines.record(ACME, B1, imported("L4", -100, "DEBIT", null));
    BankLines.Settlement settlement = new BankLines.Settlement("CONFIRMED", OwnerId.of("O1"), "assign:L2", "syndic-1", PortsFixtures.T0);

    boolean first = lines.settle(ACME, B1, "L2", settlement);
    boolean second = lines.settle(ACME, B1, "L2", new BankLines.Settlement("ASSIGNED", OwnerId.of("O2"), "x", "y", PortsFixtures.T0));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(lines.settlementOf(ACME, B1, "L2")).contains(settlement);
    assertThat(lines.waiting(ACME, B1)).extracting(i -> i.line().identity()).containsExactly("L3");
    assertThat(lines.settle(ACME, B1, "nothing", settlement)).isFalse();
  }

  @Test
  void pagesTheQueueInImportOrderAfterALineSettledSince() {
    String[] outcomes = {"MATCHED", "PROPOSED", "UNMATCHED", "DEBIT", "UNMATCHED", "PROPOSED", "MATCHED", "PROPOSED"};
    for (int i = 0; i < outcomes.length; i++) {
      lines.record(ACME, B1, imported("L" + i, 100 + i, outcomes[i], null));
      lines.record(ACME, BuildingId.of("B2"), imported("M" + i, 100 + i, "UNMATCHED", null));
    }
    BankLines.Settlement settlement = new BankLines.Settlement("CONFIRMED", OwnerId.of("O1"), "assign:L5", "syndic-1",
        PortsFixtures.T0);
    lines.settle(ACME, B1, "L5", settlement);
    List<BankLines.Imported> whole = lines.waiting(ACME, B1);

    for (int limit = 1; limit <= 4; limit++) {
      List<BankLines.Imported> read = new ArrayList<>();
      Optional<String> after = Optional.empty();
      List<BankLines.Imported> page;
      while (!(page = lines.waiting(ACME, B1, after, limit)).isEmpty()) {
        assertThat(page.size()).isLessThanOrEqualTo(limit);
        read.addAll(page);
        after = Optional.of(page.get(page.size() - 1).line().identity());
      }
      assertThat(read).isEqualTo(whole);
    }
    assertThat(whole).extracting(i -> i.line().identity()).containsExactly("L1", "L2", "L4", "L7");
    assertThat(lines.waiting(ACME, B1, Optional.empty(), 2)).extracting(i -> i.line().identity())
        .containsExactly("L1", "L2");
    // a line confirmed since the previous page still marks where that page ended; so does a matched one
    lines.settle(ACME, B1, "L2", settlement);
    assertThat(lines.waiting(ACME, B1, Optional.of("L2"), 2)).extracting(i -> i.line().identity())
        .containsExactly("L4", "L7");
    assertThat(lines.waiting(ACME, B1, Optional.of("L6"), 5)).extracting(i -> i.line().identity())
        .containsExactly("L7");
    assertThat(lines.waiting(ACME, B1, Optional.of("M1"), 5)).isEmpty();
    assertThat(lines.waiting(OTHER, B1, Optional.empty(), 5)).isEmpty();
    assertThatThrownBy(() -> lines.waiting(ACME, B1, Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsOrganisationsAndBuildingsApart() {
    lines.record(ACME, B1, imported("L1", 100, "UNMATCHED", null));

    assertThat(lines.find(OTHER, B1, "L1")).isEmpty();
    assertThat(lines.find(ACME, BuildingId.of("B2"), "L1")).isEmpty();
    assertThat(lines.waiting(OTHER, B1)).isEmpty();
    assertThat(lines.record(OTHER, B1, imported("L1", 100, "UNMATCHED", null))).isTrue();
  }

  @Test
  void aFailedUnitOfWorkRecordsNothing() {
    assertThatThrownBy(() -> ports.transactions().run(() -> {
      lines.record(ACME, B1, imported("L1", 100, "UNMATCHED", null));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(lines.find(ACME, B1, "L1")).isEmpty();
  }

  static BankLines.Imported withMovement(BankLines.Imported i, String movement) {
    return new BankLines.Imported(i.line(), i.statement(), i.outcome(), i.owner(), i.reference(), i.entry(),
        i.importedBy(), i.importedAt(), movement);
  }

  @Test
  void recordsAMovementOnceWhicheverFormatItCameIn() {
    String movement = "MOVEMENT|BE68539007547034|2026-03-15|EUR|75000|026100000164|1";
    BankLines.Imported coda = withMovement(imported("CODA|L1", 75000, "MATCHED", null), movement);
    BankLines.Imported camt = withMovement(imported("CAMT|L1", 75000, "MATCHED", null), movement);

    assertThat(lines.record(ACME, B1, coda)).isTrue();
    assertThat(lines.record(ACME, B1, camt)).isFalse();
    assertThat(lines.findMovement(ACME, B1, movement)).contains(coda);
    assertThat(lines.find(ACME, B1, "CAMT|L1")).isEmpty();
    assertThat(lines.findMovement(ACME, B1, "MOVEMENT|other|1")).isEmpty();
    assertThat(lines.findMovement(OTHER, B1, movement)).isEmpty();
    assertThat(lines.record(OTHER, B1, camt)).isTrue();
  }

  @Test
  void linesWithoutMovementAreRecordedByTheirIdentityAlone() {
    assertThat(lines.record(ACME, B1, imported("L1", 100, "UNMATCHED", null))).isTrue();
    assertThat(lines.record(ACME, B1, imported("L2", 100, "UNMATCHED", null))).isTrue();
    assertThat(lines.find(ACME, B1, "L2").orElseThrow().movement()).isNull();
  }

  private java.util.List<java.util.Map<String, Object>> exported(org.koprogo.ports.out.DataSubject subject) {
    java.util.List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
    for (org.koprogo.ports.out.PersonalDataHolder holder : ports.personalData()) {
      rows.addAll(holder.export(subject).getOrDefault("bankLines", java.util.List.of()));
    }
    return rows;
  }

  @Test
  void thePayersOfAnOwnersLinesAreExportedThenErased() {
    lines.record(ACME, B1, withMovement(imported("L1", 75000, "MATCHED", null), "M1"));
    lines.record(ACME, B1, imported("L2", 50000, "UNMATCHED", null));
    lines.settle(ACME, B1, "L2", new BankLines.Settlement("ASSIGNED", OwnerId.of("O1"), "assign:L2", "syndic-1", PortsFixtures.T0));
    lines.record(ACME, B1, imported("L3", 6000, "UNMATCHED", null));
    lines.record(OTHER, B1, imported("L1", 75000, "MATCHED", null));
    org.koprogo.ports.out.DataSubject anne =
        new org.koprogo.ports.out.DataSubject(ACME, org.koprogo.ports.out.DataSubject.Kind.OWNER, "O1");

    java.util.List<java.util.Map<String, Object>> before = exported(anne);
    int erased = ports.transactions().inTransaction(() -> {
      int n = 0;
      for (org.koprogo.ports.out.PersonalDataHolder holder : ports.personalData()) {
        n += holder.erase(anne, PortsFixtures.T0);
      }
      return n;
    });
    java.util.List<java.util.Map<String, Object>> after = exported(anne);

    assertThat(before).extracting(r -> r.get("line")).containsExactly("L1", "L2");
    assertThat(before).extracting(r -> r.get("counterpartyName")).containsOnly("Anne Péeters");
    assertThat(before).extracting(r -> r.get("counterpartyAccount")).containsOnly("BE71096123456769");
    assertThat(before.get(1)).containsEntry("settled", "ASSIGNED").containsEntry("amount", "500.00");
    assertThat(erased).isGreaterThanOrEqualTo(2);
    assertThat(after).extracting(r -> r.get("counterpartyName")).containsOnly("");
    assertThat(after).extracting(r -> r.get("counterpartyAccount")).containsOnly("");
    BankLines.Imported l1 = lines.find(ACME, B1, "L1").orElseThrow();
    assertThat(l1.line().counterpartyName()).isEmpty();
    assertThat(l1.line().amount()).isEqualTo(Money.ofMinor(Money.EUR, 75000));
    assertThat(l1.line().communication()).isEqualTo("Q1 « A1 »");
    assertThat(l1.movement()).isEqualTo("M1");
    assertThat(l1.owner()).isEqualTo(OwnerId.of("O1"));
    assertThat(lines.settlementOf(ACME, B1, "L2")).isPresent();
    assertThat(lines.find(ACME, B1, "L3").orElseThrow().line().counterpartyName()).isEqualTo("Anne Péeters");
    assertThat(lines.find(OTHER, B1, "L1").orElseThrow().line().counterpartyName()).isEqualTo("Anne Péeters");
    assertThat(lines.findMovement(ACME, B1, "M1")).isPresent();
    int again = ports.transactions().inTransaction(() -> {
      int n = 0;
      for (org.koprogo.ports.out.PersonalDataHolder holder : ports.personalData()) {
        n += holder.erase(anne, PortsFixtures.T0);
      }
      return n;
    });
    assertThat(again).isZero();
  }
}
