/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.loan.LoanTerms;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/** What an applicant asks the solidarity fund for: one of four kinds of help. */
public sealed interface AidRequest {

  /** The kind of help. */
  AidKind kind();

  /** The amount asked for, positive. */
  Money amount();

  /** A request for a loan, repaid monthly. */
  sealed interface LoanRequest extends AidRequest {
    /** The number of monthly payments. */
    int months();

    /** The annual rate in percent. */
    BigDecimal annualRatePercent();

    /** The terms of the loan, for its schedule ({@link org.koprogo.domain.loan.LoanSchedule}). */
    default LoanTerms terms() {
      return LoanTerms.of(amount(), annualRatePercent(), months());
    }
  }

  /** A loan at 0%. */
  record ZeroRateLoan(Money amount, int months) implements LoanRequest {
    public ZeroRateLoan {
      positive(amount);
    }

    @Override
    public AidKind kind() {
      return AidKind.ZERO_RATE_LOAN;
    }

    @Override
    public BigDecimal annualRatePercent() {
      return BigDecimal.ZERO;
    }
  }

  /**
   * A solidarity works credit, for works in the common parts.
   *
   * @param worksLegallyVoted whether the general assembly adopted the works with the required
   *     majority
   * @param quotesValidated whether the quotes were validated (compared and accepted)
   */
  record WorksCredit(
      Money amount, BigDecimal annualRatePercent, int months, boolean worksLegallyVoted, boolean quotesValidated)
      implements LoanRequest {
    public WorksCredit {
      positive(amount);
      Objects.requireNonNull(annualRatePercent, "annualRatePercent");
    }

    @Override
    public AidKind kind() {
      return AidKind.WORKS_CREDIT;
    }
  }

  /** A grant towards litigation costs. */
  record LitigationGrant(Money amount) implements AidRequest {
    public LitigationGrant {
      positive(amount);
    }

    @Override
    public AidKind kind() {
      return AidKind.LITIGATION_GRANT;
    }
  }

  /** An emergency grant. */
  record EmergencyGrant(Money amount) implements AidRequest {
    public EmergencyGrant {
      positive(amount);
    }

    @Override
    public AidKind kind() {
      return AidKind.EMERGENCY_GRANT;
    }
  }

  private static void positive(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_PRINCIPAL, "the amount asked for, " + amount.toPlainString() + ", is not positive",
          "field", "amount", "value", amount.toPlainString());
    }
  }
}
