/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Use cases on a building's bank statements: import a file (CODA or camt.053), list the lines
 * waiting in the queue, confirm a proposal or assign a line to an owner.
 *
 * <p>An import is one unit of work: the whole file or nothing. Each credit is matched to the call
 * for funds its structured reference names (the owner's payment is posted), or else proposed by
 * amount and payer name, or else left unmatched; proposed and unmatched credits are posted to the
 * suspense account and wait in the queue. A line already imported (same identity) records nothing
 * and counts as a duplicate. Debits are recorded but not posted (supplier payments are posted from
 * their invoices).
 *
 * <p>Refusals: {@code MALFORMED_STATEMENT}, {@code UNSUPPORTED_STATEMENT_FORMAT}, {@code
 * STATEMENT_TOO_LARGE}, {@code NOT_FOUND} (building, line, owner), {@code BANK_LINE_SETTLED},
 * {@code PERIOD_CLOSED}, {@code VALIDATION_FAILED}.
 */
public interface ImportBankStatements {

  /**
   * Imports every statement of a file.
   *
   * @param command the file and its building
   * @return what the import did
   * @throws org.koprogo.domain.shared.KoproGoException {@code MALFORMED_STATEMENT}, {@code
   *     UNSUPPORTED_STATEMENT_FORMAT}, {@code STATEMENT_TOO_LARGE}, {@code NOT_FOUND}, {@code
   *     PERIOD_CLOSED}, {@code VALIDATION_FAILED}
   */
  Imported importFile(FileCommand command);

  /**
   * The lines waiting in the queue, in import order, at once; a host answering requests reads
   * {@link #queue(QueueQuery, Integer, String) a page}.
   *
   * @param query the building
   * @return the waiting lines
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  List<QueuedLine> queue(QueueQuery query);

  /**
   * A page of the lines waiting in the queue (PROPOSED or UNMATCHED, not settled), in import
   * order: at most {@code limit} recorded after the line {@code after} (the last of the previous
   * page, which may have been confirmed or assigned since). The cost follows the page, not the
   * building's history of lines.
   *
   * @param query the building
   * @param limit 1 to 1000; null for 100
   * @param after the identity of the last line of the previous page, null for the first page
   * @return the page; empty when the building has no line {@code after}
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED},
   *     {@code INVALID_FIELD} naming {@code limit} (out of bounds) or {@code after} (blank or longer
   *     than 500 characters, a line identity's longest)
   */
  List<QueuedLine> queue(QueueQuery query, @Nullable Integer limit, @Nullable String after);

  /**
   * Confirms the proposal of a waiting line.
   *
   * @param command the line
   * @return the line settled
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     BANK_LINE_SETTLED}, {@code PERIOD_CLOSED}, {@code VALIDATION_FAILED}
   */
  Settled confirm(LineCommand command);

  /**
   * Assigns a waiting line to an owner.
   *
   * @param command the line and the owner
   * @return the line settled
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     BANK_LINE_SETTLED}, {@code PERIOD_CLOSED}, {@code VALIDATION_FAILED}
   */
  Settled assign(Assignment command);

  /**
   * Confirms the proposed owner of a waiting line a client chose ({@link #confirm(LineCommand)}).
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param line the line as the client names it
   * @param actor who confirms it (audited)
   * @return how the line was settled
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #confirm(LineCommand)}
   */
  default Settled confirm(String organisation, String building, LineChoice line, String actor) {
    return confirm(new LineCommand(organisation, building, line.line(), actor));
  }

  /**
   * Assigns a waiting line to the owner a client chose ({@link #assign(Assignment)}).
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param assignment the line and the owner as the client names them
   * @param actor who assigns it (audited)
   * @return how the line was settled
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #assign(Assignment)}
   */
  default Settled assign(String organisation, String building, LineAssignment assignment, String actor) {
    return assign(new Assignment(organisation, building, assignment.line(), assignment.owner(), actor));
  }

  /**
   * A line of the queue to confirm, as a client names it.
   *
   * @param line the line's identity, as the queue gives it
   */
  record LineChoice(String line) {}

  /**
   * A line of the queue to assign, as a client names it.
   *
   * @param line the line's identity, as the queue gives it
   * @param owner the owner to credit
   */
  record LineAssignment(String line, String owner) {}

  /**
   * A file to import.
   *
   * @param mediaType {@code text/plain} (CODA) or {@code application/xml} (camt.053)
   * @param file the file as received
   * @param organisation the tenant's id
   * @param building the building whose account the statements are of
   * @param actor who imports (audited)
   */
  record FileCommand(
      @NotBlank String organisation, @NotBlank String building, @NotBlank String mediaType, @NotNull byte[] file,
      @NotBlank String actor) {}

  /**
   * The queue of a building.
   *
   * @param organisation the tenant's id
   * @param building the building
   */
  record QueueQuery(@NotBlank String organisation, @NotBlank String building) {}

  /**
   * A line of the queue.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param line the line's identity
   * @param actor who confirms (audited)
   */
  record LineCommand(@NotBlank String organisation, @NotBlank String building, @NotBlank String line, @NotBlank String actor) {}

  /**
   * A line assigned to an owner.
   *
   * @param organisation the tenant's id
   * @param building the building
   * @param line the line's identity
   * @param owner the owner credited
   * @param actor who assigns (audited)
   */
  record Assignment(
      @NotBlank String organisation, @NotBlank String building, @NotBlank String line, @NotBlank String owner,
      @NotBlank String actor) {}

  /**
   * What an import did: lines imported (new), how the new credits were matched, lines already imported.
   *
   * @param imported lines imported now
   * @param matched new credits matched by their reference
   * @param proposed new credits proposed by amount and name
   * @param unmatched new credits left unmatched
   * @param duplicates lines already imported
   */
  record Imported(int imported, int matched, int proposed, int unmatched, int duplicates) {}

  /**
   * A waiting line.
   *
   * @param line its identity
   * @param outcome PROPOSED or UNMATCHED
   * @param owner the owner proposed, or null
   * @param reference the reference of the call proposed, or empty
   * @param amount plain decimal
   * @param bookingDate the bank's booking date
   * @param currency the amount's currency
   * @param counterpartyName the payer's name as the bank gives it
   * @param communication the communication as the bank gives it
   */
  record QueuedLine(String line, String outcome, LocalDate bookingDate, String amount, String currency,
      String counterpartyName, String communication, @Nullable String owner, String reference) {}

  /**
   * A settled line: the owner credited and the journal entry.
   *
   * @param line the line's identity
   * @param how CONFIRMED or ASSIGNED
   * @param owner the owner credited
   * @param entry the journal entry posted
   */
  record Settled(String line, String how, String owner, String entry) {}
}
