/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import java.util.Objects;

/**
 * Every out port an adapter set provides, in one value: what the use cases are built from. The
 * in-memory store ({@code MemoryDatabase.ports()}) and the JDBC adapter ({@code
 * JdbcStore.ports()}) each give one; a host may mix (JDBC stores, another outbox).
 *
 * @param aggregateStore every other aggregate of the domain (records stored whole)
 * @param personalData every store holding personal data (GDPR export and erasure ask them all)
 * @param organisations the organisations
 * @param buildings the buildings
 * @param lots the lots
 * @param owners the owners
 * @param members the members
 * @param assemblies the assemblies
 * @param expenses the expenses
 * @param ledger the contribution ledger
 * @param auditTrail the audit trail
 * @param outbox the outbox of messages to send
 * @param transactions the units of work
 * @param clock the clock
 */
public record OutPorts(
    Organisations organisations,
    Buildings buildings,
    Lots lots,
    Owners owners,
    Members members,
    Assemblies assemblies,
    Expenses expenses,
    Ledger ledger,
    AuditTrail auditTrail,
    Outbox outbox,
    AggregateStore aggregateStore,
    Transactions transactions,
    Clock clock,
    List<PersonalDataHolder> personalData) {
  /**
   * Checks that every port is given and copies the holders of personal data.
   *
   * @param organisations the organisations
   * @param buildings the buildings
   * @param lots the lots
   * @param owners the owners
   * @param members the members
   * @param assemblies the assemblies
   * @param expenses the expenses
   * @param ledger the contribution ledger
   * @param auditTrail the audit trail
   * @param outbox the outbox of messages to send
   * @param aggregateStore every other aggregate of the domain (records stored whole)
   * @param transactions the units of work
   * @param clock the clock
   * @param personalData every store holding personal data (GDPR export and erasure ask them all)
   */
  public OutPorts {
    Objects.requireNonNull(organisations, "organisations");
    Objects.requireNonNull(buildings, "buildings");
    Objects.requireNonNull(lots, "lots");
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(assemblies, "assemblies");
    Objects.requireNonNull(expenses, "expenses");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(auditTrail, "auditTrail");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(aggregateStore, "aggregateStore");
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(clock, "clock");
    personalData = List.copyOf(personalData);
  }

  /**
   * These ports with one more holder of personal data (a messaging adapter's consent store).
   *
   * @param holder the holder
   * @return the ports
   */
  public OutPorts withPersonalData(PersonalDataHolder holder) {
    List<PersonalDataHolder> all = new java.util.ArrayList<>(personalData);
    all.add(holder);
    return new OutPorts(
        organisations, buildings, lots, owners, members, assemblies, expenses, ledger, auditTrail,
        outbox, aggregateStore, transactions, clock, all);
  }

  /**
   * These ports with one more holder of personal data asked before the others: a holder that
   * finds the person's records through the store's data (a notification channel's journal, found
   * from the messages addressed to the person's phone), which the store's own erasure empties.
   *
   * @param holder the holder
   * @return the ports
   */
  public OutPorts withPersonalDataFirst(PersonalDataHolder holder) {
    List<PersonalDataHolder> all = new java.util.ArrayList<>();
    all.add(holder);
    all.addAll(personalData);
    return new OutPorts(
        organisations, buildings, lots, owners, members, assemblies, expenses, ledger, auditTrail,
        outbox, aggregateStore, transactions, clock, all);
  }
}
