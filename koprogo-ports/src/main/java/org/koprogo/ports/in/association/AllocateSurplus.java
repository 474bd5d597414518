/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.association;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.association.DecidedSurplusAllocation;
import org.koprogo.domain.association.SurplusAllocationResult;

/**
 * Use case: record the surplus allocation an association's assembly decided (the year's accounts
 * and the plan voted, RULES.md {@code surplus-allocation}) under the deciding resolution's
 * reference, and read the decisions back with the allocation the library computes from them. A
 * decision is one unit of work with its audit entry ({@code SurplusAllocationDecided}); the
 * allocation itself is never stored.
 *
 * <p>Refusals: {@code MISSING_FIELD} and the refusals of {@code Money.parse} and {@code
 * Decimals.parse} naming the field ({@code costs[0].amount}, {@code reserve.current}), the
 * domain's refusals of the accounts and the plan ({@code NONPOSITIVE_REVENUE}, {@code
 * NONPOSITIVE_MEMBERS}, {@code PERCENTS_NOT_100}, {@code DUPLICATE_DESTINATION}, {@code
 * UNKNOWN_DESTINATION}, {@code NEGATIVE_PERCENT}, {@code CURRENCY_MISMATCH}, ...), {@code
 * CONCURRENT_UPDATE} (a decision is recorded under that resolution already), {@code
 * VALIDATION_FAILED}.
 */
public interface AllocateSurplus {

  /**
   * Records a decided surplus allocation.
   *
   * @param command the decision
   * @return the decision as stored, at version 1, with its allocation
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when the
   *     resolution decided an allocation already; a field's code otherwise
   */
  Allocated decide(SurplusDecision command);

  /**
   * Every surplus allocation decided, by resolution, at once; a host answering requests reads
   * {@link #decided(String, Integer, String) a page}.
   *
   * @param organisation the association
   * @return each decision with its allocation
   */
  List<Allocated> decided(String organisation);

  /**
   * A page of the surplus allocations decided, by their resolution's reference: at most {@code
   * limit} after the one decided by {@code after} (the last of the previous page). The cost
   * follows the page.
   *
   * @param organisation the association
   * @param limit 1 to 1000; null for 100
   * @param after the resolution of the last allocation of the previous page, null for the first
   * @return each decision of the page with its allocation
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} naming {@code limit}
   *     (out of bounds) or {@code after} (blank or longer than 100 characters)
   */
  List<Allocated> decided(String organisation, Integer limit, String after);

  /**
   * Decides a surplus allocation as a client sends it ({@link #decide(SurplusDecision)}).
   *
   * @param organisation the association
   * @param allocation the allocation the assembly decided, as the client sends it
   * @param actor who records it, for the audit trail
   * @return the decision as stored, with its allocation
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #decide(SurplusDecision)}
   */
  default Allocated decide(String organisation, NewAllocation allocation, String actor) {
    return decide(new SurplusDecision(organisation, allocation.resolution(), allocation.year(), allocation.currency(),
        allocation.revenue(), allocation.costs(), allocation.members(), allocation.monthlyPrice(),
        allocation.destinations(), allocation.thresholdPercent(), allocation.priceDecreaseDestination(),
        allocation.reserve(), actor));
  }

  /**
   * A surplus allocation the assembly decided, as a client sends it.
   *
   * @param resolution the deciding resolution's reference
   * @param year the financial year
   * @param currency ISO 4217, EUR when absent
   * @param revenue the year's revenue
   * @param costs the year's costs by category
   * @param members the number of members at year end
   * @param monthlyPrice the monthly price of a membership
   * @param destinations the plan's destinations, percents adding up to 100
   * @param thresholdPercent the margin a price decrease needs (25 when absent)
   * @param priceDecreaseDestination the destination that lowers the price, if any
   * @param reserve the reserve target, if any
   */
  record NewAllocation(String resolution, int year, @Nullable String currency, String revenue, List<CostEntry> costs,
      long members, String monthlyPrice, List<Share> destinations, @Nullable String thresholdPercent,
      @Nullable String priceDecreaseDestination, @Nullable Reserve reserve) {}

  /**
   * A decision as a caller gives it.
   *
   * @param organisation the association
   * @param resolution the deciding resolution's reference ({@code assembly/resolution} names an
   *     assembly whose results the public page links to)
   * @param year the financial year
   * @param currency ISO 4217 code of every amount, EUR when null
   * @param revenue the year's revenue
   * @param costs the year's costs by category (none when null)
   * @param members the number of members at year end
   * @param monthlyPrice the monthly price of a membership
   * @param destinations the plan's destinations, percents adding up to 100
   * @param thresholdPercent the margin a price decrease needs, 25 when null
   * @param priceDecreaseDestination the destination that lowers the price, or null
   * @param reserve the reserve target, or null
   * @param actor who records it, for the audit trail
   */
  record SurplusDecision(@NotBlank String organisation, String resolution, int year, String currency,
      String revenue, List<CostEntry> costs, long members, String monthlyPrice, List<Share> destinations,
      String thresholdPercent, String priceDecreaseDestination, Reserve reserve, @NotBlank String actor) {}

  /**
   * A destination of the surplus.
   *
   * @param id its id ({@code solidarity})
   * @param percent its percent, a plain decimal text
   */
  record Share(String id, String percent) {}

  /**
   * The reserve target.
   *
   * @param current the reserve's current balance
   * @param months how many months of costs it should cover
   * @param destination the destination that feeds it, {@code reserve} when null
   */
  record Reserve(String current, int months, @Nullable String destination) {}

  /**
   * A decision as stored, with the allocation the library computes from it.
   *
   * @param decision the accounts and plan the assembly decided, never null
   * @param version the stored version
   * @param allocation {@link DecidedSurplusAllocation#allocation()}, never null
   */
  record Allocated(DecidedSurplusAllocation decision, long version, SurplusAllocationResult allocation) {

    /**
     * Checks that the decision and its allocation are given.
     *
     * @param decision the decision
     * @param version the stored version
     * @param allocation its allocation
     * @throws NullPointerException when one is null
     */
    public Allocated {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(allocation, "allocation");
    }
  }
}
