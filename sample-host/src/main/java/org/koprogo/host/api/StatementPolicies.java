/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.koprogo.domain.penalty.AccrualStart;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.PenaltyRate;
import org.koprogo.domain.penalty.ReminderPolicy;
import java.util.Optional;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.BuildingPenaltyPolicy;
import org.koprogo.ports.out.PenaltyPolicies;

/**
 * The late-payment and reminder policies of a building, as its statutes set them. A building's
 * own late-penalty policy, when it has one ({@code PUT /api/v1/buildings/{building}/late-penalty-policy},
 * port {@link PenaltyPolicies}), applies to its installments; a building without one falls under
 * the configured default ({@code koprogo.statements.*}: the statutory annual rate and its article,
 * the grace days; interest from the due date, ACT/365, no fee, no minimum, no cap). Every building
 * uses the standard reminder ladder. An installment is payable {@code
 * koprogo.statements.payable-days} days after the expense is booked.
 */
@Singleton
public class StatementPolicies {
  private final BigDecimal annualPercent;
  private final String article;
  private final int graceDays;
  private final int payableDays;
  private final PenaltyPolicies stored;

  StatementPolicies(
      PenaltyPolicies stored,
      @Value("${koprogo.statements.annual-rate-percent:8}") BigDecimal annualPercent,
      @Value("${koprogo.statements.statutes-article:statutes art. 18 (demo)}") String article,
      @Value("${koprogo.statements.grace-days:15}") int graceDays,
      @Value("${koprogo.statements.payable-days:30}") int payableDays) {
    this.annualPercent = annualPercent;
    this.article = article;
    this.graceDays = graceDays;
    this.payableDays = payableDays;
    this.stored = stored;
  }

  /**
   * The late-penalty policy that applies to a building's installments, and where it comes from.
   *
   * @param policy the policy
   * @param stored the building's own policy, or null when the configured default applies
   */
  public record Applied(LatePenaltyPolicy policy, BuildingPenaltyPolicy stored) {
    /** {@code BUILDING} (its own) or {@code DEFAULT} (the configured one). */
    public String source() {
      return stored == null ? "DEFAULT" : "BUILDING";
    }
  }

  /** The building's own policy, else the configured default. */
  public Applied applied(Building building) {
    Optional<BuildingPenaltyPolicy> own = stored.find(building.organisation(), building.id());
    return own.map(p -> new Applied(p.policy(), p)).orElseGet(() -> new Applied(defaultPolicy(building), null));
  }

  /** The configured default policy, in the building's currency. */
  public LatePenaltyPolicy defaultPolicy(Building building) {
    return LatePenaltyPolicy.simpleInterest(PenaltyRate.fromStatutes(annualPercent, article),
        building.currency()).withGrace(graceDays, AccrualStart.DUE_DATE);
  }

  /** The building's late-payment penalty policy (art. 3.93 §1 Civil Code: the statutes set it). */
  public LatePenaltyPolicy latePenalty(Building building) {
    return applied(building).policy();
  }

  /** The building's reminder ladder. */
  public ReminderPolicy reminders(Building building) {
    return ReminderPolicy.standard(building.currency());
  }

  /** Days between an expense's booking and its installment's due date. */
  public int payableDays() {
    return payableDays;
  }
}
