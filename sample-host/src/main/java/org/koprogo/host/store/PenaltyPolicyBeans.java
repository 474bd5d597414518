/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.store;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.koprogo.adapters.jdbc.JdbcPenaltyPolicies;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.ports.out.PenaltyPolicies;

/** Each building's own late-penalty policy, on the JDBC store (joining its transactions). */
@Factory
final class PenaltyPolicyBeans {

  /** The legal interest rates a building's legal-rate policy runs at (Belgian law of 5 May 1865, art. 2). */
  @Singleton
  LegalInterestRates legalInterestRates() {
    return LegalInterestRates.belgium();
  }

  @Singleton
  PenaltyPolicies penaltyPolicies(JdbcStore store, LegalInterestRates legalRates) {
    return new JdbcPenaltyPolicies(store, legalRates);
  }
}
