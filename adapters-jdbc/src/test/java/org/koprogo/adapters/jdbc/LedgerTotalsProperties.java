/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.Ledger;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;

/**
 * The ledger's running summary equals a full replay of the entries, whatever is recorded: dues,
 * penalties, declarations, their confirmations, rejections and reversals, retries and duplicate
 * resolutions, across members, currencies and value dates, at every cut-off ({@link
 * Ledger#totalsAt}: the summary less the entries valued after the day) (on H2; the same statements run on PostgreSQL in the
 * contract tests).
 */
class LedgerTotalsProperties {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  private static final OrganisationId ACME = OrganisationId.of("acme");
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final List<MemberId> MEMBERS = List.of(MemberId.of("M1"), MemberId.of("M2"), MemberId.of("M3"));

  @Test
  void theRunningSummaryEqualsTheReplay() {
    qt().withExamples(60).forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 40))
        .checkAssert(operations -> {
          Ledger ledger = DATABASE.freshPorts(ManualClock.at(T0)).ledger();
          List<LedgerEntry> declarations = new ArrayList<>();
          List<LedgerEntry> confirmations = new ArrayList<>();
          int n = 0;
          for (int op : operations) {
            MemberId member = MEMBERS.get(op % MEMBERS.size());
            long amount = 1 + (op / 7) % 50_000;
            String currency = op % 11 == 0 ? "CHF" : "EUR";
            String id = "E" + n++;
            switch ((op / 3) % 7) {
              case 0 -> ledger.record(entry(id, member, LedgerEntry.Kind.DUE, currency, amount, null, id));
              case 1 -> ledger.record(entry(id, member, LedgerEntry.Kind.PENALTY, currency, amount, null, id));
              case 2 -> declarations.add(ledger.record(
                  entry(id, member, LedgerEntry.Kind.PAYMENT_DECLARED, currency, amount, null, id)).entry());
              case 3, 4 -> {
                if (!declarations.isEmpty()) {
                  LedgerEntry d = declarations.get(op % declarations.size());
                  LedgerEntry.Kind kind = op % 5 == 0 ? LedgerEntry.Kind.PAYMENT_REJECTED : LedgerEntry.Kind.PAYMENT_CONFIRMED;
                  Ledger.Recorded r = ledger.record(resolution(id, d, kind));
                  if (!r.duplicate() && kind == LedgerEntry.Kind.PAYMENT_CONFIRMED) {
                    confirmations.add(d);
                  }
                }
              }
              case 5 -> {
                if (!confirmations.isEmpty()) {
                  ledger.record(resolution(id, confirmations.get(op % confirmations.size()), LedgerEntry.Kind.PAYMENT_REVERSED));
                }
              }
              default -> ledger.record(entry(id, member, LedgerEntry.Kind.DUE, currency, amount, null, "retry-" + (op % 4)));
            }
          }

          Money confirmedEur = Money.zero(Money.EUR);
          for (MemberId m : MEMBERS) {
            List<LedgerEntry> replay = ledger.entriesOf(ACME, m);
            assertThat(ledger.totalsOf(ACME, m)).containsExactlyInAnyOrderElementsOf(Ledger.Totals.of(replay));
            for (Ledger.Totals t : Ledger.Totals.of(replay)) {
              if (t.currency().equals(Money.EUR)) {
                confirmedEur = confirmedEur.plus(t.netConfirmed());
              }
            }
            List<LedgerEntry> paged = new ArrayList<>();
            Optional<LedgerEntryId> after = Optional.empty();
            List<LedgerEntry> page;
            do {
              page = ledger.entriesOf(ACME, m, after, 3);
              paged.addAll(page);
              after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
            } while (page.size() == 3);
            assertThat(paged).containsExactlyElementsOf(replay);
          }
          assertThat(ledger.confirmedOf(ACME, MEMBERS, Money.EUR)).isEqualTo(confirmedEur);
          for (int days = -31; days <= 31; days += 7) {
            LocalDate cutoff = LocalDate.parse("2026-03-01").plusDays(days);
            Map<MemberId, List<Ledger.Totals>> at = ledger.totalsAt(ACME, MEMBERS, cutoff);
            assertThat(at.keySet()).containsExactlyElementsOf(MEMBERS);
            for (MemberId m : MEMBERS) {
              assertThat(at.get(m)).as("totals of %s at %s", m, cutoff).containsExactlyInAnyOrderElementsOf(
                  Ledger.Totals.of(ledger.entriesOf(ACME, m).stream().filter(e -> !e.valueDate().isAfter(cutoff)).toList()));
            }
          }
        });
  }

  private static LedgerEntry entry(
      String id, MemberId member, LedgerEntry.Kind kind, String currency, long amount, LedgerEntryId resolves, String key) {
    return new LedgerEntry(ACME, LedgerEntryId.of(id), member, kind, Money.ofMinor(Money.currency(currency), amount),
        LocalDate.parse("2026-03-01").plusDays(Math.floorMod(id.hashCode(), 61) - 30), resolves, key, "", "user-1", T0);
  }

  private static LedgerEntry resolution(String id, LedgerEntry resolved, LedgerEntry.Kind kind) {
    return new LedgerEntry(ACME, LedgerEntryId.of(id), resolved.member(), kind, resolved.amount(), resolved.valueDate(),
        resolved.id(), "key-" + id, "", "treasurer-1", T0);
  }
}
