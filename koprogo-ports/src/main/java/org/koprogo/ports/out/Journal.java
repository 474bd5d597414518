/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.accounting.EntryKind;
import org.koprogo.domain.accounting.JournalEntry;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;

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
   * The entries of {@code building}'s journal with a line of {@code owner} (the owner's individual
   * account), in the order appended: what the owner's account and statement are made of. A
   * database adapter reads them along an index by owner, so the cost follows the owner's entries,
   * not the journal; the default filters {@link #entries}.
   *
   * @param organisation the tenant
   * @param building the building
   * @param owner the owner
   * @return the entries with at least one line naming {@code owner}
   */
  default List<JournalEntry> entriesOf(OrganisationId organisation, BuildingId building, OwnerId owner) {
    Objects.requireNonNull(owner, "owner");
    return entries(organisation, building).stream()
        .filter(e -> e.lines().stream().anyMatch(l -> owner.equals(l.owner())))
        .toList();
  }

  /**
   * The date of the latest {@link EntryKind#CLOSING} entry of {@code building}'s journal: entries
   * dated on or before it may no longer be posted. The default reads {@link #entries}.
   *
   * @param organisation the tenant
   * @param building the building
   * @return the date, or empty when no year is closed
   */
  default Optional<LocalDate> closedThrough(OrganisationId organisation, BuildingId building) {
    return entries(organisation, building).stream()
        .filter(e -> e.kind() == EntryKind.CLOSING)
        .map(JournalEntry::date)
        .max(LocalDate::compareTo);
  }

  /**
   * True when {@code building}'s journal holds no entry: its association keeps no double-entry
   * books (yet). The default reads {@link #entries}.
   *
   * @param organisation the tenant
   * @param building the building
   * @return whether the journal is empty
   */
  default boolean isEmpty(OrganisationId organisation, BuildingId building) {
    return entries(organisation, building).isEmpty();
  }

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
