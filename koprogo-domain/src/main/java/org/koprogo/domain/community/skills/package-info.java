/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The skills directory of a building: who can do what, shown only to the neighbours of the same
 * building and only with consent.
 *
 * <p>Entry point: {@link org.koprogo.domain.community.skills.SkillsDirectory}, holding {@link
 * org.koprogo.domain.community.skills.SkillListing}s.
 */
package org.koprogo.domain.community.skills;
