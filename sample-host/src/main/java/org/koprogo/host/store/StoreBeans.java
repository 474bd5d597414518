/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.store;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.validation.ValidatorFactory;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.community.JdbcCommunityBuildings;
import org.koprogo.adapters.jdbc.notification.JdbcNotificationPersonalData;
import org.koprogo.host.database.SchemaMigration;
import org.koprogo.host.validation.ValidatedCommands;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.application.community.CommunityPersonalData;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.ErasePersonalData;
import org.koprogo.ports.in.ExportPersonalData;
import org.koprogo.ports.in.ListAuditTrail;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.memory.SystemClock;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StoredNames;

/**
 * Wires the library: the JDBC adapter on the host's pool (after the migrations), the plain-Java
 * use cases of {@code koprogo-ports} on its out ports, and Jakarta Validation of their commands
 * (Hibernate Validator's predefined scope over {@link ValidatedCommands}).
 */
@Factory
final class StoreBeans {

  @Singleton
  Clock clock(@Value("${koprogo.zone:Europe/Brussels}") String zone) {
    return new SystemClock(ZoneId.of(zone));
  }

  /**
   * The stable names of what the host stores (issue 15): the library's, which now defines every
   * stored type (the migration V65 rewrote the rows keyed by class names under these names).
   */
  static final StoredNames NAMES = StoredNames.library();

  @Singleton
  JdbcStore jdbcStore(DataSource dataSource, Clock clock, SchemaMigration migratedFirst) {
    return new JdbcStore(dataSource, clock, NAMES);
  }

  @Singleton
  OutPorts outPorts(JdbcStore store) {
    return store.ports()
        .withPersonalData(new CommunityPersonalData(JdbcCommunityBuildings.storeOn(store)))
        .withPersonalData(new org.koprogo.adapters.jdbc.JdbcInboxes(store))
        .withPersonalDataFirst(new JdbcNotificationPersonalData(store));
  }

  /**
   * Hibernate Validator's predefined scope over the library's constrained commands (issue 21: it
   * loads the validators of the constraints in use only, not every built-in one).
   */
  @Singleton
  ValidatorFactory validatorFactory() {
    return ValidatedCommands.validatorFactory();
  }

  /** The commands' validation, shared by every use case. */
  @Singleton
  CommandValidation commandValidation(ValidatorFactory validators) {
    return ValidatedCommands.commandValidation(validators);
  }

  @Singleton
  UseCases useCases(OutPorts ports, CommandValidation validation,
      org.koprogo.ports.out.notification.NotificationPorts notification) {
    return new UseCases(ports, validation, notification);
  }

  @Singleton
  RegisterBuilding registerBuilding(UseCases useCases) {
    return useCases.registerBuilding();
  }

  @Singleton
  DistributeExpense distributeExpense(UseCases useCases) {
    return useCases.distributeExpense();
  }

  @Singleton
  RegisterMember registerMember(UseCases useCases) {
    return useCases.registerMember();
  }

  @Singleton
  RecordContribution recordContribution(UseCases useCases) {
    return useCases.recordContribution();
  }

  @Singleton
  org.koprogo.ports.in.coop.ManageCoopGroups manageCoopGroups(UseCases useCases) {
    return useCases.manageCoopGroups();
  }

  @Singleton
  org.koprogo.ports.in.coop.RunCoopProject runCoopProject(UseCases useCases) {
    return useCases.runCoopProject();
  }

  @Singleton
  org.koprogo.ports.in.coop.RunAllocationRounds runAllocationRounds(UseCases useCases) {
    return useCases.runAllocationRounds();
  }

  @Singleton
  org.koprogo.ports.in.assembly.DraftGeneralAssembly draftGeneralAssembly(UseCases useCases) {
    return useCases.draftGeneralAssembly();
  }

  @Singleton
  org.koprogo.ports.in.assembly.RunGeneralAssembly runGeneralAssembly(UseCases useCases) {
    return useCases.runGeneralAssembly();
  }

  @Singleton
  org.koprogo.ports.in.assembly.KeepAssemblyMinutes keepAssemblyMinutes(UseCases useCases) {
    return useCases.keepAssemblyMinutes();
  }

  @Singleton
  ListAuditTrail listAuditTrail(UseCases useCases) {
    return useCases.listAuditTrail();
  }

  @Singleton
  ExportPersonalData exportPersonalData(UseCases useCases) {
    return useCases.exportPersonalData();
  }

  @Singleton
  ErasePersonalData erasePersonalData(UseCases useCases) {
    return useCases.erasePersonalData();
  }
}
