/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.accounting.JournalEntry;
import org.koprogo.domain.building.BuildingId;

/**
 * The journal of each building's association of co-owners: double-entry entries, append-only.
 *
 * <p>Contract, for every adapter:
 *
 * <ul>
 *   <li>Nothing is ever updated or deleted; entries come back in the order they were appended,
 *       each equal to what was appended (lines in order, accounts, sides, minor units, currency,
 *       owners).
 *   <li>Appending an entry whose id is already in the building's journal appends nothing and
 *       returns the stored entry ({@code duplicate == true}), even under concurrency (a database
 *       adapter enforces it with a unique constraint); the caller compares contents.
 *   <li>Every read is scoped by organisation and building; changes join the caller's unit of work
 *       (the adapter's {@link Transactions}).
 * </ul>
 *
 * <p>Like {@link AssociationBooks}, this port is not part of {@link OutPorts}: a host builds it
 * beside them on the same adapter ({@code InMemoryJournal}, {@code JdbcJournal}).
 */
public interface Journal {

  /**
   * Appends {@code entry} to {@code building}'s journal, once.
   *
   * @param organisation the tenant
   * @param building the building
   * @param entry the entry
   * @return the stored entry, and whether it was a duplicate
   */
  Recorded append(OrganisationId organisation, BuildingId building, JournalEntry entry);

  /**
   * The entry {@code id} of {@code building}'s journal.
   *
   * @param organisation the tenant
   * @param building the building
   * @param id the entry's id
   * @return the entry, or empty
   */
  Optional<JournalEntry> find(OrganisationId organisation, BuildingId building, String id);

  /**
   * Every entry of {@code building}'s journal, in the order appended.
   *
   * @param organisation the tenant
   * @param building the building
   * @return the entries
   */
  List<JournalEntry> entries(OrganisationId organisation, BuildingId building);

  /**
   * The outcome of {@link #append}.
   *
   * @param entry the stored entry (the earlier one when a duplicate)
   * @param duplicate true when nothing was appended because the id was already there
   */
  record Recorded(JournalEntry entry, boolean duplicate) {
    /**
     * Checks the entry is given.
     *
     * @param entry the stored entry (the earlier one when a duplicate)
     * @param duplicate true when nothing was appended because the id was already there
     */
    public Recorded {
      Objects.requireNonNull(entry, "entry");
    }
  }
}
