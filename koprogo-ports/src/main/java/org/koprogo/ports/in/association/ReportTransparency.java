/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.association;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.association.DecidedSurplusAllocation;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.QuarterlyTransparencyReport;

/**
 * Use case: an association's transparency figures, computed by the library from its books and
 * its price history: one quarter's report (members by rate, costs by category, revenue, cost
 * price per member and month, surplus, margin), and the year a public transparency page shows
 * (the last year with a decided surplus allocation, read in one unit of work). Reads only.
 */
public interface ReportTransparency {

  /**
   * One quarter's transparency report, at the price of the quarter's first day.
   *
   * @param organisation the association
   * @param quarter the quarter, {@code yyyy-Qn}
   * @return the report
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} (field {@code quarter}); {@code NOT_FOUND} when the books do not hold the
   *     quarter or no price applies on its first day
   */
  QuarterlyTransparencyReport quarterReport(String organisation, String quarter);

  /**
   * What a public page publishes: the last year with a decided surplus allocation (the highest
   * year; of two decisions for one year, the one with the greatest resolution reference), that
   * year's quarters and the price history.
   *
   * @param organisation the association
   * @return the year, empty when no allocation is decided, the books hold no quarter of its year
   *     or no price is set
   */
  Optional<PublishedYear> publishedYear(String organisation);

  /**
   * The year a public page publishes.
   *
   * @param organisation the association's id
   * @param name the association's name (its id when the organisation is not registered)
   * @param year the year
   * @param price the whole price history
   * @param quarters the year's quarters from the books, in order, at least one; copied
   * @param decision the surplus allocation decided for the year
   */
  record PublishedYear(String organisation, String name, int year, MonthlyPrice price,
      List<BookedQuarter> quarters, DecidedSurplusAllocation decision) {

    /**
     * Copies the quarters.
     *
     * @param organisation the association's id
     * @param name the association's name
     * @param year the year
     * @param price the price history
     * @param quarters the year's quarters
     * @param decision the surplus allocation decided
     * @throws NullPointerException when a part is null
     */
    public PublishedYear {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(price, "price");
      quarters = List.copyOf(quarters);
      Objects.requireNonNull(decision, "decision");
    }
  }
}
