/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The library's user-facing texts in French, Dutch, German and English.
 *
 * <p>Entry point: {@link org.koprogo.domain.i18n.Messages}.
 */
package org.koprogo.domain.i18n;
