/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.embedding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.budget.BudgetProposal;
import org.koprogo.ports.in.budget.CallsForFundsPlan;
import org.koprogo.ports.in.budget.StoredBudget;
import org.koprogo.ports.in.penalty.DefaultPenaltyPolicy;
import org.koprogo.ports.in.penalty.PolicyTerms;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.statement.StatementOfAccount;
import org.koprogo.ports.in.statement.StatementTerms;
import org.koprogo.ports.memory.InMemoryPenaltyPolicies;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.PenaltyPolicies;

/** The integrator's guide's example of the building's money (docs/integrators-guide.md), run by a test. */
public final class BuildingMoneyEmbedding {
  private BuildingMoneyEmbedding() {}

  /**
   * Adopts a budget, sets a policy, records a payment and reads the statement of owner O1 (sole
   * owner of A1, 600 of 1,000 shares, charged 600.00 of a 1,000.00 expense booked on 1 January).
   *
   * @return the reserve check's verdict, the number of calls, and the statement's figures
   */
  public static List<String> run() {
    MemoryDatabase database = new MemoryDatabase(ManualClock.at(Instant.parse("2026-03-01T09:00:00Z")));
    UseCases useCases = new UseCases(database.ports(), CommandValidation.none());
    database.organisations().add(new Organisation(OrganisationId.of("acme"), "ACME syndic",
        Organisation.Kind.CO_OWNERSHIP, 0));
    useCases.registerBuilding().register(new RegisterBuilding.Command("acme", "B1", "Les Tilleuls", "Rue 1",
        new BigDecimal("1000"), "EUR", List.of(
            new RegisterBuilding.LotLine("A1", "A1", new BigDecimal("600"),
                List.of(new RegisterBuilding.OwnershipLine("O1", "1"))),
            new RegisterBuilding.LotLine("A2", "A2", new BigDecimal("400"),
                List.of(new RegisterBuilding.OwnershipLine("O2", "1")))),
        List.of(new RegisterBuilding.OwnerLine("O1", "Ada", "ada@example.org", "", ""),
            new RegisterBuilding.OwnerLine("O2", "Bob", "bob@example.org", "", "")), "syndic-1"));
    useCases.distributeExpense().distribute(new DistributeExpense.Command("acme", "B1", "E1", "roof", "1000.00",
        LocalDate.parse("2026-01-01"), List.of(new DistributeExpense.KeyPart("general", BigDecimal.ONE,
            Map.of("A1", new BigDecimal("600"), "A2", new BigDecimal("400")))), "syndic-1"));

    // --- example: begin ---
    PenaltyPolicies own = new InMemoryPenaltyPolicies(database);     // or new JdbcPenaltyPolicies(jdbcStore)
    StatementTerms terms = new StatementTerms(new DefaultPenaltyPolicy(new BigDecimal("8"), "statutes art. 18", 15), 30);

    StoredBudget budget = useCases.keepBuildingBudgets().adopt(new BudgetProposal("acme", "B1",
        LocalDate.parse("2026-01-01"), "QUARTERLY", List.of(
            new BudgetProposal.Line("maintenance", null, "10000.00", null),        // general key: the lots' shares
            new BudgetProposal.Line("reserve", "RESERVE", "1000.00", null)),
        "8000.00", null), "syndic-1");                                          // last year's ordinary charges
    budget.reserveCheck().compliant();                                          // 1,000.00 >= 5% of 8,000.00
    CallsForFundsPlan calls = useCases.keepBuildingBudgets().callsForFunds("acme", "B1", LocalDate.parse("2026-01-01"));

    useCases.manageLatePenaltyPolicies(own, LegalInterestRates.belgium(), terms.defaultPolicy()).set(
        new PolicyTerms("acme", "B1", null, "12", "statutes art. 20", null, 0, null, "10.00", null, null, 0L, null),
        "syndic-1");
    useCases.recordOwnerPayment().record(new RecordOwnerPayment.Payment("acme", "O1", null,
        LocalDate.parse("2026-02-10"), "100.00", "bank ref 4711", "syndic-1"));
    StatementOfAccount account = useCases.readOwnerStatement(own, LegalInterestRates.belgium(), terms)
        .statement("acme", "O1", LocalDate.parse("2026-03-31"), null);
    account.statement().balance();                                              // called + penalties - paid
    // --- example: end ---
    return List.of(budget.reserveCheck().verdict().name(), String.valueOf(calls.calls().calls().size()),
        account.statement().totalCalled().toPlainString(), account.statement().totalPaid().toPlainString(),
        String.valueOf(account.statement().totalPenalties().isPositive()));
  }
}
