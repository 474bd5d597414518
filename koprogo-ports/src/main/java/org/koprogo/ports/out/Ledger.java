/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import java.util.Optional;

/**
 * The contribution ledger of each cooperative: append-only and idempotent.
 *
 * <p>Contract, for every adapter:
 *
 * <ul>
 *   <li>Nothing is ever updated or deleted; entries come back in the order they were recorded.
 *   <li>Recording an entry whose {@code idempotencyKey} is already recorded in the organisation
 *       records nothing and returns the entry already recorded ({@code duplicate == true}), even
 *       under concurrency (a database adapter enforces it with a unique constraint).
 *   <li>A declaration is decided at most once: recording a second confirmation or rejection of
 *       the same declaration records nothing and returns the first one ({@code duplicate ==
 *       true}); the caller compares kinds. It is likewise reversed at most once.
 *   <li>Every read is scoped by the organisation.
 * </ul>
 */
public interface Ledger {

  /**
   * Records {@code entry}, once.
   *
   * @return the entry recorded now, or the one already recorded under its idempotency key or
   *     resolving the same declaration
   */
  Recorded record(LedgerEntry entry);

  Optional<LedgerEntry> find(OrganisationId organisation, LedgerEntryId id);

  /** The entries of {@code member}, in recording order. */
  List<LedgerEntry> entriesOf(OrganisationId organisation, MemberId member);

  /** The confirmation or rejection of {@code declaration}, if there is one. */
  Optional<LedgerEntry> resolutionOf(OrganisationId organisation, LedgerEntryId declaration);

  /** Every entry of {@code organisation}, in recording order. */
  List<LedgerEntry> entries(OrganisationId organisation);

  /**
   * The outcome of {@link #record}.
   *
   * @param entry the stored entry (the earlier one when a duplicate)
   * @param duplicate true when nothing was recorded because an equivalent entry already was
   */
  record Recorded(LedgerEntry entry, boolean duplicate) {}
}
