/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A reminder escalation as data: levels by increasing days after the due date. The level that
 * applies is the last one reached. Reminders are about the amount actually overdue (see {@code
 * OwnerStatement#reminder}), never the whole invoice. Fees must be provided for by the statutes.
 * Immutable.
 *
 * @param levels the levels, by strictly increasing {@code daysAfterDue}, names unique; not empty
 */
public record ReminderPolicy(List<ReminderLevel> levels) {
  /** Name of the default first level. */
  public static final String FRIENDLY = "FRIENDLY_REMINDER";
  /** Name of the default second level. */
  public static final String FIRM = "FIRM_REMINDER";
  /** Name of the default last level. */
  public static final String FORMAL_NOTICE = "FORMAL_NOTICE";

  /**
   * Checks the levels and copies them.
   *
   * @param levels the levels, by strictly increasing {@code daysAfterDue}, names unique; not empty
   * @throws KoproGoException {@code INVALID_FIELD} without a level, for a level listed twice, or
   *     for days that do not strictly increase
   */
  public ReminderPolicy {
    levels = List.copyOf(levels);
    if (levels.isEmpty()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a reminder policy has at least one level", "field", "levels");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < levels.size(); i++) {
      if (!names.add(levels.get(i).name())) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, "reminder level " + levels.get(i).name() + " is listed twice", "field", "levels");
      }
      if (i > 0 && levels.get(i).daysAfterDue() <= levels.get(i - 1).daysAfterDue()) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, "reminder levels come by strictly increasing days", "field", "levels");
      }
    }
  }

  /**
   * The default escalation without fees: a friendly reminder by e-mail at 15 days, a firm
   * reminder by letter at 30, a formal notice by registered letter at 60.
   *
   * @param currency the currency of the (zero) fees
   * @return the policy
   */
  public static ReminderPolicy standard(Currency currency) {
    Money zero = Money.zero(currency);
    return standard(zero, zero);
  }

  /**
   * The default escalation with the fees of the firm reminder and of the formal notice.
   *
   * @param firmFee the firm reminder's fee, not negative
   * @param formalNoticeFee the formal notice's fee, not negative
   * @return the policy
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative fee
   */
  public static ReminderPolicy standard(Money firmFee, Money formalNoticeFee) {
    return new ReminderPolicy(
        List.of(
            new ReminderLevel(FRIENDLY, 15, ReminderChannel.EMAIL, Money.zero(firmFee.currency())),
            new ReminderLevel(FIRM, 30, ReminderChannel.LETTER, firmFee),
            new ReminderLevel(FORMAL_NOTICE, 60, ReminderChannel.REGISTERED_LETTER, formalNoticeFee)));
  }

  /**
   * The level reached {@code daysAfterDue} days after a due date, if any.
   *
   * @param daysAfterDue days after the due date
   * @return the highest level reached, or empty
   */
  public Optional<ReminderLevel> levelAfter(long daysAfterDue) {
    ReminderLevel reached = null;
    for (ReminderLevel level : levels) {
      if (daysAfterDue >= level.daysAfterDue()) {
        reached = level;
      }
    }
    return Optional.ofNullable(reached);
  }
}
