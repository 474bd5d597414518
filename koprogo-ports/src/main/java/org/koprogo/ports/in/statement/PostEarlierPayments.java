/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.statement;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * Brings into a building's books the owners' payments recorded ({@link RecordOwnerPayment})
 * before the building kept books (docs/accounting.md, "The opening entry"): each payment of an
 * owner whose first building it is, not yet in the journal, is posted as it would have been when
 * recorded (bank 550 / the owner's account 410, entry {@code owner-payment-<id>}, its value date);
 * a payment dated in a closed year is posted on the first day after the closing, labelled with
 * its value date (the opening entry of the open year). Everything in one unit of work, each
 * posting with its audit entry, and one {@code EarlierPaymentsPosted} entry for the building when
 * something was posted; running it again posts nothing more.
 *
 * <p>Refusals: {@code NOT_FOUND} (building), {@code ILLEGAL_TRANSITION} (the building keeps no
 * books yet: its journal is empty; the payments stay on the statement as they are), {@code
 * VALIDATION_FAILED}.
 */
public interface PostEarlierPayments {
  /** The audit trail's action when earlier payments are posted. */
  String POSTED = "EarlierPaymentsPosted";

  /**
   * Posts the earlier payments of a building's owners.
   *
   * @param command the building
   * @return what was posted
   * @throws org.koprogo.domain.shared.KoproGoException as listed above
   */
  Posted post(Command command);

  /**
   * A building whose owners' earlier payments go into its books.
   *
   * @param organisation the tenant
   * @param building the building
   * @param actor who posts them
   */
  record Command(@NotBlank String organisation, @NotBlank String building, @NotBlank String actor) {}

  /**
   * What was posted.
   *
   * @param posted the entries posted now ({@code owner-payment-<id>}), in value-date order
   * @param openingDay the day the payments dated in a closed year were posted on, or null when none
   *     was
   * @param alreadyInBooks how many of the owners' payments were in the journal already
   */
  record Posted(List<String> posted, @Nullable java.time.LocalDate openingDay, int alreadyInBooks) {
    /**
     * Copies the list.
     *
     * @param posted the entries posted now, in value-date order
     * @param openingDay the day the payments dated in a closed year were posted on, or null
     * @param alreadyInBooks how many were in the journal already
     */
    public Posted {
      posted = List.copyOf(posted);
    }
  }
}
