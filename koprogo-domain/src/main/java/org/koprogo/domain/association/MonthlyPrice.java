/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Association charter: the monthly price changes only through a resolution adopted by the
 * general assembly, one member one vote.
 *
 * <p>The price's history: each period names the resolution that set it and the day it applies
 * from. {@link #change} is the only transition; it is refused ({@code ILLEGAL_TRANSITION}, naming
 * the current price, the proposed one and the guard that failed) when the resolution was not
 * adopted, was not voted one member one vote, or takes effect before the current price did.
 * Immutable: a change returns a new {@code MonthlyPrice}.
 */
public final class MonthlyPrice {
  private final List<Period> periods;

  private MonthlyPrice(List<Period> periods) {
    this.periods = List.copyOf(periods);
  }

  /**
   * The price set at the association's founding (or when the library starts keeping it).
   *
   * @param resolution the resolution that set it
   * @param price the price, zero or more
   * @param effectiveFrom the day it applies from
   * @return the price history with one period
   */
  public static MonthlyPrice initial(
      Money price, LocalDate effectiveFrom, ResolutionReference resolution) {
    return new MonthlyPrice(List.of(new Period(price, effectiveFrom, resolution)));
  }

  /**
   * The latest price.
   *
   * @return the current price
   */
  public Money current() {
    return latest().price();
  }

  /**
   * The price on {@code date}; empty before the first period.
   *
   * @param date a date
   * @return the price that applied on that day, or empty
   */
  public Optional<Money> on(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Money result = null;
    for (Period p : periods) {
      if (!p.effectiveFrom().isAfter(date)) {
        result = p.price();
      }
    }
    return Optional.ofNullable(result);
  }

  /**
   * Every price period, oldest first.
   *
   * @return the periods
   */
  public List<Period> history() {
    return periods;
  }

  /**
   * Applies the assembly's decision.
   *
   * @param occurredAt when the change is recorded (time is an argument)
   * @param decision the assembly's decision
   * @return the new price and the event
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} when a guard fails; {@code
   *     CURRENCY_MISMATCH}
   */
  public Change change(PriceChangeDecision decision, Instant occurredAt) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Money from = current();
    Money to = decision.newMonthlyPrice();
    AssociationAccounts.requireCurrency(from, to, "newMonthlyPrice");
    if (!decision.adopted()) {
      throw refused(from, to, "resolution " + decision.resolution() + " was adopted");
    }
    if (decision.votingBasis() != VotingBasis.ONE_MEMBER_ONE_VOTE) {
      throw refused(
          from, to,
          "resolution " + decision.resolution() + " was voted one member one vote (it was "
              + decision.votingBasis() + ")");
    }
    if (!decision.effectiveFrom().isAfter(latest().effectiveFrom())) {
      throw refused(
          from, to,
          "the new price applies after " + latest().effectiveFrom() + " (it would apply from "
              + decision.effectiveFrom() + ")");
    }
    List<Period> next = new ArrayList<>(periods);
    next.add(new Period(to, decision.effectiveFrom(), decision.resolution()));
    return new Change(
        new MonthlyPrice(next),
        new MonthlyPriceChanged(
            decision.resolution(), from, to, decision.effectiveFrom(), occurredAt));
  }

  /**
   * The price's whole history as plain data, to store it: {@link #restore} rebuilds it.
   *
   * @param periods every price period, oldest first, at least one
   */
  public record Snapshot(List<Period> periods) {
    /**
     * Copies the periods.
     *
     * @param periods every price period, oldest first, at least one
     */
    public Snapshot {
      periods = List.copyOf(periods);
    }
  }

  /**
   * The price history as plain data (see {@link Snapshot}).
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(periods);
  }

  /**
   * Rebuilds a stored price history, checking again what {@link #change} guaranteed: at least one
   * period, one currency, each period applying after the one before.
   *
   * @param snapshot the stored history
   * @return the price history
   * @throws KoproGoException {@code INVALID_FIELD} naming the offending period; {@code
   *     CURRENCY_MISMATCH}
   */
  public static MonthlyPrice restore(Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    List<Period> periods = snapshot.periods();
    if (periods.isEmpty()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "a stored monthly price has at least one period", "field", "snapshot.periods");
    }
    for (int i = 1; i < periods.size(); i++) {
      Period before = periods.get(i - 1);
      Period p = periods.get(i);
      AssociationAccounts.requireCurrency(before.price(), p.price(), "snapshot.periods[" + i + "].price");
      if (!p.effectiveFrom().isAfter(before.effectiveFrom())) {
        throw KoproGoException.of(
            ErrorCode.INVALID_FIELD,
            "stored monthly price is corrupt: period " + i + " applies from " + p.effectiveFrom()
                + ", not after " + before.effectiveFrom(),
            "field", "snapshot.periods[" + i + "].effectiveFrom", "value", p.effectiveFrom().toString());
      }
    }
    return new MonthlyPrice(periods);
  }

  private Period latest() {
    return periods.get(periods.size() - 1);
  }

  private static KoproGoException refused(Money from, Money to, String guard) {
    return KoproGoException.of(
        ErrorCode.ILLEGAL_TRANSITION,
        "the monthly price cannot change from " + from.toPlainString() + " to "
            + to.toPlainString() + ": the guard '" + guard + "' failed",
        "from", from.toPlainString(), "to", to.toPlainString(), "guard", guard);
  }

  /**
   * A price and the resolution that set it.
   *
   * @param price the monthly price, never negative
   * @param effectiveFrom the first day it applies
   * @param resolution the resolution that set it
   */
  public record Period(Money price, LocalDate effectiveFrom, ResolutionReference resolution) {
    /**
     * Checks the period.
     *
     * @param price the monthly price, never negative
     * @param effectiveFrom the first day it applies
     * @param resolution the resolution that set it
     * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative price
     */
    public Period {
      AssociationAccounts.requireNonNegativePrice(price);
      Objects.requireNonNull(effectiveFrom, "effectiveFrom");
      Objects.requireNonNull(resolution, "resolution");
    }
  }

  /**
   * The outcome of a change.
   *
   * @param price the new price history
   * @param event what happened
   */
  public record Change(MonthlyPrice price, MonthlyPriceChanged event) {
    /**
     * Checks that every part is given.
     *
     * @param price the new price history
     * @param event what happened
     */
    public Change {
      Objects.requireNonNull(price, "price");
      Objects.requireNonNull(event, "event");
    }
  }
}
