/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.store;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.statement.RemindOwnersInArrears;
import org.koprogo.ports.in.statement.StatementTerms;
import org.koprogo.ports.out.PenaltyPolicies;

/** The owners' payment reminders, on the statements the host reads (same terms and policies). */
@Factory
final class ReminderBeans {

  @Singleton
  RemindOwnersInArrears remindOwnersInArrears(UseCases useCases, PenaltyPolicies policies,
      LegalInterestRates legalRates, StatementTerms terms) {
    return useCases.remindOwnersInArrears(policies, legalRates, terms);
  }
}
