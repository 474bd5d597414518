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
import org.koprogo.ports.out.Building;

/**
 * The late-payment and reminder policies of a building, as its statutes set them. The sample host
 * applies one configured policy to every building ({@code koprogo.statements.*}: the statutory
 * annual rate and its article, the grace days) and the standard reminder ladder; an embedder
 * replaces this bean to read each building's own statutes. An installment is payable
 * {@code koprogo.statements.payable-days} days after the expense is booked.
 */
@Singleton
public class StatementPolicies {
  private final BigDecimal annualPercent;
  private final String article;
  private final int graceDays;
  private final int payableDays;

  StatementPolicies(
      @Value("${koprogo.statements.annual-rate-percent:8}") BigDecimal annualPercent,
      @Value("${koprogo.statements.statutes-article:statutes art. 18 (demo)}") String article,
      @Value("${koprogo.statements.grace-days:15}") int graceDays,
      @Value("${koprogo.statements.payable-days:30}") int payableDays) {
    this.annualPercent = annualPercent;
    this.article = article;
    this.graceDays = graceDays;
    this.payableDays = payableDays;
  }

  /** The building's late-payment penalty policy (art. 3.93 §1 Civil Code: the statutes set it). */
  public LatePenaltyPolicy latePenalty(Building building) {
    return LatePenaltyPolicy.simpleInterest(PenaltyRate.fromStatutes(annualPercent, article),
        building.currency()).withGrace(graceDays, AccrualStart.DUE_DATE);
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
