/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * What the fund needs to know about an applicant. Immutable.
 *
 * @param id the applicant
 * @param monthlyIncome net monthly income of the household, not negative
 * @param debtRatioPercent monthly debt repayments over monthly income, in percent, not negative
 * @param propertiesOwned the number of properties (dwellings) the applicant owns
 * @param monthlyPropertyIncome rents and other income from property, per month, not negative
 * @param payingMember whether the applicant is a member up to date with their contribution
 * @param pastAid help granted before, any order
 */
public record Applicant(
    ApplicantId id,
    Money monthlyIncome,
    BigDecimal debtRatioPercent,
    int propertiesOwned,
    Money monthlyPropertyIncome,
    boolean payingMember,
    List<AidGranted> pastAid) {
  /**
   * Checks the applicant.
   *
   * @param id the applicant
   * @param monthlyIncome net monthly income of the household, not negative
   * @param debtRatioPercent monthly debt repayments over monthly income, in percent, not negative
   * @param propertiesOwned the number of properties (dwellings) the applicant owns
   * @param monthlyPropertyIncome rents and other income from property, per month, not negative
   * @param payingMember whether the applicant is a member up to date with their contribution
   * @param pastAid help granted before, any order
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative income, {@code
   *     NEGATIVE_PERCENT} for a negative debt ratio, {@code INVALID_FIELD} for a negative number of
   *     properties
   */
  public Applicant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(monthlyIncome, "monthlyIncome");
    Objects.requireNonNull(debtRatioPercent, "debtRatioPercent");
    Objects.requireNonNull(monthlyPropertyIncome, "monthlyPropertyIncome");
    pastAid = List.copyOf(pastAid);
    if (monthlyIncome.isNegative() || monthlyPropertyIncome.isNegative()) {
      throw KoproGoException.of(ErrorCode.NEGATIVE_AMOUNT, "an income is not negative", "applicant", id.value());
    }
    if (debtRatioPercent.signum() < 0) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_PERCENT, "debt ratio " + debtRatioPercent.toPlainString() + "% is negative",
          "field", "debtRatioPercent", "value", debtRatioPercent.toPlainString());
    }
    if (propertiesOwned < 0) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "propertiesOwned is not negative", "field", "propertiesOwned");
    }
  }
}
