/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
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
 * CONFIRMED payments with {@code valueDate <= cutoff}. Each entry costs one look-up in an
 * open-addressing table of the members and one overflow-checked addition of {@code long} minor
 * units; no object is created per entry.
 */
public final class Standings {
  private Standings() {}

  /** Members by position: an open-addressing table with the hashes inline, no node per member. */
  private static final class Index {
    private final MemberId[] keys;
    private final int[] hashes;
    private final int[] positions;
    private final int mask;
    private final int shift;

    Index(List<MemberId> members) {
      int capacity = Integer.highestOneBit(Math.max(4, members.size() * 2) - 1) << 1;
      keys = new MemberId[capacity];
      hashes = new int[capacity];
      positions = new int[capacity];
      java.util.Arrays.fill(positions, -1);
      mask = capacity - 1;
      shift = 32 - Integer.numberOfTrailingZeros(capacity);
      for (int p = 0; p < members.size(); p++) {
        MemberId m = Objects.requireNonNull(members.get(p), "member");
        int h = m.hashCode();
        int i = slot(h);
        while (positions[i] >= 0 && !(hashes[i] == h && keys[i].equals(m))) {
          i = (i + 1) & mask;
        }
        if (positions[i] < 0) {
          keys[i] = m;
          hashes[i] = h;
          positions[i] = p;
        }
      }
    }

    private int slot(int h) {
      return (h * 0x9E3779B9) >>> shift;
    }

    /** The member's position, or -1. */
    int positionOf(MemberId m) {
      int h = m.hashCode();
      for (int i = slot(h); ; i = (i + 1) & mask) {
        int p = positions[i];
        if (p < 0) {
          return -1;
        }
        if (hashes[i] == h) {
          MemberId k = keys[i];
          if (k == m || k.equals(m)) {
            return p;
          }
        }
      }
    }
  }

  /**
   * The standings of {@code members} at {@code cutoff}, in the members' order.
   *
   * @param cutoff the date; entries after it are left out
   * @param currency the currency of every entry
   * @param members the members, in the order of the result
   * @param dues the contributions owed
   * @param penalties the penalties charged
   * @param payments the payments, only CONFIRMED ones counting as paid
   * @return each member's standing
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
    return at(cutoff, currency, members, dues, penalties, payments, PendingPayments.NOT_COUNTED);
  }

  /**
   * The standings of {@code members} at {@code cutoff}, with PENDING payments counted as paid or
   * not as {@code pending} says.
   *
   * @param cutoff the date; entries after it are left out
   * @param currency the currency of every entry
   * @param members the members, in the order of the result
   * @param dues the contributions owed
   * @param penalties the penalties charged
   * @param payments the payments
   * @param pending whether PENDING payments count as paid
   * @return each member's standing
   * @throws KoproGoException as {@link #at(LocalDate, Currency, Collection, List, List, List)}
   */
  public static Map<MemberId, Standing> at(
      LocalDate cutoff,
      Currency currency,
      Collection<MemberId> members,
      List<Due> dues,
      List<Penalty> penalties,
      List<Payment> payments,
      PendingPayments pending) {
    Objects.requireNonNull(pending, "pending");
    Objects.requireNonNull(cutoff, "cutoff");
    Objects.requireNonNull(currency, "currency");
    List<MemberId> order = List.copyOf(members);
    Index index = new Index(order);
    long[] owed = new long[order.size()];
    long[] paid = new long[order.size()];
    try {
      for (int i = 0, n = dues.size(); i < n; i++) {
        Due d = dues.get(i);
        int m = position(index, d.member(), "dues", i);
        long units = units(d.amount(), currency, "dues", i);
        if (!d.dueDate().isAfter(cutoff)) {
          owed[m] = Math.addExact(owed[m], units);
        }
      }
      for (int i = 0, n = penalties.size(); i < n; i++) {
        Penalty p = penalties.get(i);
        int m = position(index, p.member(), "penalties", i);
        long units = units(p.amount(), currency, "penalties", i);
        if (!p.date().isAfter(cutoff)) {
          owed[m] = Math.addExact(owed[m], units);
        }
      }
      for (int i = 0, n = payments.size(); i < n; i++) {
        Payment p = payments.get(i);
        int m = position(index, p.member(), "payments", i);
        long units = units(p.amount(), currency, "payments", i);
        if (pending.counts(p.status()) && !p.valueDate().isAfter(cutoff)) {
          paid[m] = Math.addExact(paid[m], units);
        }
      }
    } catch (ArithmeticException e) {
      throw KoproGoException.of(ErrorCode.AMOUNT_OVERFLOW, "a member's total is out of range");
    }
    Map<MemberId, Standing> result = new LinkedHashMap<>(Math.max(16, order.size() * 2));
    for (int m = 0; m < order.size(); m++) {
      MemberId id = order.get(m);
      result.putIfAbsent(
          id, new Standing(id, Money.ofMinor(currency, owed[m]), Money.ofMinor(currency, paid[m])));
    }
    return result;
  }

  private static int position(Index index, MemberId member, String list, int i) {
    int m = index.positionOf(member);
    if (m < 0) {
      String field = list + "[" + i + "].member";
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_MEMBER, "'" + member + "' in " + field + " is not a member",
          "field", field, "value", member.value());
    }
    return m;
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
