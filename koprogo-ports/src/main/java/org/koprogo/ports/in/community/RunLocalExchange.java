/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.community;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * The local exchange (time bank) of a building: 1 hour = 1 credit; offered → accepted → done
 * (both confirm) or cancelled; credits move only on completion, so the balances add up to zero.
 *
 * <p>Refusals: {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION}, {@code
 * NOT_A_PARTY}, {@code BALANCE_FLOOR_REACHED}, {@code INVALID_HOURS}, {@code INVALID_RATING},
 * {@code VALIDATION_FAILED}.
 */
public interface RunLocalExchange {

  /**
   * A neighbour offers ({@code offer} true) or requests a service.
   *
   * @param command the service proposed
   * @return the exchange, OFFERED
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION} (an id already used), {@code INVALID_HOURS}, {@code
   *     VALIDATION_FAILED}
   */
  Exchange propose(Proposal command);

  /**
   * The other party accepts.
   *
   * @param command the exchange and the party
   * @return the exchange, ACCEPTED
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION}, {@code NOT_A_PARTY}, {@code VALIDATION_FAILED}
   */
  Exchange accept(Step command);

  /**
   * A party confirms it was done; the second confirmation completes it.
   *
   * @param command the exchange and the party
   * @return the exchange, DONE after the second confirmation
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION}, {@code NOT_A_PARTY}, {@code BALANCE_FLOOR_REACHED}, {@code
   *     VALIDATION_FAILED}
   */
  Exchange confirm(Step command);

  /**
   * A party cancels before completion.
   *
   * @param command the exchange and the party
   * @return the exchange, CANCELLED
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION}, {@code NOT_A_PARTY}, {@code VALIDATION_FAILED}
   */
  Exchange cancel(Step command);

  /**
   * A party rates a completed exchange.
   *
   * @param command the exchange, the party and the stars
   * @return the exchange
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code NOT_A_PARTY}, {@code INVALID_RATING}, {@code VALIDATION_FAILED}
   */
  Exchange rate(Rating command);

  /**
   * Every exchange, in creation order, at once: its cost grows with the time bank; a host
   * answering requests reads {@link #exchanges(CommunityRef, Integer, String) a page}.
   *
   * @param query the building
   * @return the exchanges
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  List<Exchange> exchanges(CommunityRef query);

  /**
   * A page of the exchanges in creation order: at most {@code limit} after the exchange {@code
   * after} (the last of the previous page). The cost follows the page, not the time bank.
   *
   * @param query the building
   * @param limit 1 to 1000; null for 100
   * @param after the last exchange of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code MODULE_DISABLED},
   *     {@code VALIDATION_FAILED}, {@code INVALID_FIELD} naming {@code limit} (out of bounds) or
   *     {@code after} (blank or longer than 100 characters)
   */
  List<Exchange> exchanges(CommunityRef query, Integer limit, String after);

  /**
   * Every balance in hours ({@code "-1.5"}), by neighbour; they add up to zero.
   *
   * @param query the building
   * @return the balances
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  Map<String, String> balances(CommunityRef query);

  /**
   * A proposal.
   *
   * @param organisation the tenant
   * @param building the building
   * @param exchange the new exchange's id
   * @param by who offers or requests
   * @param offer true for an offer (by provides), false for a request (by receives)
   * @param service what is done
   * @param hours how long, a positive decimal of whole minutes ({@code "1.5"})
   */
  record Proposal(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank String exchange,
      @NotBlank String by,
      @NotNull Boolean offer,
      @NotBlank String service,
      @NotNull @Pattern(regexp = "[0-9]+(\\.[0-9]+)?") String hours) {}

  /**
   * A step by a neighbour on an exchange.
   *
   * @param organisation the tenant
   * @param building the building
   * @param exchange the exchange
   * @param by who acts
   */
  record Step(
      @NotBlank String organisation, @NotBlank String building, @NotBlank String exchange, @NotBlank String by) {}

  /**
   * A rating.
   *
   * @param organisation the tenant
   * @param building the building
   * @param exchange the exchange
   * @param by the party who rates
   * @param stars 1 to 5
   */
  record Rating(
      @NotBlank String organisation, @NotBlank String building, @NotBlank String exchange, @NotBlank String by,
      int stars) {}

  // --- the commands as a client sends them, with the defaults a host would otherwise apply ---

  /**
   * An offer ({@code offer} true) or a request of a service, as a client sends it.
   *
   * @param id the exchange's id, or null for a new one
   * @param offer true for an offer of the caller's service, false for a request of one
   * @param service the service
   * @param hours what it is worth in hours, a plain decimal ({@code "1.5"})
   */
  record NewProposal(@Nullable String id, Boolean offer, String service, String hours) {}

  /**
   * Proposes the service a client sends ({@link #propose(Proposal)}): a new exchange id when it
   * names none.
   *
   * @param organisation the tenant
   * @param building the building
   * @param by who offers or requests (the caller)
   * @param proposal the proposal as the client sends it
   * @return the exchange, OFFERED
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #propose(Proposal)}
   */
  default Exchange propose(String organisation, String building, String by, NewProposal proposal) {
    return propose(new Proposal(organisation, building, ClientFields.orNew(proposal.id()), by, proposal.offer(),
        proposal.service(), proposal.hours()));
  }

  /**
   * A rating of an exchange by one of its parties, as a client sends it.
   *
   * @param stars 1 to 5
   */
  record Stars(Integer stars) {}

  /**
   * Rates an exchange with the stars a client sends ({@link #rate(Rating)}): none (0, refused
   * with {@code INVALID_RATING}) when it sends none.
   *
   * @param organisation the tenant
   * @param building the building
   * @param exchange the exchange
   * @param by the party who rates (the caller)
   * @param stars the stars as the client sends them
   * @return the exchange
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #rate(Rating)}
   */
  default Exchange rate(String organisation, String building, String exchange, String by, Stars stars) {
    return rate(new Rating(organisation, building, exchange, by, stars.stars() == null ? 0 : stars.stars()));
  }
}
