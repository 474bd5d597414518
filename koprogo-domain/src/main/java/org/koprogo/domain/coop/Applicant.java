/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.util.List;
import java.util.Objects;
import org.koprogo.domain.building.LotId;

/**
 * A member taking part in an allocation round: rank, status and the lots they ask for, in order
 * of preference. No preference (an empty list) means "any lot, in the project's order".
 *
 * @param id the member
 * @param rank their place on the waiting list (first come, first served)
 * @param status their membership status
 * @param preferences the lots they want, best first; empty to take the first lot available
 */
public record Applicant(MemberId id, Rank rank, MemberStatus status, List<LotId> preferences) {
  /**
   * Checks the applicant and copies the preferences.
   *
   * @param id the member
   * @param rank their place on the waiting list (first come, first served)
   * @param status their membership status
   * @param preferences the lots they want, best first; empty to take the first lot available
   */
  public Applicant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(status, "status");
    preferences = List.copyOf(preferences);
  }

  /**
   * An applicant without preferences.
   *
   * @param id the member
   * @param rank their place on the waiting list
   * @param status their membership status
   * @return the applicant
   */
  public static Applicant of(MemberId id, Rank rank, MemberStatus status) {
    return new Applicant(id, rank, status, List.of());
  }

  /**
   * True when the applicant named the lots they want.
   *
   * @return whether they have preferences
   */
  public boolean hasPreferences() {
    return !preferences.isEmpty();
  }
}
