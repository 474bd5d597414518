/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Every member's {@link Standing} at a cut-off date, aggregated in one pass over the ledger.
 *
 * <p>owed = dues with {@code dueDate <= cutoff} + penalties with {@code date <= cutoff}; paid =
 * CONFIRMED payments with {@code valueDate <= cutoff}. Each entry costs one hash look-up and one
 * overflow-checked addition of minor units.
 */
public final class Standings {
  private Standings() {}

  /** The running totals of one member, in minor units. */
  private static final class Tally {
    long owed;
    long paid;
  }

  /**
   * The standings of {@code members} at {@code cutoff}, in the members' order.
   *
   * @throws KoproGoException {@code UNKNOWN_MEMBER} for an entry of someone not in {@code
   *     members}; {@code CURRENCY_MISMATCH} for an entry in another currency; {@code
   *     AMOUNT_OVERFLOW} when a total leaves 64-bit minor units
   */
  public static Map<MemberId, Standing> at(
      LocalDate cutoff,
      Currency currency,
      Collection<MemberId> members,
      List<Due> dues,
      List<Penalty> penalties,
      List<Payment> payments) {
    Objects.requireNonNull(cutoff, "cutoff");
    Objects.requireNonNull(currency, "currency");
    Map<MemberId, Tally> tallies = new HashMap<>(Math.max(16, members.size() * 2));
    for (MemberId m : members) {
      tallies.put(m, new Tally());
    }
    try {
      for (int i = 0, n = dues.size(); i < n; i++) {
        Due d = dues.get(i);
        Tally t = tally(tallies, d.member(), "dues", i);
        long units = units(d.amount(), currency, "dues", i);
        if (!d.dueDate().isAfter(cutoff)) {
          t.owed = Math.addExact(t.owed, units);
        }
      }
      for (int i = 0, n = penalties.size(); i < n; i++) {
        Penalty p = penalties.get(i);
        Tally t = tally(tallies, p.member(), "penalties", i);
        long units = units(p.amount(), currency, "penalties", i);
        if (!p.date().isAfter(cutoff)) {
          t.owed = Math.addExact(t.owed, units);
        }
      }
      for (int i = 0, n = payments.size(); i < n; i++) {
        Payment p = payments.get(i);
        Tally t = tally(tallies, p.member(), "payments", i);
        long units = units(p.amount(), currency, "payments", i);
        if (p.status() == PaymentStatus.CONFIRMED && !p.valueDate().isAfter(cutoff)) {
          t.paid = Math.addExact(t.paid, units);
        }
      }
    } catch (ArithmeticException e) {
      throw KoproGoException.of(ErrorCode.AMOUNT_OVERFLOW, "a member's total is out of range");
    }
    Map<MemberId, Standing> result = new LinkedHashMap<>(Math.max(16, members.size() * 2));
    for (MemberId m : members) {
      Tally t = tallies.get(m);
      result.put(m, new Standing(m, Money.ofMinor(currency, t.owed), Money.ofMinor(currency, t.paid)));
    }
    return result;
  }

  private static Tally tally(Map<MemberId, Tally> tallies, MemberId member, String list, int i) {
    Tally t = tallies.get(member);
    if (t == null) {
      String field = list + "[" + i + "].member";
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_MEMBER, "'" + member + "' in " + field + " is not a member",
          "field", field, "value", member.value());
    }
    return t;
  }

  private static long units(Money amount, Currency currency, String list, int i) {
    if (amount.currency() != currency && !amount.currency().equals(currency)) {
      String field = list + "[" + i + "].amount";
      throw KoproGoException.of(
          ErrorCode.CURRENCY_MISMATCH,
          amount + " in " + field + " is not in " + currency.getCurrencyCode(),
          "field", field, "value", amount.toPlainString());
    }
    return amount.minorUnits();
  }
}
