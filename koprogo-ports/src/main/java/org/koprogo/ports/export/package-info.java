/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * What every export of the library shares: the writing of one CSV cell (RFC 4180 quoting, formula
 * injection neutralised), used by the GDPR export and by the documents adapter's CSV exports.
 *
 * <p>Entry point: {@link org.koprogo.ports.export.CsvCells}.
 */
package org.koprogo.ports.export;
