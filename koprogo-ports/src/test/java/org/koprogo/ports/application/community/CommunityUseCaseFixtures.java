/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.ManageCommunity;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.memory.community.InMemoryCommunityBuildings;
import org.koprogo.ports.out.community.CommunityStore;

/** The community use cases on an in-memory store, validated by Hibernate Validator. */
final class CommunityUseCaseFixtures {
  private CommunityUseCaseFixtures() {}

  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  static final String ORG = PortsFixtures.ACME.value();
  static final String BUILDING = "B1";
  static final CommunityRef REF = new CommunityRef(ORG, BUILDING);

  /** A store, its clock and its use cases. */
  record World(ManualClock clock, MemoryDatabase db, CommunityStore community, CommunityUseCases useCases) {}

  /** Building B1 registered in ACME, its community set up (chair on the council; anna, bram, clara), every module off. */
  static World world() {
    ManualClock clock = ManualClock.at(PortsFixtures.T0);
    MemoryDatabase db = new MemoryDatabase(clock);
    CommunityStore community = InMemoryCommunityBuildings.storeBeside(db);
    CommunityUseCases useCases = new CommunityUseCases(db.ports(), community, CommandValidation.with(VALIDATOR));
    db.buildings().add(PortsFixtures.building(PortsFixtures.ACME, BUILDING));
    useCases.manage().setUp(
        new ManageCommunity.SetUp(ORG, BUILDING, List.of("chair"), List.of("anna", "bram", "clara"), "-5", 10, "syndic"));
    return new World(clock, db, community, useCases);
  }

  /** {@link #world()} with every module switched on. */
  static World allOn() {
    World w = world();
    for (CommunityModule m : CommunityModule.values()) {
      w.useCases().manage().switchModule(switchOf(m, true));
    }
    return w;
  }

  static ManageCommunity.Switch switchOf(CommunityModule module, boolean on) {
    return new ManageCommunity.Switch(ORG, BUILDING, module.name(), on, "chair", "council minutes 2026-02-12 item 4", "syndic");
  }
}
