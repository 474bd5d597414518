/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.community;

import java.util.Objects;
import org.koprogo.domain.community.skills.SkillListing;

/**
 * A listing of the skills directory with its place in it: the directory's listings have no id of
 * their own, so a page of a search names the last listing it showed by its {@code position} (0 for
 * the first listing added, counting every listing, shown or not). Positions follow the order the
 * listings were added; the erasure of a person's listings (GDPR) renumbers those after them.
 *
 * @param position the listing's place in the directory, from 0
 * @param listing the listing
 */
public record NumberedSkill(int position, SkillListing listing) {
  /**
   * Checks the parts.
   *
   * @param position the listing's place in the directory, from 0
   * @param listing the listing
   * @throws IllegalArgumentException for a negative position
   */
  public NumberedSkill {
    Objects.requireNonNull(listing, "listing");
    if (position < 0) {
      throw new IllegalArgumentException("position " + position + " is negative");
    }
  }
}
