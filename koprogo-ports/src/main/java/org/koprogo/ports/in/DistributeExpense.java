/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * Use case: distribute one expense of a building over its lots (Civil Code art. 3.85 and 3.86
 * §2, through the domain's {@code ChargeDistribution}) and store the result with an audit entry,
 * in one transaction.
 *
 * <p>Without key parts the general key is used: every lot weighs its shares in the common parts.
 * Refusals: {@code NOT_FOUND} (building), {@code INVALID_AMOUNT}, {@code INVALID_NUMBER}, the
 * charge-distribution codes ({@code UNKNOWN_UNIT}, {@code ZERO_TOTAL_WEIGHT}...), {@code
 * CONCURRENT_UPDATE} (the expense id is taken), {@code VALIDATION_FAILED}.
 */
public interface DistributeExpense {

  /**
   * Distributes and stores the expense.
   *
   * @param command the expense and its keys
   * @return each lot's part, as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code INVALID_AMOUNT},
   *     {@code INVALID_NUMBER}, the charge-distribution codes, {@code CONCURRENT_UPDATE}, {@code
   *     VALIDATION_FAILED}, as listed above
   */
  Distributed distribute(Command command);

  /**
   * The command.
   *
   * @param organisation the tenant
   * @param building the building
   * @param expense the new expense's id
   * @param label what it pays for
   * @param amount plain decimal in the building's currency, negative for a credit note
   * @param bookedOn the accounting date
   * @param keys the key parts (empty: the general key, by shares)
   * @param actor who books it
   */
  record Command(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank String expense,
      @NotBlank String label,
      @NotNull @Pattern(regexp = "-?[0-9]+(\\.[0-9]+)?") String amount,
      @NotNull LocalDate bookedOn,
      @NotNull List<@NotNull @Valid KeyPart> keys,
      @NotBlank String actor) {}

  /**
   * One part of the key.
   *
   * @param name the key's name ("elevator")
   * @param share its relative share of the amount
   * @param weights the weight of each lot it concerns (lot id to weight)
   */
  record KeyPart(
      @NotBlank String name,
      @NotNull @Positive BigDecimal share,
      @NotEmpty Map<@NotBlank String, @NotNull @PositiveOrZero BigDecimal> weights) {}

  /**
   * The stored distribution.
   *
   * @param expense the expense's id
   * @param key the key's description
   * @param allocations every lot's part (lot id to plain decimal amount), in the lots' order
   */
  record Distributed(String expense, String key, Map<String, String> allocations) {}

  /**
   * Distributes the expense a client sends over the building's lots: a new UUID when it names no
   * id, the general key (the lots' shares) when it names no key.
   *
   * @param organisation the tenant
   * @param building the building
   * @param expense the expense
   * @param actor who books it
   * @return the stored distribution
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #distribute(Command)}
   */
  default Distributed distribute(String organisation, String building, NewExpense expense, String actor) {
    return distribute(new Command(organisation, building, ClientFields.orNew(expense.id()), expense.label(), expense.amount(),
        expense.bookedOn(), expense.keys() == null ? List.of() : expense.keys(), actor));
  }

  /**
   * An expense to distribute over the building's lots, as a client sends it.
   *
   * @param id its id (a new UUID when absent)
   * @param label what it pays for
   * @param amount plain decimal in the building's currency (negative: a credit note)
   * @param bookedOn the accounting date
   * @param keys the key parts; empty or absent: the general key (the lots' shares)
   */
  record NewExpense(
      @Nullable String id, String label, String amount, LocalDate bookedOn, @Nullable List<KeyPart> keys) {}
}
