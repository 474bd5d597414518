/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * The balance sheet at a date: the assets (debit balances of the asset accounts) on one side; the
 * funds and debts (credit balances of the equity and liability accounts) and the result not yet
 * closed on the other. The two sides are equal whenever every entry is balanced. Balances are
 * shown signed as they fall (an owner in credit lowers the co-owners' receivable). Immutable.
 *
 * @param assets the asset accounts, balance {@code debit - credit}
 * @param fundsAndDebts the equity and liability accounts, balance {@code credit - debit}
 * @param unclosedResult income minus expenses of the years not yet closed
 * @param asOf the date
 * @param totalAssets the total of the assets
 * @param totalFundsAndDebts the total of the funds and debts (the unclosed result apart)
 */
public record BalanceSheet(LocalDate asOf, List<Line> assets, List<Line> fundsAndDebts, Money unclosedResult,
    Money totalAssets, Money totalFundsAndDebts) {
  /**
   * Checks that every part is given and copies the lists.
   *
   * @param asOf the date
   * @param assets the asset accounts, balance {@code debit - credit}
   * @param fundsAndDebts the equity and liability accounts, balance {@code credit - debit}
   * @param unclosedResult income minus expenses of the years not yet closed
   * @param totalAssets the total of the assets
   * @param totalFundsAndDebts the total of the funds and debts (the unclosed result apart)
   */
  public BalanceSheet {
    Objects.requireNonNull(asOf, "asOf");
    assets = List.copyOf(assets);
    fundsAndDebts = List.copyOf(fundsAndDebts);
    Objects.requireNonNull(unclosedResult, "unclosedResult");
    Objects.requireNonNull(totalAssets, "totalAssets");
    Objects.requireNonNull(totalFundsAndDebts, "totalFundsAndDebts");
  }

  /**
   * True when assets equal funds, debts and the unclosed result.
   *
   * @return whether the sheet balances
   */
  public boolean balanced() {
    return totalAssets.equals(totalFundsAndDebts.plus(unclosedResult));
  }

  /**
   * One account on the balance sheet with its balance, signed for its side.
   *
   * @param account the account
   * @param amount its balance, on its side of the sheet
   */
  public record Line(Account account, Money amount) {
    /**
     * Checks that every part is given.
     *
     * @param account the account
     * @param amount its balance, on its side of the sheet
     */
    public Line {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(amount, "amount");
    }
  }
}
