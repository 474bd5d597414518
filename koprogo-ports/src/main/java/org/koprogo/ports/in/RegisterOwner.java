/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * Use case: register a co-owner of the organisation (before a lot names them, or when a lot
 * changes hands), with an audit entry in the same transaction.
 *
 * <p>Refusals: {@code VALIDATION_FAILED} (blank name, malformed e-mail or phone), {@code
 * CONCURRENT_UPDATE} (the owner id is taken).
 */
public interface RegisterOwner {

  /**
   * Registers the owner; returns what was stored.
   *
   * @param command the owner
   * @return the owner as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code VALIDATION_FAILED}, {@code
   *     CONCURRENT_UPDATE}
   */
  Registered register(Command command);

  /**
   * The command.
   *
   * @param organisation the tenant
   * @param owner the owner's id, name and contact details
   * @param actor who registers them (a user id)
   */
  record Command(
      @NotBlank String organisation,
      @NotNull @Valid RegisterBuilding.OwnerLine owner,
      @NotBlank String actor) {}

  /**
   * What was stored.
   *
   * @param owner the owner's id
   * @param version the stored version
   * @param stored the owner as stored
   */
  record Registered(String owner, long version, Owner stored) {}

  /**
   * Registers the owner a client sends: a new UUID when it names no id, empty contact details when
   * it leaves them out.
   *
   * @param organisation the tenant
   * @param owner the owner's name and contact details
   * @param actor who registers them (a user id)
   * @return the owner as stored
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #register(Command)}
   */
  default Registered register(String organisation, OwnerDetails owner, String actor) {
    return register(new Command(organisation, owner.line(ClientFields.orNew(owner.id())), actor));
  }

  /**
   * A co-owner's name and contact details, as a client sends them (to register the owner, or to
   * correct them with {@link ChangeOwnerDetails}).
   *
   * @param id the owner's id (a new UUID when absent; ignored on a change)
   * @param version the version read (a change only)
   * @param name full name
   * @param email e-mail address (empty when absent)
   * @param phone phone number in E.164 form (empty when absent)
   * @param postalAddress postal address (empty when absent)
   * @param language the language the owner reads: {@code fr}, {@code nl}, {@code de} or {@code en}
   *     (absent: unknown on registration, unchanged on a change; notices and documents are then in
   *     the default language)
   */
  record OwnerDetails(@Nullable String id, @Nullable Long version, String name,
      @Nullable String email, @Nullable String phone, @Nullable String postalAddress,
      @Nullable @Pattern(regexp = "fr|nl|de|en") String language) {

    /**
     * The details as the owner {@code owner}'s line: empty contact details when absent.
     *
     * @param owner the owner's id
     * @return the line
     */
    RegisterBuilding.OwnerLine line(String owner) {
      return new RegisterBuilding.OwnerLine(owner, name, ClientFields.orEmpty(email), ClientFields.orEmpty(phone),
          ClientFields.orEmpty(postalAddress), language);
    }
  }
}
