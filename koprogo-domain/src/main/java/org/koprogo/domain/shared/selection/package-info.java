/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Internal, not exported by the module: the selection of the largest remainders behind {@link
 * org.koprogo.domain.shared.Apportionment} and the composite charge keys.
 *
 * <p>Entry point (for the domain's own packages): {@link
 * org.koprogo.domain.shared.selection.RemainderSelection}.
 */
package org.koprogo.domain.shared.selection;
