/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The application services of the community modules.
 *
 * <p>Entry point: {@link org.koprogo.ports.application.community.CommunityUseCases}, built on an
 * adapter's out ports and a {@link org.koprogo.ports.out.community.CommunityStore}; {@link
 * org.koprogo.ports.application.community.ReturnReminderQueue} queues the lending reminders.
 */
package org.koprogo.ports.application.community;
