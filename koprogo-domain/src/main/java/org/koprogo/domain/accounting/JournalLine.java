/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.util.Objects;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * One line of a journal entry: an amount (strictly positive, minor units) on one side of one
 * account, and for an owner's individual account the owner. Immutable.
 *
 * @param account the account number
 * @param side debit or credit
 * @param amount strictly positive
 * @param owner the owner whose individual account this is, or null
 */
public record JournalLine(String account, Side side, Money amount, OwnerId owner) {
  /**
   * Checks the line.
   *
   * @param account the account number
   * @param side debit or credit
   * @param amount strictly positive
   * @param owner the owner whose individual account this is, or null
   * @throws KoproGoException {@code UNKNOWN_ACCOUNT}, {@code EMPTY_ENTRY} (an amount of zero or less)
   */
  public JournalLine {
    Account.checkNumber(account, "account");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.EMPTY_ENTRY, "a journal line of " + amount.toPlainString() + " on " + account + " is not positive",
          "field", "amount", "value", amount.toPlainString());
    }
  }

  /**
   * A debit.
   *
   * @param account the account number
   * @param amount the amount, positive
   * @return the line
   * @throws KoproGoException {@code UNKNOWN_ACCOUNT} for an invalid number, {@code EMPTY_ENTRY} for
   *     an amount of zero or less
   */
  public static JournalLine debit(String account, Money amount) {
    return new JournalLine(account, Side.DEBIT, amount, null);
  }

  /**
   * A credit.
   *
   * @param account the account number
   * @param amount the amount, positive
   * @return the line
   * @throws KoproGoException {@code UNKNOWN_ACCOUNT} for an invalid number, {@code EMPTY_ENTRY} for
   *     an amount of zero or less
   */
  public static JournalLine credit(String account, Money amount) {
    return new JournalLine(account, Side.CREDIT, amount, null);
  }

  /**
   * A debit of an owner's individual account.
   *
   * @param account the account number (410 or a sub-account)
   * @param amount the amount, positive
   * @param owner the owner
   * @return the line
   * @throws KoproGoException {@code UNKNOWN_ACCOUNT} for an invalid number, {@code EMPTY_ENTRY} for
   *     an amount of zero or less
   */
  public static JournalLine debit(String account, Money amount, OwnerId owner) {
    return new JournalLine(account, Side.DEBIT, amount, Objects.requireNonNull(owner, "owner"));
  }

  /**
   * A credit of an owner's individual account.
   *
   * @param account the account number (410 or a sub-account)
   * @param amount the amount, positive
   * @param owner the owner
   * @return the line
   * @throws KoproGoException {@code UNKNOWN_ACCOUNT} for an invalid number, {@code EMPTY_ENTRY} for
   *     an amount of zero or less
   */
  public static JournalLine credit(String account, Money amount, OwnerId owner) {
    return new JournalLine(account, Side.CREDIT, amount, Objects.requireNonNull(owner, "owner"));
  }

  /**
   * The amount signed: positive for a debit, negative for a credit, in minor units.
   *
   * @return the signed amount
   */
  public long signedMinor() {
    return side == Side.DEBIT ? amount.minorUnits() : Math.negateExact(amount.minorUnits());
  }
}
