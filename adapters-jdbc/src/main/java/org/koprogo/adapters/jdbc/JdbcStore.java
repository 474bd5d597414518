/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StoredNames;

/**
 * The JDBC adapter: every out port on one {@link DataSource} (a HikariCP pool in a host;
 * PostgreSQL 15+, or H2 2.x in PostgreSQL mode as the embedded default). Migrate the schema
 * first with {@link JdbcMigrations#migrate}.
 *
 * <p>Thread-safe: share one instance. Ports of the same instance join each other's transactions.
 */
public final class JdbcStore {
  private final Clock clock;
  private final JdbcTransactions transactions;
  private final JdbcOrganisations organisations;
  private final JdbcBuildings buildings;
  private final JdbcLots lots;
  private final JdbcOwners owners;
  private final JdbcMembers members;
  private final JdbcAssemblies assemblies;
  private final JdbcExpenses expenses;
  private final JdbcLedger ledger;
  private final JdbcAuditTrail auditTrail;
  private final JdbcOutbox outbox;
  private final JdbcPersonalData personalData;
  private final JdbcBankLinePersonalData bankLinePersonalData;
  private final JdbcAggregateStore aggregateStore;

  /**
   * The adapter on {@code dataSource}; the outbox reads time from {@code clock}.
   *
   * @throws org.koprogo.domain.shared.KoproGoException {@code STORE_FAILURE} when the database
   *     cannot be reached
   */
  public JdbcStore(DataSource dataSource, Clock clock) {
    this(dataSource, clock, StoredNames.library());
  }

  /**
   * The adapter on {@code dataSource}, storing aggregates under the stable {@code names} (the
   * library's and the host's own stored types).
   *
   * @throws org.koprogo.domain.shared.KoproGoException {@code STORE_FAILURE} when the database
   *     cannot be reached
   */
  public JdbcStore(DataSource dataSource, Clock clock, StoredNames names) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(names, "names");
    this.clock = Objects.requireNonNull(clock, "clock");
    Db db = new Db(dataSource);
    this.transactions = new JdbcTransactions(db);
    this.organisations = new JdbcOrganisations(db);
    this.buildings = new JdbcBuildings(db);
    this.lots = new JdbcLots(db);
    this.owners = new JdbcOwners(db);
    this.members = new JdbcMembers(db);
    this.assemblies = new JdbcAssemblies(db);
    this.expenses = new JdbcExpenses(db);
    this.ledger = new JdbcLedger(db);
    this.auditTrail = new JdbcAuditTrail(db);
    this.outbox = new JdbcOutbox(db, clock);
    this.personalData = new JdbcPersonalData(db, this);
    this.bankLinePersonalData = new JdbcBankLinePersonalData(db);
    this.aggregateStore = new JdbcAggregateStore(db, names);
  }

  /** Every port, to build the use cases from. */
  public OutPorts ports() {
    return new OutPorts(
        organisations, buildings, lots, owners, members, assemblies, expenses, ledger, auditTrail, outbox,
        aggregateStore, transactions, clock, List.of(personalData, bankLinePersonalData));
  }

  public JdbcTransactions transactions() {
    return transactions;
  }

  public JdbcOrganisations organisations() {
    return organisations;
  }

  public JdbcBuildings buildings() {
    return buildings;
  }

  public JdbcLots lots() {
    return lots;
  }

  public JdbcOwners owners() {
    return owners;
  }

  public JdbcMembers members() {
    return members;
  }

  public JdbcAssemblies assemblies() {
    return assemblies;
  }

  public JdbcExpenses expenses() {
    return expenses;
  }

  public JdbcLedger ledger() {
    return ledger;
  }

  public JdbcAuditTrail auditTrail() {
    return auditTrail;
  }

  public JdbcOutbox outbox() {
    return outbox;
  }

  public JdbcAggregateStore aggregateStore() {
    return aggregateStore;
  }

  public JdbcPersonalData personalData() {
    return personalData;
  }
}
