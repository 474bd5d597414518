/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * Use case: register a member of a cooperative or an association (status PENDING_KYC until their
 * identity is checked).
 *
 * <p>Refusals: {@code NOT_FOUND} (organisation), {@code CONCURRENT_UPDATE} (the id is taken),
 * {@code VALIDATION_FAILED}.
 */
public interface RegisterMember {

  /**
   * Registers the member; returns it as stored.
   *
   * @param command the member
   * @return the member's id and the member as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     CONCURRENT_UPDATE}, {@code VALIDATION_FAILED}
   */
  Registered register(Command command);

  /**
   * The command.
   *
   * @param organisation the tenant
   * @param member the new member's id
   * @param name full name
   * @param email e-mail address or empty
   * @param phone E.164 phone number or empty
   * @param postalAddress postal address or empty
   * @param rank FIFO rank, 0 when not ranked
   * @param joinedOn the day membership starts
   * @param actor who registers
   * @param language the language the member reads ({@code fr}, {@code nl}, {@code de}, {@code
   *     en}), or null when unknown (their notices are then in the organisation's default language)
   */
  record Command(
      @NotBlank String organisation,
      @NotBlank String member,
      @NotBlank String name,
      @NotNull @Email String email,
      @NotNull @Pattern(regexp = "(\\+[1-9][0-9]{6,14})?") String phone,
      @NotNull String postalAddress,
      @PositiveOrZero int rank,
      @NotNull LocalDate joinedOn,
      @NotBlank String actor,
      @Nullable @Pattern(regexp = "fr|nl|de|en") String language) {
    /**
     * A member whose language is unknown.
     *
     * @param organisation the tenant
     * @param member the new member's id
     * @param name full name
     * @param email e-mail address or empty
     * @param phone E.164 phone number or empty
     * @param postalAddress postal address or empty
     * @param rank FIFO rank, 0 when not ranked
     * @param joinedOn the day membership starts
     * @param actor who registers
     */
    public Command(String organisation, String member, String name, String email, String phone,
        String postalAddress, int rank, LocalDate joinedOn, String actor) {
      this(organisation, member, name, email, phone, postalAddress, rank, joinedOn, actor, null);
    }
  }

  /**
   * What was stored.
   *
   * @param member the member's id
   * @param stored the member as stored (PENDING_KYC, version 1)
   */
  record Registered(String member, Member stored) {}

  /**
   * Registers the member a client sends: a new UUID when it names no id, empty contact details
   * when it leaves them out.
   *
   * @param organisation the tenant
   * @param member the member
   * @param actor who registers
   * @return the member's id and the member as stored
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #register(Command)}
   */
  default Registered register(String organisation, NewMember member, String actor) {
    return register(new Command(organisation, ClientFields.orNew(member.id()), member.name(), ClientFields.orEmpty(member.email()),
        ClientFields.orEmpty(member.phone()), ClientFields.orEmpty(member.postalAddress()), member.rank(), member.joinedOn(), actor,
        member.language()));
  }

  /**
   * A member to register (status PENDING_KYC until their identity is checked), as a client sends
   * it.
   *
   * @param id its id (a new UUID when absent)
   * @param name full name
   * @param email e-mail address or empty
   * @param phone E.164 phone number or empty
   * @param postalAddress postal address or empty
   * @param rank FIFO rank, 0 when not ranked
   * @param joinedOn the day membership starts
   * @param language the language the member reads: {@code fr}, {@code nl}, {@code de} or {@code en}
   *     (absent: unknown; their notices are then in the default language)
   */
  record NewMember(@Nullable String id, String name, @Nullable String email, @Nullable String phone,
      @Nullable String postalAddress, int rank, LocalDate joinedOn,
      @Nullable @Pattern(regexp = "fr|nl|de|en") String language) {}
}
