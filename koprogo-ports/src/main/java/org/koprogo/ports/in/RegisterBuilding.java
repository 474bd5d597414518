/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * Use case: register a building with its lots and their owners (the basic deed, Civil Code art.
 * 3.85), in one transaction.
 *
 * <p>Refusals: {@code SHARES_TOTAL_MISMATCH} (the lots' shares do not add up to the declared
 * total), {@code DUPLICATE_LOT}, {@code DUPLICATE_OWNER}, {@code UNKNOWN_OWNER} (a lot names an
 * owner not listed), {@code INVALID_FRACTION}, {@code OWNERSHIP_FRACTIONS_NOT_ONE}, {@code
 * CONCURRENT_UPDATE} (the building id is taken), {@code VALIDATION_FAILED}.
 */
public interface RegisterBuilding {

  /**
   * Registers the building; returns what was stored.
   *
   * @param command the building, its lots and their ownership
   * @return the building and lots as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code SHARES_TOTAL_MISMATCH}, {@code
   *     DUPLICATE_LOT}, {@code DUPLICATE_OWNER}, {@code UNKNOWN_OWNER}, {@code INVALID_FRACTION},
   *     {@code OWNERSHIP_FRACTIONS_NOT_ONE}, {@code CONCURRENT_UPDATE}, {@code VALIDATION_FAILED}
   */
  Registered register(Command command);

  /**
   * The command.
   *
   * @param organisation the tenant
   * @param building the new building's id
   * @param name its name
   * @param address its postal address
   * @param totalShares the declared total of the shares in the common parts
   * @param currency ISO 4217 code of its accounts
   * @param lots its lots
   * @param owners the owners the lots name
   * @param actor who registers it (a user id)
   */
  record Command(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank String name,
      @NotNull String address,
      @NotNull @Positive BigDecimal totalShares,
      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
      @NotEmpty List<@NotNull @Valid LotLine> lots,
      @NotNull List<@NotNull @Valid OwnerLine> owners,
      @NotBlank String actor) {}

  /**
   * A lot of the command.
   *
   * @param id the lot's id
   * @param label its label in the basic deed
   * @param shares its shares in the common parts
   * @param owners who owns it, for which fraction ({@code "1"}, {@code "1/2"}, {@code "0.25"})
   */
  record LotLine(
      @NotBlank String id,
      @NotBlank String label,
      @NotNull @Positive BigDecimal shares,
      @NotNull List<@NotNull @Valid OwnershipLine> owners) {}

  /**
   * One owner's part of a lot.
   *
   * @param owner the owner's id (one of the command's owners)
   * @param fraction an exact fraction in (0, 1]: {@code "1/3"} or a plain decimal {@code "0.5"}
   */
  record OwnershipLine(
      @NotBlank String owner,
      @NotNull @Pattern(regexp = "[0-9]+(\\.[0-9]+)?(/[0-9]+)?") String fraction) {}

  /**
   * An owner of the command.
   *
   * @param id the owner's id
   * @param name full name
   * @param email e-mail address or empty
   * @param phone phone number in E.164 form or empty
   * @param postalAddress postal address or empty
   * @param language the language the owner reads ({@code fr}, {@code nl}, {@code de}, {@code en}),
   *     or null when unknown (their notices and documents are then in the organisation's default
   *     language); a details change without it keeps the language already stored
   */
  record OwnerLine(
      @NotBlank String id,
      @NotBlank String name,
      @NotNull @Email String email,
      @NotNull @Pattern(regexp = "(\\+[1-9][0-9]{6,14})?") String phone,
      @NotNull String postalAddress,
      @Nullable @Pattern(regexp = "fr|nl|de|en") String language) {
    /**
     * An owner whose language is unknown.
     *
     * @param id the owner's id
     * @param name full name
     * @param email e-mail address or empty
     * @param phone phone number in E.164 form or empty
     * @param postalAddress postal address or empty
     */
    public OwnerLine(String id, String name, String email, String phone, String postalAddress) {
      this(id, name, email, phone, postalAddress, null);
    }
  }

  /**
   * What was stored.
   *
   * @param building the building's id
   * @param lots how many lots
   * @param owners how many owners
   */
  record Registered(String building, int lots, int owners) {}

  /**
   * Registers the building a client sends: a new UUID when it names no id, EUR when it names no
   * currency.
   *
   * @param organisation the tenant
   * @param building the building with its lots and owners
   * @param actor who registers it (a user id)
   * @return what was stored
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #register(Command)}
   */
  default Registered register(String organisation, NewBuilding building, String actor) {
    return register(new Command(organisation, ClientFields.orNew(building.id()), building.name(), building.address(),
        building.totalShares(), building.currency() == null ? "EUR" : building.currency(), building.lots(),
        building.owners(), actor));
  }

  /**
   * A building to register with its lots and owners (the basic deed, Civil Code art. 3.85), as a
   * client sends it.
   *
   * @param id its id (a new UUID when absent)
   * @param name its name
   * @param address its postal address
   * @param totalShares the declared total of the lots' shares
   * @param currency ISO 4217 code of its accounts (EUR when absent)
   * @param lots its lots
   * @param owners the owners the lots name
   */
  record NewBuilding(
      @Nullable String id, String name, String address, BigDecimal totalShares,
      @Nullable String currency, List<LotLine> lots, List<OwnerLine> owners) {}
}
