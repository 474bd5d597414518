/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Civil Code art. 3.89 §5, 6°: the budget the general assembly votes for the financial year, its
 * lines split between the working capital and the reserve fund.
 *
 * @param yearStart the first day of the financial year
 * @param currency the currency of every line
 * @param lines the lines, in order; copied
 */
public record YearlyBudget(LocalDate yearStart, Currency currency, List<BudgetLine> lines) {
  /**
   * Checks the budget and copies its lines.
   *
   * @param yearStart the first day of the financial year
   * @param currency the currency of every line
   * @param lines the lines, in order; copied
   * @throws KoproGoException {@code CURRENCY_MISMATCH} for a line in another currency
   */
  public YearlyBudget {
    Objects.requireNonNull(yearStart, "yearStart");
    Objects.requireNonNull(currency, "currency");
    lines = List.copyOf(lines);
    for (BudgetLine line : lines) {
      if (!line.amount().currency().equals(currency)) {
        throw KoproGoException.of(
            ErrorCode.CURRENCY_MISMATCH,
            "budget line '" + line.label() + "' is in " + line.amount().currency().getCurrencyCode()
                + ", not " + currency.getCurrencyCode(),
            "label", line.label(), "currency", line.amount().currency().getCurrencyCode());
      }
    }
  }

  /**
   * A budget in euros.
   *
   * @param yearStart the first day of the financial year
   * @param lines the lines, in euros
   * @return the budget
   * @throws KoproGoException {@code CURRENCY_MISMATCH} for a line in another currency
   */
  public static YearlyBudget of(LocalDate yearStart, List<BudgetLine> lines) {
    return new YearlyBudget(yearStart, Money.EUR, lines);
  }

  /**
   * The lines of {@code fund}.
   *
   * @param fund working capital or reserve
   * @return its lines
   */
  public List<BudgetLine> linesOf(Fund fund) {
    return lines.stream().filter(l -> l.fund() == fund).toList();
  }

  /**
   * The total of {@code fund}.
   *
   * @param fund working capital or reserve
   * @return its total
   */
  public Money total(Fund fund) {
    Money total = Money.zero(currency);
    for (BudgetLine line : linesOf(fund)) {
      total = total.plus(line.amount());
    }
    return total;
  }

  /**
   * The whole budget.
   *
   * @return the total
   */
  public Money total() {
    return total(Fund.WORKING_CAPITAL).plus(total(Fund.RESERVE));
  }

  /**
   * The yearly contribution to the reserve fund.
   *
   * @return the contribution
   */
  public Money reserveContribution() {
    return total(Fund.RESERVE);
  }

  /**
   * The ordinary common charges the budget plans (its working-capital lines).
   *
   * @return the ordinary charges
   */
  public Money ordinaryCharges() {
    return total(Fund.WORKING_CAPITAL);
  }
}
