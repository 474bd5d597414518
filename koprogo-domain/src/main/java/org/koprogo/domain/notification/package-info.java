/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * How a person is reached: the channel they chose ({@link
 * org.koprogo.domain.notification.ContactChannel}) and the rule that picks the channel a
 * notification actually takes ({@link org.koprogo.domain.notification.ChannelChoice}). Start with
 * {@link org.koprogo.domain.notification.ChannelChoice#route}.
 */
package org.koprogo.domain.notification;
