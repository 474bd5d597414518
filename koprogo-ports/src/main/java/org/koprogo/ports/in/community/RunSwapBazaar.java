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
import org.koprogo.domain.community.bazaar.BazaarOffer;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.fields.ClientFields;

/**
 * The swap and donation bazaar of a building: publish, reserve, release, hand over, withdraw;
 * offers expire after the building's lifetime (read on the host's clock).
 *
 * <p>Refusals: {@code MODULE_DISABLED}, {@code NOT_FOUND}, {@code OFFER_EXPIRED}, {@code
 * ILLEGAL_TRANSITION}, {@code NOT_A_PARTY}, {@code VALIDATION_FAILED}.
 */
public interface RunSwapBazaar {

  /**
   * Publishes an offer, expiring after the building's bazaar lifetime.
   *
   * @param command the offer
   * @return the offer, AVAILABLE
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION} (an id already used), {@code VALIDATION_FAILED}
   */
  BazaarOffer publish(NewOffer command);

  /**
   * A neighbour reserves an offer.
   *
   * @param command the offer and the neighbour
   * @return the offer, RESERVED
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code OFFER_EXPIRED}, {@code ILLEGAL_TRANSITION}, {@code NOT_A_PARTY}, {@code
   *     VALIDATION_FAILED}
   */
  BazaarOffer reserve(OfferStep command);

  /**
   * The reservation is given up.
   *
   * @param command the offer
   * @return the offer, AVAILABLE
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION}, {@code VALIDATION_FAILED}
   */
  BazaarOffer release(OfferStep command);

  /**
   * The owner hands the offer over.
   *
   * @param command the offer and its owner
   * @return the offer, HANDED_OVER
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION}, {@code NOT_A_PARTY}, {@code VALIDATION_FAILED}
   */
  BazaarOffer handOver(OfferStep command);

  /**
   * The owner withdraws the offer.
   *
   * @param command the offer and its owner
   * @return the offer, WITHDRAWN
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code ILLEGAL_TRANSITION}, {@code NOT_A_PARTY}, {@code VALIDATION_FAILED}
   */
  BazaarOffer withdraw(OfferStep command);

  /**
   * The offers that can be reserved now, in publication order, at once (for batch work); a host
   * answering requests reads {@link #available(CommunityRef, Integer, String) a page}.
   *
   * @param query the building
   * @return the offers
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code VALIDATION_FAILED}
   */
  List<BazaarOffer> available(CommunityRef query);

  /**
   * A page of the offers that can be reserved now, in publication order: at most {@code limit}
   * after the offer {@code after} (the last of the previous page, which need not be available any
   * more). The cost follows the offers open now (available and not expired), not every offer
   * ever published.
   *
   * @param query the building
   * @param limit 1 to 1000; null for 100
   * @param after the last offer of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code MODULE_DISABLED}, {@code NOT_FOUND},
   *     {@code VALIDATION_FAILED}, {@code INVALID_FIELD} naming {@code limit} (out of bounds) or
   *     {@code after} (blank or longer than 100 characters)
   */
  List<BazaarOffer> available(CommunityRef query, Integer limit, String after);

  /**
   * An offer.
   *
   * @param organisation the tenant
   * @param building the building
   * @param offer its id
   * @param owner who offers
   * @param kind GIFT or SWAP
   * @param title what it is
   */
  record NewOffer(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotBlank String offer,
      @NotBlank String owner,
      @NotNull @Pattern(regexp = "GIFT|SWAP") String kind,
      @NotBlank String title) {}

  /**
   * A step on an offer.
   *
   * @param organisation the tenant
   * @param building the building
   * @param offer the offer
   * @param by who acts (the one who reserves; the owner hands over and withdraws)
   */
  record OfferStep(
      @NotBlank String organisation, @NotBlank String building, @NotBlank String offer, @NotBlank String by) {}

  // --- the commands as a client sends them, with the defaults a host would otherwise apply ---

  /**
   * A bazaar offer, as a client sends it.
   *
   * @param id the offer's id, or null for a new one
   * @param kind GIFT or SWAP
   * @param title what is offered
   */
  record Offering(@Nullable String id, String kind, String title) {}

  /**
   * Publishes the offer a client sends ({@link #publish(NewOffer)}): a new offer id when it names
   * none.
   *
   * @param organisation the tenant
   * @param building the building
   * @param owner who offers (the caller)
   * @param offering the offer as the client sends it
   * @return the offer, AVAILABLE
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #publish(NewOffer)}
   */
  default BazaarOffer publish(String organisation, String building, String owner, Offering offering) {
    return publish(new NewOffer(organisation, building, ClientFields.orNew(offering.id()), owner, offering.kind(),
        offering.title()));
  }

  /**
   * The step a client names (a path's last segment, for example): {@code reserve} ({@link
   * #reserve}), {@code release} ({@link #release}), {@code handover} ({@link #handOver}) or {@code
   * withdraw} ({@link #withdraw}).
   *
   * @param step the step's name
   * @param command the offer and who acts
   * @return the offer after the step
   * @throws KoproGoException {@code NOT_FOUND} (with the value) for another name, otherwise as the
   *     step named
   */
  default BazaarOffer step(String step, OfferStep command) {
    return switch (step == null ? "" : step) {
      case "reserve" -> reserve(command);
      case "release" -> release(command);
      case "handover" -> handOver(command);
      case "withdraw" -> withdraw(command);
      default -> throw KoproGoException.of(ErrorCode.NOT_FOUND,
          "no bazaar step " + step + " (reserve, release, handover, withdraw)", "value", String.valueOf(step));
    };
  }
}
