/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.ChargeDistribution;
import org.koprogo.domain.charges.Distribution;
import org.koprogo.domain.shared.Apportionment;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Civil Code art. 3.86 §3: the yearly budget called from the co-owners in periodic calls for
 * funds, by the distribution keys, the working capital and the reserve fund kept apart.
 *
 * <p>For each fund separately:
 *
 * <ol>
 *   <li>every budget line is distributed over the lots by its key ({@link ChargeDistribution}):
 *       this gives each lot's yearly share, and the shares add up to the fund's total;
 *   <li>the fund's total is split into equal period totals by largest remainder (the first
 *       periods take the odd cents);
 *   <li>period by period, the period's total is apportioned by largest remainder over what each
 *       lot still owes for the year; the last period's total is exactly what is left, so it
 *       apportions to exactly each lot's rest.
 * </ol>
 *
 * <p>Hence, to the cent: the calls of a period add up to the period's total, a lot's calls add up
 * to its yearly share, and everything adds up to the budget. No call is negative, and each is
 * within a cent of its exact proportional part of the period.
 *
 * <p>Immutable and thread-safe.
 */
public final class CallsForFunds {
  private static final Fund[] FUNDS = Fund.values();

  private final YearlyBudget budget;
  private final List<LotId> lots;
  private final CallFrequency frequency;
  /** [fund][lot]: each lot's yearly share. */
  private final long[][] yearly;
  /** [fund][period][lot]: each call. */
  private final long[][][] calls;

  private CallsForFunds(
      YearlyBudget budget,
      List<LotId> lots,
      CallFrequency frequency,
      long[][] yearly,
      long[][][] calls) {
    this.budget = budget;
    this.lots = lots;
    this.frequency = frequency;
    this.yearly = yearly;
    this.calls = calls;
  }

  /**
   * Plans the year's calls for funds.
   *
   * @param lots the lots, in order (the order breaks ties of the apportionment)
   * @param budget the year's budget
   * @param frequency how often funds are called
   * @return the plan
   * @throws KoproGoException {@code EMPTY_UNITS}, {@code DUPLICATE_UNIT}, {@code UNKNOWN_UNIT} (a
   *     key weighs a lot not listed)
   */
  public static CallsForFunds plan(YearlyBudget budget, List<LotId> lots, CallFrequency frequency) {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(frequency, "frequency");
    List<LotId> units = checkLots(lots);
    int n = units.size();
    int periods = frequency.periods();
    long[][] yearly = new long[FUNDS.length][n];
    long[][][] calls = new long[FUNDS.length][periods][n];
    for (Fund fund : FUNDS) {
      long total = budget.total(fund).minorUnits();
      long[] shares = yearly[fund.ordinal()];
      for (BudgetLine line : budget.linesOf(fund)) {
        Distribution d = ChargeDistribution.distribute(line.amount(), units, line.keys());
        for (int i = 0; i < n; i++) {
          shares[i] = Math.addExact(shares[i], d.amountOf(units.get(i)).minorUnits());
        }
      }
      split(total, shares, calls[fund.ordinal()]);
    }
    return new CallsForFunds(budget, units, frequency, yearly, calls);
  }

  /** Splits {@code total} over the periods of {@code out}, then each period over the lots. */
  private static void split(long total, long[] shares, long[][] out) {
    int periods = out.length;
    long[] equal = new long[periods];
    Arrays.fill(equal, 1);
    long[] periodTotals = Apportionment.split(total, equal);
    long[] remaining = shares.clone();
    for (int t = 0; t < periods; t++) {
      if (periodTotals[t] == 0) {
        continue;
      }
      long[] parts = Apportionment.split(periodTotals[t], remaining);
      for (int i = 0; i < parts.length; i++) {
        out[t][i] = parts[i];
        remaining[i] -= parts[i];
      }
    }
  }

  private static List<LotId> checkLots(List<LotId> lots) {
    Objects.requireNonNull(lots, "lots");
    if (lots.isEmpty()) {
      throw KoproGoException.of(ErrorCode.EMPTY_UNITS, "funds are called from at least one lot");
    }
    Set<LotId> seen = new HashSet<>();
    for (LotId lot : lots) {
      Objects.requireNonNull(lot, "lot");
      if (!seen.add(lot)) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_UNIT, "lot " + lot + " is listed twice", "value", lot.value());
      }
    }
    return List.copyOf(lots);
  }

  /**
   * What the plan was made from, to store it: {@link #restore} plans it again, so the calls are
   * computed anew and never read back.
   *
   * @param budget the budget called
   * @param lots the lots, in order
   * @param frequency how often funds are called
   */
  public record Snapshot(YearlyBudget budget, List<LotId> lots, CallFrequency frequency) {
    /**
     * Checks that every part is given and copies the lots.
     *
     * @param budget the budget called
     * @param lots the lots, in order
     * @param frequency how often funds are called
     */
    public Snapshot {
      Objects.requireNonNull(budget, "budget");
      Objects.requireNonNull(frequency, "frequency");
      lots = List.copyOf(lots);
    }
  }

  /**
   * What the plan was made from (see {@link Snapshot}).
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(budget, lots, frequency);
  }

  /**
   * Plans again the calls of a stored plan.
   *
   * @param snapshot the stored plan
   * @return the plan
   * @throws KoproGoException as {@link #plan}
   */
  public static CallsForFunds restore(Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    return plan(snapshot.budget(), snapshot.lots(), snapshot.frequency());
  }

  /**
   * The budget called.
   *
   * @return the budget
   */
  public YearlyBudget budget() {
    return budget;
  }

  /**
   * The lots, in order.
   *
   * @return the lots
   */
  public List<LotId> lots() {
    return lots;
  }

  /**
   * How often funds are called.
   *
   * @return the frequency
   */
  public CallFrequency frequency() {
    return frequency;
  }

  /**
   * Every call, period by period, lots in order within a period.
   *
   * @return the calls
   */
  public List<CallForFunds> calls() {
    List<CallForFunds> result = new ArrayList<>(frequency.periods() * lots.size());
    for (int t = 1; t <= frequency.periods(); t++) {
      result.addAll(callsIn(t));
    }
    return result;
  }

  /**
   * The calls of period {@code period} (from 1), lots in order.
   *
   * @param period the period, from 1
   * @return the calls
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code period}) for a period outside 1
   *     to the frequency's periods
   */
  public List<CallForFunds> callsIn(int period) {
    checkPeriod(period);
    List<CallForFunds> result = new ArrayList<>(lots.size());
    for (int i = 0; i < lots.size(); i++) {
      result.add(call(period, i));
    }
    return result;
  }

  /**
   * The calls of {@code lot}, period by period; empty for a lot not in the plan.
   *
   * @param lot a lot
   * @return its calls
   */
  public List<CallForFunds> callsOf(LotId lot) {
    int i = lots.indexOf(lot);
    if (i < 0) {
      return List.of();
    }
    List<CallForFunds> result = new ArrayList<>(frequency.periods());
    for (int t = 1; t <= frequency.periods(); t++) {
      result.add(call(t, i));
    }
    return result;
  }

  /**
   * The yearly share of {@code lot} in {@code fund} (zero for a lot not in the plan).
   *
   * @param lot a lot
   * @param fund working capital or reserve
   * @return the yearly share
   */
  public Money yearlyShareOf(LotId lot, Fund fund) {
    int i = lots.indexOf(lot);
    return money(i < 0 ? 0 : yearly[fund.ordinal()][i]);
  }

  /**
   * What the calls of period {@code period} ask for {@code fund}, all lots together.
   *
   * @param period the period, from 1
   * @param fund working capital or reserve
   * @return the total
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code period}) for a period outside 1
   *     to the frequency's periods
   */
  public Money periodTotal(int period, Fund fund) {
    checkPeriod(period);
    long total = 0;
    for (long c : calls[fund.ordinal()][period - 1]) {
      total = Math.addExact(total, c);
    }
    return money(total);
  }

  private CallForFunds call(int period, int lot) {
    return new CallForFunds(
        lots.get(lot),
        period,
        frequency.periodStart(budget.yearStart(), period),
        money(calls[Fund.WORKING_CAPITAL.ordinal()][period - 1][lot]),
        money(calls[Fund.RESERVE.ordinal()][period - 1][lot]));
  }

  private Money money(long minor) {
    return Money.ofMinor(budget.currency(), minor);
  }

  private void checkPeriod(int period) {
    if (period < 1 || period > frequency.periods()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "period " + period + " is not 1 to " + frequency.periods(),
          "field", "period", "value", period);
    }
  }
}
