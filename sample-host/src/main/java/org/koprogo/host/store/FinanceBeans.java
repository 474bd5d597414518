/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.store;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.ports.application.Bookkeeping;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.budget.KeepBuildingBudgets;
import org.koprogo.ports.in.budget.PlanCallsForFunds;
import org.koprogo.ports.in.penalty.DefaultPenaltyPolicy;
import org.koprogo.ports.in.penalty.ManageLatePenaltyPolicies;
import org.koprogo.ports.in.statement.ReadOwnerStatement;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.statement.StatementTerms;
import org.koprogo.ports.out.PenaltyPolicies;

/**
 * The building's money use cases (budgets and calls for funds, owners' payments and statements,
 * late-penalty policies), with the host's configured statement terms: a building without a policy
 * of its own falls under {@code koprogo.statements.*} (the statutory annual rate and its article,
 * the grace days; interest from the due date, ACT/365, no fee, no minimum, no cap); an
 * installment is payable {@code koprogo.statements.payable-days} days after the expense is booked.
 * In a building that keeps double-entry books (the demo's), an owner's statement is their
 * individual account in those books, and a payment recorded is posted there too.
 */
@Factory
final class FinanceBeans {

  @Singleton
  StatementTerms statementTerms(
      @Value("${koprogo.statements.annual-rate-percent:8}") BigDecimal annualPercent,
      @Value("${koprogo.statements.statutes-article:statutes art. 18 (demo)}") String article,
      @Value("${koprogo.statements.grace-days:15}") int graceDays,
      @Value("${koprogo.statements.payable-days:30}") int payableDays) {
    return new StatementTerms(new DefaultPenaltyPolicy(annualPercent, article, graceDays), payableDays);
  }

  @Singleton
  PlanCallsForFunds planCallsForFunds(UseCases useCases) {
    return useCases.planCallsForFunds();
  }

  @Singleton
  KeepBuildingBudgets keepBuildingBudgets(UseCases useCases) {
    return useCases.keepBuildingBudgets();
  }

  @Singleton
  RecordOwnerPayment recordOwnerPayment(UseCases useCases, Bookkeeping books) {
    return useCases.recordOwnerPayment(books);
  }

  @Singleton
  ManageLatePenaltyPolicies manageLatePenaltyPolicies(UseCases useCases, PenaltyPolicies policies,
      LegalInterestRates legalRates, StatementTerms terms) {
    return useCases.manageLatePenaltyPolicies(policies, legalRates, terms.defaultPolicy());
  }

  @Singleton
  ReadOwnerStatement readOwnerStatement(UseCases useCases, PenaltyPolicies policies, LegalInterestRates legalRates,
      StatementTerms terms, Bookkeeping books) {
    return useCases.readOwnerStatement(policies, legalRates, terms, books);
  }
}
