/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/**
 * Civil Code art. 3.87 §7 ("nobody votes, even as proxy holder, for more votes than the other
 * owners present or represented together"): what the votes of a voting person are, when they are
 * compared with the others'. The statute does not say whether a principal who abstains still
 * counts in the holder's votes; the two readings give different outcomes (see
 * docs/general-assembly.md, "The vote cap's consequence").
 */
public enum CapReading {
  /**
   * RULES.md (the default): the person's votes are those of every voting owner voting through
   * them, abstainers included, and the votes they cast are scaled by {@code O / W}.
   */
  ALL_VOTES_THROUGH_THE_PERSON,
  /**
   * The other reading: the person's votes are only those cast through them (FOR and AGAINST);
   * their abstaining principals do not count towards the cap, and abstentions are never scaled.
   */
  VOTES_CAST_THROUGH_THE_PERSON
}
