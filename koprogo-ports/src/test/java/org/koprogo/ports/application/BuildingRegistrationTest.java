/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.application.UseCaseFixtures.ORG;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.AuditTrail;

class BuildingRegistrationTest {
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final RegisterBuilding register = UseCaseFixtures.useCases(store).registerBuilding();

  @Test
  void storesTheBuildingItsLotsAndOwnersWithAnAuditEntry() {
    RegisterBuilding.Command command = UseCaseFixtures.threeLots();

    RegisterBuilding.Registered registered = register.register(command);

    assertThat(registered).isEqualTo(new RegisterBuilding.Registered("B1", 3, 2));
    assertThat(store.buildings().get(ACME, BuildingId.of("B1")).totalShares()).isEqualByComparingTo("1000");
    assertThat(store.lots().ofBuilding(ACME, BuildingId.of("B1"))).extracting(l -> l.id().value())
        .containsExactly("A1", "A2", "A3");
    assertThat(store.lots().get(ACME, LotId.of("A1")).ownerships())
        .extracting(o -> o.fraction()).containsExactly(Fraction.of(1, 2), Fraction.of(1, 2));
    assertThat(store.owners().get(ACME, OwnerId.of("O1")).details().email()).isEqualTo("anne@example.org");
    assertThat(store.auditTrail().list(ACME, AuditTrail.Query.first(10)))
        .singleElement().satisfies(e -> {
          assertThat(e.event().action()).isEqualTo("BuildingRegistered");
          assertThat(e.event().actor()).isEqualTo("syndic-1");
          assertThat(e.event().details()).containsEntry("lots", "3");
        });
  }

  @Test
  void refusesLotsWhoseSharesDoNotAddUpToTheDeclaredTotal() {
    RegisterBuilding.Command c = UseCaseFixtures.threeLots();
    RegisterBuilding.Command wrong = new RegisterBuilding.Command(
        c.organisation(), c.building(), c.name(), c.address(), new BigDecimal("1001"), c.currency(), c.lots(),
        c.owners(), c.actor());

    assertRefused(() -> register.register(wrong), ErrorCode.SHARES_TOTAL_MISMATCH);

    assertThat(store.buildings().all(ACME)).isEmpty();
  }

  @Test
  void refusesFractionsThatDoNotMakeOneWhole() {
    RegisterBuilding.Command c = UseCaseFixtures.threeLots();
    RegisterBuilding.Command wrong = new RegisterBuilding.Command(
        ORG, "B1", c.name(), c.address(), new BigDecimal("500"), "EUR",
        List.of(new RegisterBuilding.LotLine("A1", "Flat", new BigDecimal("500"),
            List.of(new RegisterBuilding.OwnershipLine("O1", "1/3"), new RegisterBuilding.OwnershipLine("O2", "1/3")))),
        c.owners(), "syndic-1");

    assertRefused(() -> register.register(wrong), ErrorCode.OWNERSHIP_FRACTIONS_NOT_ONE);
  }

  @Test
  void refusesAnOwnerWhoIsNotListed() {
    RegisterBuilding.Command c = UseCaseFixtures.threeLots();
    RegisterBuilding.Command wrong = new RegisterBuilding.Command(
        ORG, "B1", c.name(), c.address(), new BigDecimal("500"), "EUR",
        List.of(new RegisterBuilding.LotLine("A1", "Flat", new BigDecimal("500"),
            List.of(new RegisterBuilding.OwnershipLine("O9", "1")))),
        c.owners(), "syndic-1");

    assertRefused(() -> register.register(wrong), ErrorCode.UNKNOWN_OWNER);
  }

  @Test
  void refusesAFractionAboveOne() {
    assertRefused(() -> BuildingRegistration.fraction("3/2", "f"), ErrorCode.INVALID_FRACTION);
    assertRefused(() -> BuildingRegistration.fraction("1/0", "f"), ErrorCode.INVALID_FRACTION);
    assertThat(BuildingRegistration.fraction("0.25", "f")).isEqualTo(Fraction.of(1, 4));
  }

  @Test
  void registeringTheSameBuildingTwiceIsAConflictAndChangesNothing() {
    register.register(UseCaseFixtures.threeLots());

    assertRefused(() -> register.register(UseCaseFixtures.threeLots()), ErrorCode.CONCURRENT_UPDATE);

    assertThat(store.auditTrail().list(ACME, AuditTrail.Query.first(10))).hasSize(1);
  }

  @Test
  void refusesAnInvalidCommandNamingTheField() {
    RegisterBuilding.Command c = UseCaseFixtures.threeLots();
    RegisterBuilding.Command invalid = new RegisterBuilding.Command(
        ORG, " ", c.name(), c.address(), c.totalShares(), "euro", c.lots(), c.owners(), c.actor());

    assertRefused(() -> register.register(invalid), ErrorCode.VALIDATION_FAILED);
  }
}
