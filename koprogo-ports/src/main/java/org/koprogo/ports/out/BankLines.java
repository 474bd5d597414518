/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.payment.BankLine;

/**
 * The bank lines imported into each building: append-only, once per line identity and once per
 * bank movement, and the settlement of each line that waited in the queue, once.
 *
 * <p>Contract: recording a line whose identity, or whose movement ({@link
 * org.koprogo.domain.payment.BankStatement#movements()}: the same movement received in another
 * file format), is already recorded in the building records nothing and returns false (under
 * concurrency too); a line is settled at most once (a second
 * settlement returns false); reads are scoped by organisation and building and come in recording
 * order; changes join the caller's unit of work. Not part of {@link OutPorts}: a host builds it
 * on the same adapter ({@code InMemoryBankLines}).
 */
public interface BankLines {

  /**
   * Records {@code line}; false when its identity was already recorded.
   *
   * @param organisation the tenant
   * @param building the building whose account it is
   * @param line the imported line
   * @return whether it was recorded now
   */
  boolean record(OrganisationId organisation, BuildingId building, Imported line);

  /**
   * The line of {@code identity}.
   *
   * @param organisation the tenant
   * @param building the building
   * @param identity the line's identity (statement and sequence)
   * @return the line, or empty
   */
  Optional<Imported> find(OrganisationId organisation, BuildingId building, String identity);

  /**
   * The line recorded for the bank movement {@code movement}, whatever the format it came in.
   *
   * @param organisation the organisation
   * @param building the building
   * @param movement the movement's identity ({@link org.koprogo.domain.payment.BankStatement#movements()})
   * @return the line, if one was recorded for it
   */
  Optional<Imported> findMovement(OrganisationId organisation, BuildingId building, String movement);

  /**
   * The lines waiting to be confirmed or assigned (outcome PROPOSED or UNMATCHED, not settled), in order.
   *
   * @param organisation the tenant
   * @param building the building
   * @return the waiting lines
   */
  List<Imported> waiting(OrganisationId organisation, BuildingId building);

  /**
   * A page of the waiting lines in the order of {@link #waiting(OrganisationId, BuildingId)}
   * (import order): those recorded after the line {@code after} (from the first when empty), at
   * most {@code limit}. The line {@code after} need not wait any more: one settled since the
   * previous page still marks where that page ended; none when the building has no line {@code
   * after}. A database adapter reads along an index and stops at the limit; this default cuts the
   * page from the whole queue, so it cannot place a line settled since (its page is then empty):
   * {@code InMemoryBankLines} and {@code JdbcBankLines} place it.
   *
   * @param organisation the tenant
   * @param building the building
   * @param after the identity of the last line of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Imported> waiting(OrganisationId organisation, BuildingId building, Optional<String> after, int limit) {
    return IdPages.following(waiting(organisation, building), after, i -> i.line().identity(), limit);
  }

  /**
   * Settles a waiting line; false when it was already settled.
   *
   * @param organisation the tenant
   * @param building the building
   * @param identity the line's identity
   * @param settlement how it was settled
   * @return whether it was settled now
   */
  boolean settle(OrganisationId organisation, BuildingId building, String identity, Settlement settlement);

  /**
   * The settlement of a line, if any.
   *
   * @param organisation the tenant
   * @param building the building
   * @param identity the line's identity
   * @return the settlement, or empty
   */
  Optional<Settlement> settlementOf(OrganisationId organisation, BuildingId building, String identity);

  /**
   * A line as imported.
   *
   * @param line the bank line
   * @param statement the statement it came in ({@code format/account/number})
   * @param outcome {@code MATCHED}, {@code PROPOSED}, {@code UNMATCHED} or {@code DEBIT}
   * @param owner the owner matched or proposed, or null
   * @param reference the printed reference of the call matched or proposed, or empty
   * @param entry the journal entry that posted it (empty for a debit)
   * @param importedBy who imported it
   * @param importedAt when
   * @param movement the movement's identity across formats, or null (a line recorded before it was kept)
   */
  record Imported(BankLine line, String statement, String outcome, OwnerId owner, String reference, String entry,
      String importedBy, Instant importedAt, String movement) {
    /**
     * A line without its movement identity.
     *
     * @param line the bank line
     * @param statement the statement it came in
     * @param outcome its outcome
     * @param owner the owner matched or proposed, or null
     * @param reference the printed reference of the call, or empty
     * @param entry the journal entry, or empty
     * @param importedBy who imported it
     * @param importedAt when
     */
    public Imported(BankLine line, String statement, String outcome, OwnerId owner, String reference, String entry,
        String importedBy, Instant importedAt) {
      this(line, statement, outcome, owner, reference, entry, importedBy, importedAt, null);
    }

    /**
     * Checks that every part is given.
     *
     * @param line the bank line
     * @param statement the statement it came in ({@code format/account/number})
     * @param outcome {@code MATCHED}, {@code PROPOSED}, {@code UNMATCHED} or {@code DEBIT}
     * @param owner the owner matched or proposed, or null
     * @param reference the printed reference of the call matched or proposed, or empty
     * @param entry the journal entry that posted it (empty for a debit)
     * @param importedBy who imported it
     * @param importedAt when
     * @param movement the movement's identity across formats, or null
     */
    public Imported {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(importedBy, "importedBy");
      Objects.requireNonNull(importedAt, "importedAt");
    }
  }

  /**
   * How a waiting line was settled.
   *
   * @param how {@code CONFIRMED} (the proposal) or {@code ASSIGNED} (to an owner a person chose)
   * @param owner the owner credited
   * @param entry the journal entry that moved it from suspense to the owner's account
   * @param by who settled it
   * @param at when
   */
  record Settlement(String how, OwnerId owner, String entry, String by, Instant at) {
    /**
     * Checks that every part is given.
     *
     * @param how {@code CONFIRMED} (the proposal) or {@code ASSIGNED} (to an owner a person chose)
     * @param owner the owner credited
     * @param entry the journal entry that moved it from suspense to the owner's account
     * @param by who settled it
     * @param at when
     */
    public Settlement {
      Objects.requireNonNull(how, "how");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
    }
  }
}
