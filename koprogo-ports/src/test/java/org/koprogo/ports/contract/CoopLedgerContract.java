/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;
import static org.koprogo.ports.contract.PortsFixtures.T0;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.ledger.EntryId;
import org.koprogo.domain.coop.ledger.IdempotencyKey;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.application.CoopLedgers;

/** The domain's cooperative ledger survives a round trip through the {@link org.koprogo.ports.out.Ledger} port. */
public abstract class CoopLedgerContract extends ContractBase {
  private static final GroupId GROUP = GroupId.of("coop-1");
  private static final Actor MANAGER = Actor.of("manager-1", Role.COOP_MANAGER);
  private static final MemberId ALICE = MemberId.of("alice");

  private static Ledger history() {
    Ledger l = Ledger.empty(GROUP, Money.EUR);
    l = l.callFunds(id("d1"), key("k-d1"), ALICE, "2026-03", LocalDate.parse("2026-03-01"), eur(50_000), MANAGER, T0).after();
    l = l.declare(id("p1"), key("k-p1"), ALICE, eur(50_000), LocalDate.parse("2026-03-02"), "bank ref 1", Actor.member(ALICE), T0.plusSeconds(1)).after();
    l = l.confirm(id("c1"), key("k-c1"), id("p1"), MANAGER, T0.plusSeconds(2)).after();
    l = l.declare(id("p2"), key("k-p2"), ALICE, eur(100), LocalDate.parse("2026-03-03"), "bank ref 2", Actor.member(ALICE), T0.plusSeconds(3)).after();
    l = l.reject(id("r2"), key("k-r2"), id("p2"), "not on the account", MANAGER, T0.plusSeconds(4)).after();
    l = l.reverse(id("v1"), key("k-v1"), id("p1"), "double booking", MANAGER, T0.plusSeconds(5)).after();
    return l.applyPenalty(id("f1"), key("k-f1"), ALICE, LocalDate.parse("2026-04-01"), eur(1_234), "late", MANAGER, T0.plusSeconds(6)).after();
  }

  @Test
  void theDomainLedgerComesBackEntryForEntry() {
    Ledger original = history();
    CoopLedgers ledgers = new CoopLedgers(ports.ledger());

    int recorded = ledgers.save(ACME, original);
    Ledger loaded = ledgers.load(ACME, GROUP, Money.EUR);

    assertThat(recorded).isEqualTo(7);
    assertThat(loaded.entries()).isEqualTo(original.entries());
    assertThat(loaded.balance(ALICE)).isEqualTo(original.balance(ALICE));
    assertThat(ledgers.load(OTHER, GROUP, Money.EUR).entries()).isEmpty();
  }

  @Test
  void savingAgainRecordsOnlyWhatIsNew() {
    CoopLedgers ledgers = new CoopLedgers(ports.ledger());
    Ledger original = history();
    ledgers.save(ACME, original);
    Ledger more = original.declare(
        id("p3"), key("k-p3"), ALICE, eur(700), LocalDate.parse("2026-04-02"), "bank ref 3", Actor.member(ALICE), T0.plusSeconds(9)).after();

    int recorded = ledgers.save(ACME, more);

    assertThat(recorded).isEqualTo(1);
    assertThat(ports.ledger().entries(ACME)).hasSize(8);
  }

  @Test
  void aDifferentEntryUnderAStoredKeyIsAConflict() {
    CoopLedgers ledgers = new CoopLedgers(ports.ledger());
    ledgers.save(ACME, history());
    Ledger other = Ledger.empty(GROUP, Money.EUR)
        .callFunds(id("x1"), key("k-d1"), ALICE, "2026-09", LocalDate.parse("2026-09-01"), eur(1), MANAGER, T0).after();

    assertRefused(() -> ledgers.save(ACME, other), ErrorCode.IDEMPOTENCY_CONFLICT);
  }

  private static EntryId id(String v) {
    return EntryId.of(v);
  }

  private static IdempotencyKey key(String v) {
    return IdempotencyKey.of(v);
  }

  private static Money eur(long cents) {
    return Money.ofMinor(Money.EUR, cents);
  }
}
