/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.budget;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A yearly budget as a host receives it: amounts are plain decimals in the building's currency,
 * read and checked by the use case (each refusal names its field, for example {@code
 * lines[0].amount}).
 *
 * @param organisation the tenant
 * @param building the building's id
 * @param yearStart the first day of the financial year (the budget's id in its building); null
 *     is refused ({@code MISSING_FIELD yearStart}); on a change, null means the budget's own
 * @param frequency {@code MONTHLY}, {@code QUARTERLY} (when null), {@code HALF_YEARLY} or {@code
 *     YEARLY}
 * @param lines the budget lines (null is refused: {@code MISSING_FIELD lines})
 * @param previousYearOrdinaryCharges last year's ordinary charges, for the reserve fund's 5% check
 *     (null: none given; a stored budget then uses the previous year's stored budget)
 * @param reserveWaiver the assembly's vote to call less than the reserve minimum, or null
 */
public record BudgetProposal(String organisation, String building, LocalDate yearStart, String frequency,
    List<Line> lines, String previousYearOrdinaryCharges, WaiverRef reserveWaiver) {

  /**
   * A budget line.
   *
   * @param label what it is (null: empty)
   * @param fund {@code WORKING_CAPITAL} (when null) or {@code RESERVE}
   * @param amount the yearly amount, plain decimal in the building's currency
   * @param keys the (composite) key; null or empty: the general key (the lots' shares)
   */
  public record Line(String label, @Nullable String fund, String amount, @Nullable List<Key> keys) {}

  /**
   * One part of a line's key.
   *
   * @param name its name (null: {@code key n})
   * @param share its relative share of the line
   * @param weights each lot's weight by lot id (a lot not named weighs 0)
   */
  public record Key(String name, BigDecimal share, Map<String, BigDecimal> weights) {}

  /**
   * The assembly's vote on calling less than the reserve minimum (art. 3.86 §3): an item of a
   * stored assembly, which must have been adopted at four fifths; the waiver is built from that
   * count (quorum, proxies and cap applied), never from figures sent.
   *
   * @param assembly the stored assembly's id
   * @param item the agenda item's id
   */
  public record WaiverRef(String assembly, String item) {}
}
