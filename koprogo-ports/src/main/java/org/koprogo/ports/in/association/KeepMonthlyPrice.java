/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.association;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.koprogo.domain.association.MonthlyPrice;

/**
 * Use case: keep an association's monthly price history, each period naming the resolution that
 * set it. The history starts with a first price; afterwards only the assembly's decision changes
 * it, and {@link MonthlyPrice#change} refuses a resolution that was not adopted one member one
 * vote, or a period that does not start after the last one. Each write is one unit of work with
 * its audit entry ({@code MonthlyPriceSet}, {@code MonthlyPriceChanged} with the resolution, the
 * old and new prices and the first day).
 *
 * <p>Refusals: {@code MISSING_FIELD}, {@code INVALID_FIELD} and the refusals of {@code
 * Money.parse} naming the field, {@code CONCURRENT_UPDATE} (a history is started already), {@code
 * NOT_FOUND} (a change before any price), {@code ILLEGAL_TRANSITION} (the decision's guards),
 * {@code CURRENCY_MISMATCH}, {@code VALIDATION_FAILED}.
 */
public interface KeepMonthlyPrice {

  /** The id under which an organisation's price history is kept in the aggregate store. */
  String STORED_ID = "monthly-price";

  /**
   * The price history.
   *
   * @param organisation the association
   * @return its history, empty before a first price is set
   */
  Optional<MonthlyPrice> history(String organisation);

  /**
   * Starts the history with its first price.
   *
   * @param command the first price
   * @return the new history
   * @throws org.koprogo.domain.shared.KoproGoException {@code CONCURRENT_UPDATE} when the
   *     organisation has a history already; a field's code otherwise
   */
  MonthlyPrice start(FirstPrice command);

  /**
   * Applies the assembly's decision on the price; the new price is in the current price's
   * currency.
   *
   * @param command the decision
   * @return the new history
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} before any price, {@code
   *     ILLEGAL_TRANSITION} when the decision may not change it; a field's code otherwise
   */
  MonthlyPrice change(PriceDecision command);

  /**
   * The first price of the history.
   *
   * @param organisation the association
   * @param price the monthly price, a plain decimal text
   * @param currency ISO 4217 code, EUR when null
   * @param effectiveFrom its first day
   * @param resolution the resolution that set it
   * @param actor who records it, for the audit trail
   */
  record FirstPrice(@NotBlank String organisation, String price, String currency,
      LocalDate effectiveFrom, String resolution, @NotBlank String actor) {}

  /**
   * The assembly's decision on the price.
   *
   * @param organisation the association
   * @param resolution the resolution's reference
   * @param votingBasis ONE_MEMBER_ONE_VOTE (when null) or WEIGHTED_BY_SHARES
   * @param adopted whether it was adopted
   * @param newMonthlyPrice the new price, a plain decimal text
   * @param effectiveFrom its first day
   * @param actor who records it, for the audit trail
   */
  record PriceDecision(@NotBlank String organisation, String resolution, String votingBasis,
      Boolean adopted, String newMonthlyPrice, LocalDate effectiveFrom, @NotBlank String actor) {}

  /**
   * Starts the history with the first price a client sends ({@link #start(FirstPrice)}).
   *
   * @param organisation the association
   * @param price the first price, as the client sends it
   * @param actor who records it, for the audit trail
   * @return the history
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #start(FirstPrice)}
   */
  default MonthlyPrice start(String organisation, NewPrice price, String actor) {
    return start(new FirstPrice(organisation, price.price(), price.currency(), price.effectiveFrom(),
        price.resolution(), actor));
  }

  /**
   * Applies the assembly's decision on the price, as a client sends it ({@link
   * #change(PriceDecision)}).
   *
   * @param organisation the association
   * @param vote the decision, as the client sends it
   * @param actor who records it, for the audit trail
   * @return the history
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #change(PriceDecision)}
   */
  default MonthlyPrice change(String organisation, PriceVote vote, String actor) {
    return change(new PriceDecision(organisation, vote.resolution(), vote.votingBasis(), vote.adopted(),
        vote.newMonthlyPrice(), vote.effectiveFrom(), actor));
  }

  /**
   * The first price of the history, as a client sends it.
   *
   * @param price the monthly price
   * @param currency ISO 4217 (EUR when absent)
   * @param effectiveFrom its first day
   * @param resolution the resolution that set it
   */
  record NewPrice(String price, @Nullable String currency, LocalDate effectiveFrom, String resolution) {}

  /**
   * The assembly's decision on the price, as a client sends it.
   *
   * @param resolution the resolution's reference
   * @param votingBasis ONE_MEMBER_ONE_VOTE (default) or WEIGHTED_BY_SHARES
   * @param adopted whether it was adopted
   * @param newMonthlyPrice the new price
   * @param effectiveFrom its first day
   */
  record PriceVote(String resolution, @Nullable String votingBasis, Boolean adopted, String newMonthlyPrice,
      LocalDate effectiveFrom) {}
}
