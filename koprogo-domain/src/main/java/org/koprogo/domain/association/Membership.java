/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.util.Objects;

/**
 * A member of the association and the rate it pays.
 *
 * @param member the member, never null
 * @param rate its rate, never null
 */
public record Membership(MemberId member, MembershipRate rate) {
  /**
   * Checks that every part is given.
   *
   * @param member the member, never null
   * @param rate its rate, never null
   */
  public Membership {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(rate, "rate");
  }

  /**
   * A member paying the full price.
   *
   * @param member the member's id
   * @return the membership
   */
  public static Membership standard(String member) {
    return new Membership(MemberId.of(member), MembershipRate.STANDARD);
  }

  /**
   * A contributor, paying half the price.
   *
   * @param member the member's id
   * @return the membership
   */
  public static Membership contributor(String member) {
    return new Membership(MemberId.of(member), MembershipRate.CONTRIBUTOR);
  }

  /**
   * A maintainer, paying nothing.
   *
   * @param member the member's id
   * @return the membership
   */
  public static Membership maintainer(String member) {
    return new Membership(MemberId.of(member), MembershipRate.MAINTAINER);
  }
}
