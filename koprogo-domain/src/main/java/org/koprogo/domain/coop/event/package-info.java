/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * What the cooperative emits: audit events, timeline entries, notification intents with stable
 * keys.
 */
package org.koprogo.domain.coop.event;
