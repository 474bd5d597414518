/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The solidarity fund's charter as data: exclusions and named eligibility rules checked on every
 * request, each with its outcome.
 *
 * <p>Entry points: {@link org.koprogo.domain.solidarity.SolidarityFundCharter}, an {@link
 * org.koprogo.domain.solidarity.Applicant} and an {@link org.koprogo.domain.solidarity.AidRequest},
 * giving an {@link org.koprogo.domain.solidarity.Eligibility}.
 */
package org.koprogo.domain.solidarity;
