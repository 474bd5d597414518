/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.function.Function;
import java.util.function.Supplier;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.Versioned;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * What the cooperative's use cases share: the out ports, the stored aggregates, the event log,
 * command validation, and the one way a stored aggregate is changed (read at the version named,
 * run the domain's command, store the new state and its events, in one unit of work).
 */
final class CoopWork {
  final OutPorts ports;
  final CoopRecords records;
  final CoopEventLog events;
  final CommandValidation validation;

  CoopWork(OutPorts ports, CommandValidation validation, PersonNotifications persons) {
    this.ports = ports;
    this.validation = validation;
    this.records = new CoopRecords(ports);
    this.events = new CoopEventLog(ports, records, persons);
  }

  OrganisationId organisation(CoopRef ref) {
    validation.check(ref);
    return OrganisationId.of(ref.organisation());
  }

  <T> T inTransaction(Supplier<T> work) {
    return ports.transactions().inTransaction(work);
  }

  /**
   * Reads {@code read} at the version {@code ref} names, runs {@code command} on its state, stores
   * the new state and the command's events; a command that changes nothing stores nothing.
   */
  <S extends Record, D> Versioned<S> change(CoopRef ref, Function<OrganisationId, Stored<S>> read,
      Function<S, D> restore, Function<D, Change<D>> command, Function<D, S> snapshot) {
    OrganisationId organisation = organisation(ref);
    return inTransaction(() -> {
      Stored<S> stored = CoopRecords.at(read.apply(organisation), ref.version());
      Change<D> change = command.apply(restore.apply(stored.aggregate()));
      if (change.isUnchanged()) {
        return CoopRecords.versioned(stored);
      }
      Stored<S> updated = records.store().update(stored.with(snapshot.apply(change.after())));
      events.record(organisation, change.events());
      return CoopRecords.versioned(updated);
    });
  }

  <S extends Record> Versioned<S> add(OrganisationId organisation, String id, Change<?> change, S state) {
    return inTransaction(() -> {
      Stored<S> added = records.store().add(organisation, id, state);
      events.record(organisation, change.events());
      return CoopRecords.versioned(added);
    });
  }
}
