/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.embedding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.solidarity.Eligibility;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.CostEntry;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.in.association.KeepMonthlyPrice;
import org.koprogo.ports.in.association.ReportTransparency;
import org.koprogo.ports.in.solidarity.CheckAidEligibility;
import org.koprogo.ports.memory.InMemoryAssociationBooks;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.AssociationBooks;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;

/** The integrator's guide's association example (docs/integrators-guide.md), run by a test. */
public final class PlainJavaAssociation {
  private PlainJavaAssociation() {}

  /**
   * Keeps an association's books for a quarter, decides its surplus allocation and checks a
   * request for help; returns the figures a test checks.
   */
  public static List<String> run() {
    // --- example: begin ---
    MemoryDatabase database = new MemoryDatabase(ManualClock.at(Instant.parse("2026-03-01T09:00:00Z")));
    AssociationBooks books = new InMemoryAssociationBooks(database);   // or new JdbcAssociationBooks(store)
    UseCases useCases = new UseCases(database.ports(), CommandValidation.none());
    database.organisations().add(new Organisation(OrganisationId.of("asbl-1"), "KoproGo ASBL",
        Organisation.Kind.ASSOCIATION, 0));

    useCases.keepMonthlyPrice().start(new KeepMonthlyPrice.FirstPrice("asbl-1", "5.00", "EUR",
        LocalDate.parse("2025-01-01"), "founding-2025", "admin"));
    useCases.keepAssociationBooks(books).record(new KeepAssociationBooks.QuarterEntry("asbl-1", "2025-Q1", "EUR",
        List.of(new KeepAssociationBooks.MemberRate("m1", "STANDARD"),
            new KeepAssociationBooks.MemberRate("m2", "CONTRIBUTOR")),
        List.of(new CostEntry("infrastructure", "12.00"), new CostEntry("staff", "9.00")), null, "admin"));
    QuarterlyTransparencyReport report =
        useCases.reportTransparency(books).quarterReport("asbl-1", "2025-Q1");

    AllocateSurplus.Allocated allocated = useCases.allocateSurplus().decide(new AllocateSurplus.SurplusDecision(
        "asbl-1", "ga-2026/surplus-2025", 2025, "EUR", "90000.00",
        List.of(new CostEntry("staff", "60000.00")), 1500, "5.00",
        List.of(new AllocateSurplus.Share("solidarity", "70"), new AllocateSurplus.Share("reserve", "30")),
        null, null, null, "admin"));
    ReportTransparency.PublishedYear published =
        useCases.reportTransparency(books).publishedYear("asbl-1").orElseThrow();

    Eligibility eligibility = useCases.checkAidEligibility().check(new CheckAidEligibility.EligibilityQuestion(
        LocalDate.parse("2026-06-01"), "EUR",
        new CheckAidEligibility.ApplicantFigures("m1", "900.00", new BigDecimal("40"), 0, "0.00", true, List.of()),
        new CheckAidEligibility.Ask("EMERGENCY_GRANT", "500.00", null, null, null, null, null)));
    // --- example: end ---
    return List.of("costs=" + report.totalCosts().toPlainString(),
        "solidarity=" + allocated.allocation().allocationOf("solidarity").toPlainString(),
        "published=" + published.year() + "/" + published.quarters().size(),
        "rules=" + eligibility.outcomes().size(), "eligible=" + eligibility.eligible());
  }
}
