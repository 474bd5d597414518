/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import org.koprogo.domain.building.BuildingId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.MemberId;

/** The {@link org.koprogo.ports.out.Transactions} contract: all or nothing, across every port. */
public abstract class TransactionsContract extends ContractBase {

  @Test
  void aFailedUnitOfWorkLeavesNothingBehind() {
    IllegalStateException failure = new IllegalStateException("boom");

    assertThatThrownBy(() -> ports.transactions().run(() -> {
      ports.buildings().add(PortsFixtures.building(ACME, "B1"));
      ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 100, "req-1"));
      ports.auditTrail().append(ACME, PortsFixtures.event("BuildingRegistered", "building", "B1"));
      ports.outbox().enqueue(PortsFixtures.message(ACME, "building:B1", "registered"));
      throw failure;
    })).isSameAs(failure);

    assertThat(ports.buildings().find(ACME, BuildingId.of("B1"))).isEmpty();
    assertThat(ports.ledger().entriesOf(ACME, MemberId.of("M1"))).isEmpty();
    assertThat(ports.auditTrail().list(ACME, AuditTrail.Query.first(10))).isEmpty();
    assertThat(ports.outbox().claim("w", 10, Duration.ofSeconds(10))).isEmpty();
  }

  @Test
  void aSuccessfulUnitOfWorkCommitsEverything() {
    String result = ports.transactions().inTransaction(() -> {
      ports.buildings().add(PortsFixtures.building(ACME, "B1"));
      ports.auditTrail().append(ACME, PortsFixtures.event("BuildingRegistered", "building", "B1"));
      ports.outbox().enqueue(PortsFixtures.message(ACME, "building:B1", "registered"));
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(ports.buildings().find(ACME, BuildingId.of("B1"))).isPresent();
    assertThat(ports.auditTrail().list(ACME, AuditTrail.Query.first(10))).hasSize(1);
    assertThat(ports.outbox().claim("w", 10, Duration.ofSeconds(10))).hasSize(1);
  }

  @Test
  void aNestedUnitOfWorkJoinsTheOuterOne() {
    assertThatThrownBy(() -> ports.transactions().run(() -> {
      ports.transactions().run(() -> ports.buildings().add(PortsFixtures.building(ACME, "B1")));
      assertThat(ports.buildings().find(ACME, BuildingId.of("B1"))).isPresent();
      throw new IllegalStateException("outer fails");
    })).hasMessage("outer fails");

    assertThat(ports.buildings().find(ACME, BuildingId.of("B1"))).isEmpty();
  }

  @Test
  void aConflictInsideAUnitOfWorkRollsItBack() {
    ports.buildings().add(PortsFixtures.building(ACME, "B1"));

    assertThatThrownBy(() -> ports.transactions().run(() -> {
      ports.owners().add(PortsFixtures.owner(ACME, "O1"));
      ports.buildings().add(PortsFixtures.building(ACME, "B1"));
    })).isInstanceOf(org.koprogo.domain.shared.KoproGoException.class);

    assertThat(ports.owners().all(ACME)).isEmpty();
  }
}
