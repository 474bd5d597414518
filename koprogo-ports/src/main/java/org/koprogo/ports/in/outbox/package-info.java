/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The outbox worker's use case: deliver the messages the workflows queued (notices, reminders,
 * in-app messages), under a lease, from as many workers as a host runs.
 *
 * <p>Entry point: {@link org.koprogo.ports.in.outbox.DrainOutbox}, implemented by {@link
 * org.koprogo.ports.application.OutboxDraining}, which a host builds once with its channels'
 * deliveries and calls on a schedule.
 */
package org.koprogo.ports.in.outbox;
