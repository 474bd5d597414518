/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.store;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.loan.ScheduleLoan;
import org.koprogo.ports.in.query.KeepDeadLetters;
import org.koprogo.ports.in.query.ListLots;
import org.koprogo.ports.in.query.ReadBuildings;
import org.koprogo.ports.in.query.ReadDocumentParties;
import org.koprogo.ports.in.query.ReadExpenses;
import org.koprogo.ports.in.query.ReadMemberLedger;
import org.koprogo.ports.in.query.ReadMembers;
import org.koprogo.ports.in.query.ReadOrganisation;
import org.koprogo.ports.in.query.ReadOwners;

/**
 * Wires the library's read use cases ({@code ports.in.query}) and the loan schedule's calculation
 * ({@code ports.in.loan}) that the controllers answer with.
 */
@Factory
final class QueryBeans {

  @Singleton
  ReadOrganisation readOrganisation(UseCases useCases) {
    return useCases.readOrganisation();
  }

  @Singleton
  ReadBuildings readBuildings(UseCases useCases) {
    return useCases.readBuildings();
  }

  @Singleton
  ListLots listLots(UseCases useCases) {
    return useCases.listLots();
  }

  @Singleton
  ReadExpenses readExpenses(UseCases useCases) {
    return useCases.readExpenses();
  }

  @Singleton
  ReadOwners readOwners(UseCases useCases) {
    return useCases.readOwners();
  }

  @Singleton
  ReadMembers readMembers(UseCases useCases) {
    return useCases.readMembers();
  }

  @Singleton
  ReadMemberLedger readMemberLedger(UseCases useCases) {
    return useCases.readMemberLedger();
  }

  @Singleton
  KeepDeadLetters keepDeadLetters(UseCases useCases) {
    return useCases.keepDeadLetters();
  }

  @Singleton
  ScheduleLoan scheduleLoan(UseCases useCases) {
    return useCases.scheduleLoan();
  }

  @Singleton
  ReadDocumentParties readDocumentParties(UseCases useCases) {
    return useCases.readDocumentParties();
  }
}
