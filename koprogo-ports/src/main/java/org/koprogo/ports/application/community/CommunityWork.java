/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StoreErrors;
import org.koprogo.ports.out.community.CommunityBuilding;
import org.koprogo.ports.out.community.CommunityStore;

/**
 * The unit of work every community use case runs: read the building's community aggregate, let
 * the domain decide, store the result at the next version, in one transaction. When another unit
 * of work stored the aggregate first ({@code CONCURRENT_UPDATE}), the whole decision is made
 * again on the fresh data, up to {@link #ATTEMPTS} times: a booking that lost a race is then
 * refused for what it is ({@code LOAN_OVERLAP}), never stored over the winner.
 */
final class CommunityWork {
  /** How many times a unit of work is tried before a conflict is reported to the caller. */
  static final int ATTEMPTS = 50;

  final OutPorts ports;
  final CommunityStore store;
  final CommandValidation validation;

  CommunityWork(OutPorts ports, CommunityStore store, CommandValidation validation) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.store = Objects.requireNonNull(store, "store");
    this.validation = Objects.requireNonNull(validation, "validation");
  }

  /**
   * The decision and its result.
   *
   * @param next the aggregate to store (the one read, changed), or null to store nothing
   * @param result what the use case returns
   */
  record Outcome<T>(CommunityBuilding next, T result) {}

  /** Changes an existing building's community ({@code NOT_FOUND} when it is not set up). */
  <T> T change(String organisation, String building, Function<CommunityBuilding, Outcome<T>> decision) {
    return upsert(organisation, building, found -> decision.apply(found.orElseThrow(() -> StoreErrors.notFound("community", building))));
  }

  /** Creates or changes a building's community. */
  <T> T upsert(String organisation, String building, Function<Optional<CommunityBuilding>, Outcome<T>> decision) {
    OrganisationId org = OrganisationId.of(organisation);
    BuildingId id = BuildingId.of(building);
    for (int attempt = 1; ; attempt++) {
      try {
        return store.transactions().inTransaction(
            () -> {
              Optional<CommunityBuilding> current = store.buildings().find(org, id);
              Outcome<T> outcome = decision.apply(current);
              if (outcome.next() != null) {
                if (current.isEmpty()) {
                  store.buildings().add(outcome.next());
                } else {
                  store.buildings().update(outcome.next());
                }
              }
              return outcome.result();
            });
      } catch (KoproGoException e) {
        if (e.code() != ErrorCode.CONCURRENT_UPDATE || attempt >= ATTEMPTS) {
          throw e;
        }
        Thread.onSpinWait();
      }
    }
  }

  /** Reads a building's community ({@code NOT_FOUND} when it is not set up). */
  CommunityBuilding read(CommunityRef query) {
    validation.check(query);
    return store.buildings().get(OrganisationId.of(query.organisation()), BuildingId.of(query.building()));
  }

  /**
   * A page read from a building's community whose {@code module} is on: its settings alone are
   * read first ({@code NOT_FOUND} when it is not set up, {@code MODULE_DISABLED} when the module is
   * off), then {@code page} reads the page, not the whole community.
   */
  <T> T page(CommunityRef query, CommunityModule module, java.util.function.BiFunction<OrganisationId, BuildingId, T> page) {
    validation.check(query);
    OrganisationId organisation = OrganisationId.of(query.organisation());
    BuildingId building = BuildingId.of(query.building());
    store.buildings().settings(organisation, building)
        .orElseThrow(() -> StoreErrors.notFound("community", building))
        .require(module);
    return page.apply(organisation, building);
  }

  /** Reads a building's community whose {@code module} is on ({@code MODULE_DISABLED} otherwise). */
  CommunityBuilding read(CommunityRef query, CommunityModule module) {
    CommunityBuilding c = read(query);
    c.settings().require(module);
    return c;
  }
}
