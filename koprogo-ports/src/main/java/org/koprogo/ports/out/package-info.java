/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * What adapters implement: repositories of the aggregates, the audit trail, the outbox, the clock
 * and units of work; every record is scoped to an organisation (the tenant).
 *
 * <p>Entry point: {@link org.koprogo.ports.out.OutPorts}, the set of ports an adapter provides
 * (for example {@link org.koprogo.ports.out.Buildings}, {@link org.koprogo.ports.out.Ledger},
 * {@link org.koprogo.ports.out.AuditTrail}, {@link org.koprogo.ports.out.Outbox}, {@link
 * org.koprogo.ports.out.AggregateStore}, {@link org.koprogo.ports.out.Transactions} and {@link
 * org.koprogo.ports.out.Clock}).
 */
package org.koprogo.ports.out;
