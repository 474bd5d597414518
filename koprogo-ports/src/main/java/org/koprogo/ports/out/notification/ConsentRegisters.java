/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.koprogo.ports.out.OrganisationId;

/**
 * The consent register of each organisation ({@link Consents} names no organisation: a register
 * is one organisation's). The JDBC adapter answers with a {@code JdbcConsents} per organisation on
 * the same table.
 */
@FunctionalInterface
public interface ConsentRegisters {

  /**
   * The register of {@code organisation}.
   *
   * @param organisation the tenant, never null
   * @return its register, never null
   */
  Consents of(OrganisationId organisation);

  /**
   * Registers in memory, one per organisation, kept for the life of the returned value.
   *
   * @return empty registers (deny by default)
   */
  static ConsentRegisters inMemory() {
    Map<OrganisationId, InMemoryConsents> registers = new ConcurrentHashMap<>();
    return organisation -> registers.computeIfAbsent(
        Objects.requireNonNull(organisation, "organisation"), o -> new InMemoryConsents());
  }
}
