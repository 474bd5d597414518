/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;

/** Use cases on an in-memory store, validated by Hibernate Validator, and their commands. */
final class UseCaseFixtures {
  private UseCaseFixtures() {}

  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  static final String ORG = PortsFixtures.ACME.value();

  static MemoryDatabase store() {
    return new MemoryDatabase(ManualClock.at(PortsFixtures.T0));
  }

  static UseCases useCases(MemoryDatabase store) {
    return new UseCases(store.ports(), CommandValidation.with(VALIDATOR));
  }

  /** Three lots (A1 500, A2 300, A3 200 of 1000); A1 owned half and half by O1 and O2. */
  static RegisterBuilding.Command threeLots() {
    return new RegisterBuilding.Command(
        ORG, "B1", "Résidence Les Tilleuls", "Rue de la Loi 16, 1000 Bruxelles", new BigDecimal("1000"), "EUR",
        List.of(
            new RegisterBuilding.LotLine("A1", "Flat A1", new BigDecimal("500"),
                List.of(new RegisterBuilding.OwnershipLine("O1", "1/2"), new RegisterBuilding.OwnershipLine("O2", "0.5"))),
            new RegisterBuilding.LotLine("A2", "Flat A2", new BigDecimal("300"),
                List.of(new RegisterBuilding.OwnershipLine("O2", "1"))),
            new RegisterBuilding.LotLine("A3", "Cellar", new BigDecimal("200"), List.of())),
        List.of(
            new RegisterBuilding.OwnerLine("O1", "Anne Peeters", "anne@example.org", "+32470000001", "Rue A 1"),
            new RegisterBuilding.OwnerLine("O2", "Bruno Dubois", "", "", "")),
        "syndic-1");
  }

  static RegisterMember.Command member(String id, int rank) {
    return new RegisterMember.Command(
        ORG, id, "Member " + id, id + "@coop.example", "+3247011100" + rank, "", rank, LocalDate.parse("2025-01-15"),
        "admin-1");
  }

  static RecordContribution.Entry payment(String entry, String amount, String key) {
    return new RecordContribution.Entry(
        ORG, "M1", entry, amount, "EUR", LocalDate.parse("2026-03-01"), key, "bank-ref " + key, "M1");
  }

  static RecordContribution.Resolution resolution(String declaration, String entry) {
    return new RecordContribution.Resolution(ORG, declaration, entry, "bank statement 2026-03", "treasurer-1");
  }
}
