/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.skills;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.koprogo.domain.community.NeighbourId;

/**
 * A neighbour's skill in the directory, with their consent to show it to the neighbours of their
 * building. Without consent (or once it is withdrawn) the listing is never shown.
 *
 * @param who the neighbour
 * @param skill the skill ("plumbing", "Dutch lessons")
 * @param consentGivenAt when they consented to show it, or null (never shown)
 */
public record SkillListing(NeighbourId who, String skill, Instant consentGivenAt) {
  /**
   * Checks that every part is given.
   *
   * @param who the neighbour
   * @param skill the skill ("plumbing", "Dutch lessons")
   * @param consentGivenAt when they consented to show it, or null (never shown)
   */
  public SkillListing {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(skill, "skill");
  }

  /**
   * True when the neighbour consented to show the skill.
   *
   * @return whether consent was given
   */
  public boolean consented() {
    return consentGivenAt != null;
  }

  /**
   * True when a search for {@code query} shows the listing: consented, and its skill contains the
   * query, stripped, ignoring case ({@link Locale#ROOT}); an empty query finds every consented
   * listing.
   *
   * @param query the text searched
   * @return whether the search shows it
   */
  public boolean foundBy(String query) {
    return consented() && skill.toLowerCase(Locale.ROOT).contains(query.strip().toLowerCase(Locale.ROOT));
  }
}
