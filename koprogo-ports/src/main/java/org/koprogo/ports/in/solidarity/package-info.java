/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The use cases of a solidarity fund: the check of a request for help against the fund's charter.
 *
 * <p>Entry point: {@link org.koprogo.ports.in.solidarity.CheckAidEligibility}.
 */
package org.koprogo.ports.in.solidarity;
