/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Transactions;

/**
 * The in-memory store behind every {@code InMemory*} port: one lock serialises all access (units
 * of work included), and a unit of work that fails restores every table to its state before it
 * started, so the in-memory ports honour the same transaction contract as a database.
 *
 * <p>For tests of the use cases and for embedders who need no database. Thread-safe.
 */
public final class MemoryDatabase implements Transactions {
  private final ReentrantLock lock = new ReentrantLock();
  private final List<Table> tables = new ArrayList<>();
  private final Clock clock;
  private final InMemoryOrganisations organisations;
  private final InMemoryBuildings buildings;
  private final InMemoryLots lots;
  private final InMemoryOwners owners;
  private final InMemoryMembers members;
  private final InMemoryAssemblies assemblies;
  private final InMemoryExpenses expenses;
  private final InMemoryLedger ledger;
  private final InMemoryAuditTrail auditTrail;
  private final InMemoryOutbox outbox;
  private final InMemoryPersonalData personalData;
  private final InMemoryAggregateStore aggregateStore;

  /**
   * An empty store whose outbox and audit read {@code clock}.
   *
   * @param clock the clock
   */
  public MemoryDatabase(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.organisations = new InMemoryOrganisations(this);
    this.buildings = new InMemoryBuildings(this);
    this.lots = new InMemoryLots(this);
    this.owners = new InMemoryOwners(this);
    this.members = new InMemoryMembers(this);
    this.assemblies = new InMemoryAssemblies(this);
    this.expenses = new InMemoryExpenses(this);
    this.ledger = new InMemoryLedger(this);
    this.auditTrail = new InMemoryAuditTrail(this);
    this.outbox = new InMemoryOutbox(this);
    this.personalData = new InMemoryPersonalData(this);
    this.aggregateStore = new InMemoryAggregateStore(this);
  }

  /**
   * The clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The organisations.
   *
   * @return the store
   */
  public InMemoryOrganisations organisations() {
    return organisations;
  }

  /**
   * The buildings.
   *
   * @return the store
   */
  public InMemoryBuildings buildings() {
    return buildings;
  }

  /**
   * The lots.
   *
   * @return the store
   */
  public InMemoryLots lots() {
    return lots;
  }

  /**
   * The owners.
   *
   * @return the store
   */
  public InMemoryOwners owners() {
    return owners;
  }

  /**
   * The members.
   *
   * @return the store
   */
  public InMemoryMembers members() {
    return members;
  }

  /**
   * The assemblies.
   *
   * @return the store
   */
  public InMemoryAssemblies assemblies() {
    return assemblies;
  }

  /**
   * The expenses.
   *
   * @return the store
   */
  public InMemoryExpenses expenses() {
    return expenses;
  }

  /**
   * The contribution ledger.
   *
   * @return the store
   */
  public InMemoryLedger ledger() {
    return ledger;
  }

  /**
   * The audit trail.
   *
   * @return the store
   */
  public InMemoryAuditTrail auditTrail() {
    return auditTrail;
  }

  /**
   * The outbox.
   *
   * @return the store
   */
  public InMemoryOutbox outbox() {
    return outbox;
  }

  /**
   * The holder of personal data.
   *
   * @return the holder
   */
  public InMemoryPersonalData personalData() {
    return personalData;
  }

  /**
   * The store of every other aggregate.
   *
   * @return the store
   */
  public InMemoryAggregateStore aggregateStore() {
    return aggregateStore;
  }

  /**
   * Every port of this store, to build the use cases from.
   *
   * @return the ports
   */
  public OutPorts ports() {
    return new OutPorts(
        organisations, buildings, lots, owners, members, assemblies, expenses, ledger, auditTrail,
        outbox, aggregateStore, this, clock, List.of(personalData));
  }

  /**
   * The transactions of this store (this object).
   *
   * @return the transactions
   */
  public Transactions transactions() {
    return this;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    lock.lock();
    try {
      if (lock.getHoldCount() > 1) {
        return work.get(); // joins the running unit of work
      }
      List<Object> saved = new ArrayList<>(tables.size());
      for (Table t : tables) {
        saved.add(t.snapshot());
      }
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        for (int i = 0; i < tables.size(); i++) {
          tables.get(i).restore(saved.get(i));
        }
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code access} under the store's lock (one statement, or part of a unit of work). */
  <T> T locked(Supplier<T> access) {
    lock.lock();
    try {
      return access.get();
    } finally {
      lock.unlock();
    }
  }

  void register(Table table) {
    tables.add(table);
  }

  /** A table whose state a failed unit of work restores. */
  interface Table {
    Object snapshot();

    void restore(Object snapshot);
  }
}
