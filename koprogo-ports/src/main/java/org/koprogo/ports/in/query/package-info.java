/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The read use cases a host answers its {@code GET} routes with: an organisation's register of
 * buildings, lots, owners and expenses, its members and their contribution ledgers, its
 * undeliverable messages and the names its documents print. Each read is scoped to the caller's
 * organisation: an id of another organisation is {@code NOT_FOUND}, as an unknown one. They answer
 * with the stored records of {@code org.koprogo.ports.out} (immutable values) or records of their
 * own; a paged read checks its page's bounds and names the offending parameter ({@code limit},
 * {@code after}). {@link org.koprogo.ports.in.query.QueryViews} turns them into the plain values a
 * client shows (ids as text, amounts and shares plain decimals, fractions {@code "n/d"}).
 *
 * <p>Entry points: {@link org.koprogo.ports.in.query.ReadOrganisation}, {@link
 * org.koprogo.ports.in.query.ReadBuildings}, {@link org.koprogo.ports.in.query.ListLots}, {@link
 * org.koprogo.ports.in.query.ReadExpenses}, {@link org.koprogo.ports.in.query.ReadOwners}, {@link
 * org.koprogo.ports.in.query.ReadMembers}, {@link org.koprogo.ports.in.query.ReadMemberLedger},
 * {@link org.koprogo.ports.in.query.KeepDeadLetters} and {@link
 * org.koprogo.ports.in.query.ReadDocumentParties}, built by {@code UseCases}.
 */
package org.koprogo.ports.in.query;
